// Replays recorded per-cell timings of a real preset (fixtures/cellTimings.json, written by
// scripts/recordCellTimings.ts) through a simulated pool and an estimator, and measures how far the
// estimate's time left and fraction are from the truth at each cell's finish.
import type { RunningCell, WorkItem, WorkSnapshot } from '../../../src/state/workEstimate';
import { simulatePool } from './poolSimulation';

export interface TimedCell extends WorkItem {
  /** Single-threaded milliseconds of the cell, as recorded. */
  ms: number;
}

export interface Estimator {
  finish(cell: WorkItem, busyMs: number, nowMs: number): void;
  snapshot(nowMs: number, running?: readonly RunningCell[]): WorkSnapshot;
}

export interface ReplayErrors {
  /** Worst |estimate − truth| / truth of the time left, from 10 % of the work to the last 10 % of the time. */
  worst: number;
  /** The signed errors, lowest and highest, and the work fraction where the worst was. */
  low: number;
  high: number;
  worstAtWork: number;
  /** Worst |estimate − truth| of the time left over the last 10 % of the time, as a fraction of the run. */
  tail: number;
  /** Worst |fraction shown − fraction of the work (true ms) done| from 10 % of the work on. */
  fraction: number;
  /** Finishes after 10 % of the work with no time estimate. */
  silent: number;
  /** Checked finishes. */
  checked: number;
}

export function replay(
  cells: TimedCell[],
  workers: number,
  make: (cells: WorkItem[]) => Estimator,
): ReplayErrors {
  const plan: WorkItem[] = cells.map(({ id, kind, cost }) => ({ id, kind, cost }));
  const trueMs = new Map(cells.map((c) => [c.id, Math.max(c.ms, 1e-3)]));
  const finishes = simulatePool(plan, trueMs, workers);
  const end = finishes[finishes.length - 1].at;
  const totalMs = [...trueMs.values()].reduce((a, b) => a + b, 0);
  const estimate = make(plan);
  const out: ReplayErrors = {
    worst: 0,
    low: 0,
    high: 0,
    worstAtWork: 0,
    tail: 0,
    fraction: 0,
    silent: 0,
    checked: 0,
  };
  let doneMs = 0;
  for (const f of finishes) {
    estimate.finish(f.cell, f.busyMs, f.at);
    doneMs += f.busyMs;
    const left = end - f.at;
    const work = doneMs / totalMs;
    if (work < 0.1 || left <= 0) continue;
    const { etaMs, fraction } = estimate.snapshot(f.at, f.running);
    // The true fraction of the work done counts the running cells' share as well.
    const running = f.running.reduce((a, r) => a + r.busyMs, 0);
    out.fraction = Math.max(out.fraction, Math.abs(fraction - (doneMs + running) / totalMs));
    if (etaMs === null) {
      out.silent++;
      continue;
    }
    if (left < 0.1 * end) {
      out.tail = Math.max(out.tail, Math.abs(etaMs - left) / end);
      continue;
    }
    out.checked++;
    const err = (etaMs - left) / left;
    out.low = Math.min(out.low, err);
    out.high = Math.max(out.high, err);
    if (Math.abs(err) > out.worst) {
      out.worst = Math.abs(err);
      out.worstAtWork = work;
    }
  }
  return out;
}
