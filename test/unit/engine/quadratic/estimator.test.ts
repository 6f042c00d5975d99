import { describe, expect, it } from 'vitest';
import {
  averagedBatchNoise,
  batchNoiseRatio,
  bHat,
  bHatQuadratic,
  bSimple,
  exampleNoise,
  sampledExampleNoise,
} from '../../../../src/engine/quadratic/estimator';
import type { NoiseParams } from '../../../../src/engine/quadratic/noise';
import { trajectorySync } from '../../../../src/engine/quadratic/trajectory';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const d = 20;
const lit = (M: number, sigma2: number): NoiseParams => ({ M, sigma2, noise: 'literal' });
const crd = (M: number, sigma2: number): NoiseParams => ({ M, sigma2, noise: 'coord' });

describe('Eq. 9 on the quadratic', () => {
  it('per-example noise E‖g − ∇f‖²: d(M‖∇f‖² + σ²) literal, M‖∇f‖² + σ² coord', () => {
    expect(exampleNoise(lit(3, 0.5), d, 2)).toBeCloseTo(20 * (6 + 0.5), 12);
    expect(exampleNoise(crd(3, 0.5), d, 2)).toBeCloseTo(6.5, 12);
    expect(averagedBatchNoise(crd(3, 0.5), d, 2, 256)).toBeCloseTo(6.5 / 256, 14);
  });

  it('the sampled noise matches the closed form (40 000 draws, 5 standard errors)', () => {
    for (const p of [lit(10, 0.2), crd(10, 0.2), crd(0, 1)]) {
      const est = sampledExampleNoise(p, d, 0.7, 40_000, xoshiroFor(1, `est|${p.noise}|${p.M}`));
      // relative sd √(2/(n·d)) = 1.6e-3
      expect(Math.abs(est / exampleNoise(p, d, 0.7) - 1)).toBeLessThan(8e-3);
    }
  });

  it('b̂ equals 1 + (M‖∇f‖² + σ²)/(‖∇f‖² + ε̂) in expectation under coord, along a run', () => {
    const p = { ...crd(10, 0.05), family: 'tridiag', d, lambda: 0.2, b: 1, gamma: 0.01, mom: 0 } as const;
    const run = trajectorySync({ ...p, target: 'l2d', tol: 0.1, cap: 100_000 }, 1, 'bhat');
    const epsHat = 0.01;
    for (const [i, g2] of run.grad2.entries()) {
      if (i % 20 !== 0) continue;
      const expected = 1 + (10 * g2 + 0.05) / (g2 + epsHat);
      expect(bHatQuadratic(p, d, g2, epsHat)).toBeCloseTo(expected, 12);
      // b̂ is linear in the noise estimate, so the sampled version's mean is the same.
      const sampled = bHat(sampledExampleNoise(p, d, g2, 20_000, xoshiroFor(2, `s|${i}`)), g2, epsHat);
      expect(Math.abs(sampled / expected - 1)).toBeLessThan(0.02);
    }
  });

  it('with σ² > 0, b̂ rises as the gradient shrinks (ε̂ = 0)', () => {
    const p = crd(10, 0.05);
    expect(bHatQuadratic(p, d, 1e-4, 0)).toBeGreaterThan(bHatQuadratic(p, d, 1, 0));
    expect(bHatQuadratic(crd(10, 0), d, 1e-4, 0)).toBeCloseTo(bHatQuadratic(crd(10, 0), d, 1, 0), 12);
  });

  it('B_simple (per example) = d·M under literal, M under coord with σ² = 0; per batch of m it is 1/m', () => {
    expect(bSimple(lit(7, 0), d, 3.3)).toBeCloseTo(140, 10);
    expect(bSimple(crd(7, 0), d, 3.3)).toBeCloseTo(7, 12);
    expect(bSimple(crd(7, 0.2), d, 0.1)).toBeCloseTo(7 + 2, 12);
    expect(batchNoiseRatio(lit(7, 0), d, 3.3, 256)).toBeCloseTo(140 / 256, 12);
    // b̂ − 1 is B_simple when ε̂ = 0
    expect(bHatQuadratic(lit(7, 0.3), d, 0.5, 0) - 1).toBeCloseTo(bSimple(lit(7, 0.3), d, 0.5), 10);
  });
});
