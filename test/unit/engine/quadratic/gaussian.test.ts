import { describe, expect, it } from 'vitest';
import { fillGaussians, gaussian, slowPathProbability } from '../../../../src/engine/quadratic/gaussian';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import { normalCdf } from '../../../../src/engine/special';

const EDGES = [-4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4];

/** Pearson χ² of draws against N(0, 1) over 18 bins (17 degrees of freedom). */
function chiSquare(draw: () => number, n: number): { chi2: number; moments: number[]; maxAbs: number } {
  const counts = new Array(EDGES.length + 1).fill(0);
  const m = [0, 0, 0, 0];
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const z = draw();
    m[0] += z;
    m[1] += z * z;
    m[2] += z * z * z;
    m[3] += z * z * z * z;
    maxAbs = Math.max(maxAbs, Math.abs(z));
    let b = 0;
    while (b < EDGES.length && z > EDGES[b]) b++;
    counts[b]++;
  }
  let chi2 = 0;
  for (let b = 0; b <= EDGES.length; b++) {
    const hi = b === EDGES.length ? 1 : normalCdf(EDGES[b]);
    const lo = b === 0 ? 0 : normalCdf(EDGES[b - 1]);
    const e = (hi - lo) * n;
    chi2 += (counts[b] - e) ** 2 / e;
  }
  return { chi2, moments: m.map((v) => v / n), maxAbs };
}

describe('ziggurat sampler', () => {
  it('misses its fast path for ≈ 1.5% of words (256 layers)', () => {
    expect(slowPathProbability()).toBeGreaterThan(0.01);
    expect(slowPathProbability()).toBeLessThan(0.02);
  });

  it('gaussian(): N(0, 1) moments and a χ² below the 0.1% critical value (40.8 for 17 df)', () => {
    const rng = xoshiroFor(1, 'gaussian-test');
    const n = 1_000_000;
    const { chi2, moments } = chiSquare(() => gaussian(rng), n);
    // Standard errors: mean 1e-3, E z² √2e-3, E z³ √15e-3, E z⁴ √96e-3; allow 5 of them.
    expect(Math.abs(moments[0])).toBeLessThan(5e-3);
    expect(Math.abs(moments[1] - 1)).toBeLessThan(7.1e-3);
    expect(Math.abs(moments[2])).toBeLessThan(0.02);
    expect(Math.abs(moments[3] - 3)).toBeLessThan(0.05);
    expect(chi2).toBeLessThan(40.8);
  });

  it('fillGaussians(): the same law, in blocks of 20 as a step draws them; draws are bounded by 13.71', () => {
    const rng = xoshiroFor(2, 'fill-test');
    const block = new Float64Array(20);
    let j = 20;
    const n = 1_000_000;
    const { chi2, moments, maxAbs } = chiSquare(() => {
      if (j === 20) {
        fillGaussians(rng, block, 20);
        j = 0;
      }
      return block[j++];
    }, n);
    expect(Math.abs(moments[0])).toBeLessThan(5e-3);
    expect(Math.abs(moments[1] - 1)).toBeLessThan(7.1e-3);
    expect(chi2).toBeLessThan(40.8);
    expect(maxAbs).toBeLessThan(13.71);
  });

  it('tail mass beyond the base layer (|z| > 3.6542) is 2Φ(−3.6542) ≈ 2.58e-4', () => {
    const rng = xoshiroFor(3, 'tail');
    const n = 4_000_000;
    let k = 0;
    for (let i = 0; i < n; i++) if (Math.abs(gaussian(rng)) > 3.6541528853610088) k++;
    const p = 2 * normalCdf(-3.6541528853610088);
    // Binomial sd √(np) ≈ 32: allow 5 sd.
    expect(Math.abs(k - n * p)).toBeLessThan(5 * Math.sqrt(n * p));
  });

  it('fillGaussians with n = 1 is exactly the gaussian() sequence; neighbouring entries are uncorrelated', () => {
    const a = xoshiroFor(4, 'same');
    const b = xoshiroFor(4, 'same');
    const one = new Float64Array(1);
    for (let i = 0; i < 10_000; i++) {
      fillGaussians(a, one, 1);
      expect(one[0]).toBe(gaussian(b));
    }
    const rng = xoshiroFor(5, 'corr');
    const z = new Float64Array(20);
    let s = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      fillGaussians(rng, z, 20);
      for (let k = 0; k < 19; k++) s += z[k] * z[k + 1];
    }
    // Mean of 1.9e6 products with sd 1: sd of the mean 7.3e-4; allow 5.
    expect(Math.abs(s / (19 * n))).toBeLessThan(3.7e-3);
  });
});
