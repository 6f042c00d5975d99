// Reading a long log without freezing the thread it runs on (a worker, for the page; issue 17 asks
// for 10⁶ rows with progress and Cancel). The reader is incremental, so this only cuts the text into
// slices, pushes them one by one and gives the event loop a turn between slices, where a progress
// report is sent and a Cancel (an aborted signal) is seen. A cancelled reading returns null.
// The worker of the next session wraps this as measured.worker.ts wraps readMeasured.

import { type LogReadResult, NoiseLogReader } from './logReader';

export interface SliceOptions {
  /** Called with the fraction of characters read (0–1) after each slice. */
  onProgress?(fraction: number): void;
  /** Checked between slices. */
  signal?: { readonly aborted: boolean };
  /** Characters per slice (default 256 Ki: a few ms of work). */
  sliceChars?: number;
  /** How to give the event loop a turn (default: a zero timeout). */
  pause?(): Promise<void>;
}

const zeroTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function readNoiseLogInSlices(
  text: string,
  o: SliceOptions = {},
): Promise<LogReadResult | null> {
  const s = typeof text === 'string' ? text : '';
  const size = Math.max(1, Math.floor(o.sliceChars ?? 1 << 18));
  const pause = o.pause ?? zeroTimeout;
  const reader = new NoiseLogReader();
  for (let i = 0; i < s.length; i += size) {
    reader.push(s.slice(i, i + size));
    o.onProgress?.(Math.min(1, (i + size) / s.length));
    await pause();
    if (o.signal?.aborted) return null;
  }
  return reader.finish();
}
