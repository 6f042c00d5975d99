import { describe, expect, it } from 'vitest';
import { TUNE_DEFAULTS, tuneStepSizeSync } from '../../../../src/engine/quadratic/tune';
import { type SparseTuneParams, sparseRelativeNoise, tuneSparseSync } from '../../../../src/engine/sparse';

const base: SparseTuneParams = {
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 0,
  sigma2: 0,
  noise: 'coord',
  target: 'l2d',
  tol: 0.1,
  kind: 'block',
  inverseDelta: 1,
  tau: 1,
  delay: 'const',
  seeds: 1,
  kmin: 1,
  kmax: 20,
  c: 1.1,
  search: 'walk',
  cap: 1_000_000,
};

describe('tuning on the sparse constructions', () => {
  it('one block, or no mask, at τ = 1 is gradient descent: the quadratic tuner’s 48 steps at k = 2', () => {
    const gd = tuneStepSizeSync({ ...TUNE_DEFAULTS, M: 0 }, 1, 'gd');
    expect([gd.meanSteps, gd.bestK]).toEqual([48, 2]);
    for (const kind of ['block', 'mask'] as const) {
      const r = tuneSparseSync({ ...base, kind }, 1, `sparse-${kind}`);
      expect([r.meanSteps, r.bestK]).toEqual([48, 2]);
    }
  });

  it('knows the constructions’ exact relative noise: B − 1 and α − 1 without base noise', () => {
    expect(sparseRelativeNoise({ ...base, kind: 'block', inverseDelta: 16 })).toBe(15);
    expect(sparseRelativeNoise({ ...base, kind: 'mask', inverseDelta: 8 })).toBe(7);
    // With base noise M₀ (coord): B(1 + M₀) − 1.
    expect(sparseRelativeNoise({ ...base, kind: 'block', inverseDelta: 4, M: 2 })).toBe(11);
  });

  it('B = 16 blocks: near-linear speedup up to τ = 16, none beyond (steps at τ over steps at τ = 1)', () => {
    const steps = (tau: number) =>
      tuneSparseSync({ ...base, inverseDelta: 16, tau, seeds: 3 }, 2, `b16|${tau}`).meanSteps!;
    const T1 = steps(1);
    // Linear speedup keeps the steps constant; allow 2× at τ = 1/Δ = 16.
    expect(steps(16) / T1).toBeLessThan(2);
    // Far beyond 1/Δ the steps grow about like τ: at τ = 256, over 6× those at τ = 1.
    expect(steps(256) / T1).toBeGreaterThan(6);
  });
});
