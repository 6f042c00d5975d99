// The time-left estimate's cost on the page's thread: one snapshot of a 2000-cell run of five kinds,
// half done, with two cells running. It runs up to 10 times a second while a simulation streams, so
// 5 ms would be 5 % of that tick (docs/presentation.md, "How the time left is estimated").

import { RateBook, WorkEstimate, type WorkItem } from '../src/state/workEstimate';
import type { Want } from './options';
import { atMost, type Row } from './rows';

const NAME = 'time-left snapshot, 1000 of 2000 cells left, page thread';

export function timeLeftRows(want: Want): Row[] {
  if (!want(NAME)) return [];
  const cells: WorkItem[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `c${i}`,
    kind: `k${i % 5}`,
    cost: 10 + (i % 37) * 100,
  }));
  const estimate = new WorkEstimate(cells, 2, 0, new RateBook({}));
  let t = 0;
  for (const c of cells.slice(0, 1000)) estimate.finish(c, 5 + c.cost / 100, (t += 5));
  const running = [
    { id: 'c1000', slot: 0, busyMs: 3 },
    { id: 'c1001', slot: 1, busyMs: 1 },
  ];
  for (let i = 0; i < 20; i++) estimate.snapshot(t, running); // warm the JIT
  const n = 500;
  const start = performance.now();
  for (let i = 0; i < n; i++) estimate.snapshot(t + i, running);
  return [atMost(NAME, (performance.now() - start) / n, 'ms', 5)];
}
