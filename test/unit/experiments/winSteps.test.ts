// The pruning rule of the who-wins map (src/experiments/race/winSteps.ts) on made-up run times, with
// exact ties and near-ties that the simulated runs rarely produce: the best (mean, step) that the
// map reads is the same with and without pruning, and pruning never runs more repetitions.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestStep, pruneHorizon, runSteps } from '../../../src/experiments/race/winSteps';

/** Times chosen to collide: thirds, tenths and their sums round differently in floating point. */
const TIME = fc.oneof(
  fc.constantFrom(0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1, 0.7, 0.30000000000000004, 1e-3, 5),
  fc.double({ min: 0.01, max: 10, noNaN: true }),
  fc.constant(null),
);

/** A grid of steps × repetitions, some steps copies or reorderings of others (exact and float ties). */
const GRID = fc
  .record({
    reps: fc.integer({ min: 1, max: 4 }),
    steps: fc.integer({ min: 1, max: 5 }),
    horizon: fc.constantFrom(Number.POSITIVE_INFINITY, 0.75, 3),
  })
  .chain(({ reps, steps, horizon }) =>
    fc.record({
      reps: fc.constant(reps),
      horizon: fc.constant(horizon),
      rows: fc.array(fc.array(TIME, { minLength: reps, maxLength: reps }), {
        minLength: steps,
        maxLength: steps,
      }),
      copies: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 3 }),
    }),
  )
  .map(({ reps, horizon, rows, copies }) => {
    for (const [from, to, reverse] of copies) {
      const row = [...rows[from % rows.length]];
      rows[to % rows.length] = reverse ? row.reverse() : row;
    }
    return { reps, horizon, rows };
  });

async function both(reps: number, horizon: number, rows: (number | null)[][]) {
  let calls = 0;
  const etas = rows.map((_, i) => 1 / (i + 1));
  // a run reaches at its time if that is within the horizon it is given (as the quadratic race does)
  const run = async (eta: number, rep: number, h: number) => {
    calls++;
    const t = rows[etas.indexOf(eta)][rep];
    return t !== null && t <= h ? t : null;
  };
  const full = await runSteps(etas, reps, horizon, run, false);
  const fullCalls = calls;
  calls = 0;
  const pruned = await runSteps(etas, reps, horizon, run, true);
  return { full, pruned, fullCalls, prunedCalls: calls };
}

describe('who-wins pruning rule', () => {
  it('keeps the best (mean, step) on made-up times with ties and near-ties', async () => {
    await fc.assert(
      fc.asyncProperty(GRID, async ({ reps, horizon, rows }) => {
        const { full, pruned, fullCalls, prunedCalls } = await both(reps, horizon, rows);
        expect(bestStep(pruned, reps)).toEqual(bestStep(full, reps));
        expect(prunedCalls).toBeLessThanOrEqual(fullCalls);
      }),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('a later step equal to the best does not replace it; one a hair faster does, even by rounding', async () => {
    const tie = await both(3, 10, [
      [0.5, 0.25, 0.25],
      [0.25, 0.5, 0.25],
    ]);
    expect(bestStep(tie.pruned, 3)).toEqual({ time: 1 / 3, eta: 1 });
    // 0.1 + 0.2 + 0.3 rounds to 0.6000000000000001, 0.3 + 0.2 + 0.1 to 0.6: the reordering wins
    const rounding = await both(3, 10, [
      [0.1, 0.2, 0.3],
      [0.3, 0.2, 0.1],
    ]);
    expect(bestStep(rounding.full, 3)).toEqual({ time: 0.6 / 3, eta: 1 / 2 });
    expect(bestStep(rounding.pruned, 3)).toEqual({ time: 0.6 / 3, eta: 1 / 2 });
    const faster = await both(3, 10, [
      [1, 1, 1],
      [1, 1, 1 - 2 ** -40],
    ]);
    expect(bestStep(faster.pruned, 3)).toEqual({ time: (2 + (1 - 2 ** -40)) / 3, eta: 1 / 2 });
  });

  it('cuts a step once it cannot win, and saves the runs after a miss', async () => {
    const { pruned, prunedCalls, fullCalls } = await both(3, 100, [
      [1, 1, 1],
      [3.5, 1, 1], // 3.5 > 3·1·(1 + 1e-9) − 0: cut at the first repetition
      [null, 1, 1], // never reaches: the other two are not run
    ]);
    expect(pruned.map((s) => s.times)).toEqual([[1, 1, 1], [null], [null]]);
    expect([prunedCalls, fullCalls]).toEqual([5, 9]);
    expect(pruneHorizon(3, 1, 0)).toBeCloseTo(3, 6);
    expect(pruneHorizon(3, 1, 0)).toBeGreaterThan(3);
  });
});
