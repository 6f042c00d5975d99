// The time-left estimate replayed on real per-cell timings of six presets (recorded single-threaded by
// scripts/recordCellTimings.ts on a loaded 2-core machine) through the simulated pool with 1 and 2
// workers. Checked at every cell's finish from 10 % of the work (true ms) on: the time left against
// the true wall time left while that is ≥ 10 % of the run, and the last 10 % as a share of the run.
//
// The target is ±30 %. It is NOT met on these timings (docs/presentation.md has the table):
// within a kind, cells of one `cost` differ up to 40-fold (kdetail 2–462 ms at 10⁴ units, racewin 1–78
// ms at any work), so no line in `cost` fits them. The bounds below are what the estimate does now,
// rounded up: a regression guard, to be tightened as the costs (`cost` of defineCell) get better.
// The priors' overheads (cellRates.ts) were fitted to these same timings, so the first cells of a
// kind are estimated better here than on a machine or scenario the priors never saw.
import { describe, expect, it } from 'vitest';
import { PRIOR_MS_PER_UNIT, PRIOR_OVERHEAD_MS } from '../../../src/state/cellRates';
import { RateBook, WorkEstimate } from '../../../src/state/workEstimate';
import fixture from './fixtures/cellTimings.json';
import { replay, type TimedCell } from './presetReplay';

const presets = fixture.presets as Record<string, { link: string; cells: TimedCell[] }>;

/** Worst |relative error| of the time left allowed, per preset and worker count (measured, rounded up). */
const BOUND: Record<string, [number, number]> = {
  'fig3-minibatch': [0.5, 0.5],
  'fig4-async': [0.85, 0.5],
  'fig9-race': [0.55, 0.8],
  'runtime-default': [3.5, 1.9],
  'race-default': [3, 3],
  'kvariants-default': [0.55, 0.55],
};

describe('time left on real presets’ recorded cell timings', () => {
  for (const [name, p] of Object.entries(presets))
    for (const workers of [1, 2])
      it(`${name}, ${workers} worker(s): worst error within its measured bound`, () => {
        const r = replay(
          p.cells,
          workers,
          (cells) => new WorkEstimate(cells, workers, 0, new RateBook(PRIOR_MS_PER_UNIT, PRIOR_OVERHEAD_MS)),
        );
        expect(r.checked).toBeGreaterThan(0);
        expect(r.worst).toBeLessThanOrEqual(BOUND[name][workers - 1]);
      });
});
