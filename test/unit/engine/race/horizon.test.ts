// What pruning the who-wins map relies on (src/experiments/race/winSteps.ts): a quadratic race run
// with a shorter horizon is the same run up to it — it reaches the target at the same time, bit for
// bit, when that time is within the horizon, and does not reach it otherwise.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Variant } from '../../../../src/engine/events';
import { raceRun } from '../../../../src/engine/race';
import type { RaceParams } from '../../../../src/engine/race/types';
import { rngFor } from '../../../../src/engine/random/seed';

const PARAMS = fc.record({
  variant: fc.constantFrom<Variant>('ksync', 'kbatchsync', 'kasync', 'kbatchasync'),
  P: fc.integer({ min: 1, max: 12 }),
  dist: fc.constantFrom(
    { family: 'exp' as const, rate: 1 },
    { family: 'det' as const, value: 1 },
    { family: 'pareto' as const, shape: 1.5, scale: 1 },
  ),
  M: fc.constantFrom(0, 1, 10),
  mb: fc.constantFrom(1, 4),
  eta: fc.constantFrom(0.05, 0.1, 0.2),
  lr: fc.constantFrom('fixed' as const, 'adasync' as const),
  target: fc.constantFrom(1, 0.1),
  seed: fc.integer({ min: 1, max: 1000 }),
  cut: fc.double({ min: 0.05, max: 0.999, noNaN: true }),
});

describe('race run horizon (quadratic)', () => {
  it('a shorter horizon reaches the target at the same time, or not at all when the time is beyond it', () => {
    let reached = 0;
    fc.assert(
      fc.property(PARAMS, (a) => {
        const run: RaceParams = {
          variant: a.variant,
          P: a.P,
          K: a.variant === 'kasync' ? 1 : a.P,
          dist: a.dist,
          problem: {
            kind: 'quadratic',
            family: 'tridiag',
            d: 20,
            lambda: 0.2,
            M: a.M,
            sigma2: 0,
            noise: 'coord',
          },
          mb: a.mb,
          eta: a.eta,
          lr: a.lr,
          maxTime: 100 * (1 + a.M) * 2,
          maxUpdates: 5_000_000,
          checkpoints: 8,
          target: a.target,
        };
        const at = (maxTime: number) => raceRun({ ...run, maxTime }, rngFor(a.seed, 'horizon')).reached;
        const full = at(run.maxTime);
        const shorter = run.maxTime * a.cut;
        if (full === null) {
          expect(at(shorter)).toBeNull();
          return;
        }
        reached++;
        expect(at(full.time)).toEqual(full); // exactly at the horizon: still reached
        expect(at(shorter)).toEqual(full.time <= shorter ? full : null);
        if (full.time > 0) expect(at(full.time * (1 - 1e-12))).toBeNull();
      }),
      { numRuns: 150, seed: 16 },
    );
    expect(reached).toBeGreaterThan(50);
  }, 120_000);
});
