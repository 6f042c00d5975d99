// The page's side of measured.worker.ts: one worker per reading, ended when the reading is done or
// cancelled (a terminated worker stops at once, whatever it is doing).

import type { MeasuredReply } from './measuredProtocol';

export type MeasuredOutcome = Exclude<MeasuredReply, { type: 'progress' }> | { type: 'cancelled' };

export function readMeasuredOffThread(
  source: File | string,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<MeasuredOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./measured.worker.ts', import.meta.url), {
      type: 'module',
      name: 'measured times',
    });
    const end = (outcome: MeasuredOutcome) => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      resolve(outcome);
    };
    const abort = () => end({ type: 'cancelled' });
    signal.addEventListener('abort', abort);
    worker.onmessage = (e: MessageEvent<MeasuredReply>) => {
      if (e.data.type === 'progress') onProgress(e.data.fraction);
      else end(e.data);
    };
    worker.onerror = (e) => end({ type: 'failed', reason: e.message || 'the reader stopped' });
    worker.postMessage({ source });
  });
}
