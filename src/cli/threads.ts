// Runs a plan's cells on every core: the main thread works through the plan itself and worker
// threads (one per further core, at most 7) take cells from the same queue, so a small plan finishes
// on the main thread before any thread has started and a preset uses the whole machine, as the
// page's worker pool does. Results are keyed by cell id and each cell draws from its own
// identity-seeded streams, so the output does not depend on which thread ran what.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CellSpec } from '../experiments/cells';
import { runCell } from '../experiments/runCell';

type Reply = { id: string; ok: true; result: unknown } | { id: string; ok: false; error: string };

/** Threads besides the main one: cores − 1, at most 7; `requested` (≥ 1, counting main) overrides. */
export function extraThreads(requested?: number): number {
  const total = requested ?? availableParallelism();
  return Math.max(0, Math.min(7, total - 1));
}

function startThread(): Worker {
  // A .ts entry cannot be a Worker's main module under tsx; register tsx's loader first.
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./cellThread.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

export async function runCells(
  cells: CellSpec[],
  seed: number,
  threads: number,
): Promise<Map<string, unknown>> {
  const results = new Map<string, unknown>();
  const queue = [...cells];
  const workers: Worker[] = [];
  let failure: Error | null = null;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const feed = (w: Worker) => {
    const cell = queue.shift();
    if (!cell) return;
    inFlight++;
    w.postMessage({ cell, seed });
  };
  for (let i = 0; i < Math.min(threads, cells.length - 1); i++) {
    const w = startThread();
    w.on('message', (m: Reply) => {
      inFlight--;
      if (m.ok) results.set(m.id, m.result);
      else failure ??= new Error(m.error);
      feed(w);
      notify();
    });
    w.on('error', (e) => {
      failure ??= e;
      notify();
    });
    workers.push(w);
    feed(w);
  }
  // The main thread takes cells too; it yields now and then so that replies can be handled.
  let last = Date.now();
  const ctl = {
    checkpoint() {
      if (Date.now() - last < 20) return;
      last = Date.now();
      return new Promise<void>((r) => setImmediate(r));
    },
  };
  try {
    for (let cell = queue.shift(); cell && !failure; cell = queue.shift())
      results.set(cell.id, await runCell(cell, seed, ctl));
    while (inFlight > 0 && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
