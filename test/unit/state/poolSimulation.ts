// The worker pool of src/workers/pool.ts, simulated for the time-left tests: given each cell's true
// duration, when each finishes and what the pool reports then.
import type { RunningCell, WorkItem } from '../../../src/state/workEstimate';

export interface Finish {
  cell: WorkItem;
  at: number;
  busyMs: number;
  /** What the pool reports right after: the cells on its workers and the time each has had. */
  running: RunningCell[];
  /** Cells not started yet. */
  queued: number;
}

/**
 * The worker pool of src/workers/pool.ts, simulated: `workers` workers holding up to 2 cells each
 * (dispatched in list order, depth 1 on every worker before depth 2), the cells a worker holds
 * sharing it equally. Returns each cell's finish time and its busy time (= its true duration).
 */
export function simulatePool(cells: WorkItem[], trueMs: Map<string, number>, workers: number): Finish[] {
  const queue = [...cells];
  const slots: { cell: WorkItem; left: number }[][] = Array.from({ length: workers }, () => []);
  const running = (): RunningCell[] =>
    slots.flatMap((s, slot) =>
      s.map((j) => ({ id: j.cell.id, slot, busyMs: trueMs.get(j.cell.id)! - j.left })),
    );
  const pump = () => {
    for (let depth = 1; depth <= 2; depth++)
      for (const slot of slots)
        if (queue.length && slot.length < depth) {
          const cell = queue.shift()!;
          slot.push({ cell, left: trueMs.get(cell.id)! });
        }
  };
  const out: Finish[] = [];
  let now = 0;
  pump();
  while (slots.some((s) => s.length)) {
    let dt = Number.POSITIVE_INFINITY;
    for (const s of slots) for (const j of s) dt = Math.min(dt, j.left * s.length);
    now += dt;
    const finished: Omit<Finish, 'running' | 'queued'>[] = [];
    for (const s of slots) {
      const n = s.length;
      for (const j of s) j.left -= dt / n;
      for (let i = s.length - 1; i >= 0; i--)
        if (s[i].left <= 1e-9) {
          finished.push({ cell: s[i].cell, at: now, busyMs: trueMs.get(s[i].cell.id)! });
          s.splice(i, 1);
        }
    }
    pump();
    const state = running();
    for (const f of finished) out.push({ ...f, running: state, queued: queue.length });
  }
  return out;
}
