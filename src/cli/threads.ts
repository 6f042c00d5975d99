// Runs jobs (a cell and its seed) on every core: the main thread works through the queue itself and
// worker threads (one per further core, at most 7) take jobs from the same queue, so a small plan
// finishes on the main thread before any thread has started and a preset or a sweep uses the whole
// machine, as the page's worker pool does. A worker thread is the CLI's own file (main.ts branches on
// isMainThread), so the prebuilt bundle starts its threads with no loader. Results are keyed by job,
// and each cell draws from its own identity-seeded streams, so the output does not depend on which
// thread ran what.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CellSpec } from '../experiments/cells';
import { runCell } from '../experiments/runCell';

export interface Job {
  key: string;
  cell: CellSpec;
  seed: number;
}

export type Reply = { key: string; ok: true; result: unknown } | { key: string; ok: false; error: string };

/** Threads besides the main one: cores − 1, at most 7; `requested` (≥ 1, counting main) overrides. */
export function extraThreads(requested?: number): number {
  const total = requested ?? availableParallelism();
  return Math.max(0, Math.min(7, total - 1));
}

/** JSON.stringify's replacer that tells apart the numbers JSON writes as null or 0 (NaN, ±Infinity, −0). */
const exactNumbers = (_: string, v: unknown) =>
  typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))
    ? `number ${Object.is(v, -0) ? '-0' : v}`
    : v;

/**
 * What a cell's result depends on: the seed, its identity and its runner's inputs (not its cost
 * estimate). Two runs of a sweep that plan the same cell share one job.
 */
export function jobKey(cell: CellSpec, seed: number): string {
  return `${seed}\n${cell.id}\n${cell.kind}\n${JSON.stringify(cell.params, exactNumbers)}`;
}

/** Runs `jobs` on the main thread and `threads` workers started from `threadEntry`; results by key. */
export async function runJobs(jobs: Job[], threads: number, threadEntry: URL): Promise<Map<string, unknown>> {
  const results = new Map<string, unknown>();
  const queue = [...jobs];
  const workers: Worker[] = [];
  let failure: Error | null = null;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const feed = (w: Worker) => {
    const job = queue.shift();
    if (!job) return;
    inFlight++;
    w.postMessage(job);
  };
  for (let i = 0; i < Math.min(threads, jobs.length - 1); i++) {
    const w = new Worker(threadEntry);
    w.on('message', (m: Reply) => {
      inFlight--;
      if (m.ok) results.set(m.key, m.result);
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
  // The main thread takes jobs too; it yields now and then so that replies can be handled.
  let last = Date.now();
  const ctl = {
    checkpoint() {
      if (Date.now() - last < 20) return;
      last = Date.now();
      return new Promise<void>((r) => setImmediate(r));
    },
  };
  try {
    for (let job = queue.shift(); job && !failure; job = queue.shift())
      results.set(job.key, await runCell(job.cell, job.seed, ctl));
    while (inFlight > 0 && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
