// A module worker that runs cells. It works in chunks and yields to its event loop between them,
// so a `cancel` message from the pool is seen within a few milliseconds.

import * as Comlink from 'comlink';
import { CellCancelled, type CellSpec } from '../experiments/cells';
import { runCell } from '../experiments/runCell';
import { loadKernels } from './kernels';

/** Yield at most this often: long enough to keep overhead small, short enough to cancel fast. */
const SLICE_MS = 8;

const cancelled = new Set<number>();

/** A macrotask boundary (MessageChannel is not clamped like nested setTimeout). */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export const cellWorkerApi = {
  async run(jobId: number, cell: CellSpec, seed: number): Promise<unknown> {
    let sliceStart = performance.now();
    const ctl = {
      checkpoint(): Promise<void> | undefined {
        if (performance.now() - sliceStart < SLICE_MS) return undefined;
        return nextMacrotask().then(() => {
          sliceStart = performance.now();
          if (cancelled.has(jobId)) throw new CellCancelled();
        });
      },
    };
    try {
      await loadKernels(); // once per worker; the JavaScript kernels if it cannot
      return await runCell(cell, seed, ctl);
    } finally {
      cancelled.delete(jobId);
    }
  },
  cancel(jobId: number): void {
    cancelled.add(jobId);
  },
  /** Answers once the module is loaded: the pool counts a cell's time from then (not the start-up). */
  ping(): true {
    return true;
  },
};

export type CellWorkerApi = typeof cellWorkerApi;

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope)
  Comlink.expose(cellWorkerApi);
