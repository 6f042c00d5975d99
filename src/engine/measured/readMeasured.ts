// Running the steps of readMeasuredSteps.ts: all at once (tests, small pastes), or spread over
// slices of time with progress reports and Cancel between them, so the thread it runs on (the
// measured-times worker, or a page's thread) stays responsive.

import type { MeasuredSamples } from './measuredSamples';
import { readMeasuredSteps } from './readMeasuredSteps';

/** Work per slice before giving the event loop a turn: under the 50 ms of a long task. */
const SLICE_MS = 25;

/** Reads measured times at once. */
export function parseMeasured(text: string): MeasuredSamples {
  const steps = readMeasuredSteps(typeof text === 'string' ? text : '');
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface ReadOptions {
  /** Called with 0–1 between slices. */
  onProgress?(fraction: number): void;
  /** Checked between slices. */
  signal?: AbortSignal;
}

const zeroTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads measured times in slices of about SLICE_MS; null if aborted. Never throws. */
export async function readMeasured(text: string, o: ReadOptions = {}): Promise<MeasuredSamples | null> {
  const steps = readMeasuredSteps(typeof text === 'string' ? text : '');
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= sliceEnd) {
      o.onProgress?.(r.value);
      await zeroTimeout();
      if (o.signal?.aborted) return null;
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
}
