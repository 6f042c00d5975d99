// Points that have no number must say why (contract.ts): a ratio of 0 steps to 0 steps (a tolerance
// the start already meets), and a bound past its conditions ((1 − ηc)^J with ηc > 1).

import { describe, expect, it } from 'vitest';
import type { TuneResult } from '../../../src/engine/quadratic';
import { lemma2Conditions } from '../../../src/engine/race/bounds';
import { relativeStepsPoint } from '../../../src/experiments/quadratic/relativeSteps';
import { boundPoints } from '../../../src/experiments/race/boundsChart';

const tuned = (steps: number[]): TuneResult => ({
  bestK: 0,
  bestGamma: 0.1,
  meanSteps: steps.reduce((a, x) => a + x, 0) / steps.length,
  stepsPerSeed: steps,
  onEdge: false,
  tried: [],
  work: 0,
});

describe('points without a number carry a note', () => {
  it('steps relative to b = 1 when the start already meets the target: null with a note, not NaN', () => {
    const o = { seeds: 2, cap: 1000, baseName: 'b = 1' };
    const p = relativeStepsPoint(4, tuned([0, 0]), tuned([0, 0]), o);
    expect(p).toEqual({ x: 4, y: null, note: 'b = 1 meets the target at the start (0 steps): no ratio' });
    // Valid ratios are unchanged: 50/100 with its delta-method interval.
    const q = relativeStepsPoint(4, tuned([40, 60]), tuned([100, 100]), o);
    expect(q.y).toBe(0.5);
    // Var of the mean of (40, 60): 200/2 = 100; relative to 50²; b = 1 has no spread.
    const half = 1.96 * 0.5 * Math.sqrt(100 / 2500);
    expect(q.lo).toBeCloseTo(0.5 - half, 12);
    expect(q.hi).toBeCloseTo(0.5 + half, 12);
  });

  it('a bound that is NaN past its conditions is null with the failed condition in words', () => {
    const inputs = { L: 1, c: 1, sigma2: 1, MG: 0, m: 1, eta: 3, F0: 1, K: 1 };
    const pts = boundPoints([0, 0.5, 2], (t) => (1 - inputs.eta * inputs.c) ** t, lemma2Conditions(inputs));
    expect(pts[0]).toEqual({ x: 0, y: 1 });
    expect(pts[1].y).toBeNull();
    expect(pts[1].note).toMatch(/^the bound is not a finite number here\. Not met: .*ηc < 1; ηc = 3/);
    expect(pts[2]).toEqual({ x: 2, y: 4 });
  });
});
