// A CLI worker thread: runs the cells the main thread sends it, one at a time, and posts each
// result back with its cell id (see threads.ts). Loaded through tsx's ESM API (threads.ts).

import { parentPort } from 'node:worker_threads';
import type { CellSpec } from '../experiments/cells';
import { runCell } from '../experiments/runCell';

parentPort!.on('message', async ({ cell, seed }: { cell: CellSpec; seed: number }) => {
  try {
    const result = await runCell(cell, seed, { checkpoint() {} });
    parentPort!.postMessage({ id: cell.id, ok: true, result });
  } catch (e) {
    parentPort!.postMessage({ id: cell.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
