// gamma(k, θ) against references that share no code with gamma.ts: closed forms of the regularised
// incomplete gamma (integer shapes: a Poisson sum; half-integer: erf, whose values are written out),
// E[X_{K:P}] by Simpson's rule on the order-statistic density written out below, Monte Carlo of the
// K-th smallest of P draws, and the moments kθ, kθ².

import { describe, expect, it } from 'vitest';
import { type DistSpec, makeDistribution } from '../../../../src/engine/distributions';
import { agingClassNumerical } from '../../../../src/engine/distributions/aging';
import { Gamma, logRegularizedGamma } from '../../../../src/engine/distributions/gamma';
import { exp } from '../../../../src/engine/math';
import { expectedOrderStatistic } from '../../../../src/engine/orderStatistics';
import { rngFor } from '../../../../src/engine/random/seed';
import { harmonicDifference } from '../../../../src/engine/special';
import { formatDist, parseDist } from '../../../../src/scenario/distributionSyntax';

const gamma = (shape: number, scale: number) =>
  makeDistribution({ family: 'gamma', shape, scale } as DistSpec);
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** For integer n, the Poisson sums Q(n, x) = e^{−x} Σ_{j<n} x^j/j! and P(n, x) = e^{−x} Σ_{j≥n} x^j/j!. */
function integerShape(n: number, x: number): { lower: number; upper: number } {
  let term = 1;
  let upper = 0;
  let lower = 0;
  for (let j = 0; j < n + 400; j++) {
    if (j > 0) term *= x / j;
    if (j < n) upper += term;
    else lower += term;
  }
  return { lower: exp(-x) * lower, upper: exp(-x) * upper };
}

describe('regularised incomplete gamma', () => {
  it('integer shapes: the Poisson sums P(n, x) = e^{−x}Σ_{j≥n} x^j/j!, Q = e^{−x}Σ_{j<n} (relative 1e-13)', () => {
    for (const n of [1, 2, 3, 7])
      for (const x of [0.05, 0.5, 1, 2.5, 6, 15]) {
        const ref = integerShape(n, x);
        const r = logRegularizedGamma(n, x);
        expect(rel(exp(r.lower), ref.lower), `P(${n}, ${x})`).toBeLessThan(1e-13);
        expect(rel(exp(r.upper), ref.upper), `Q(${n}, ${x})`).toBeLessThan(1e-13);
      }
  });

  it('half-integer shapes from a table of erf: P(½, x) = erf(√x), P(3/2, x) = erf(√x) − 2√(x/π)e^{−x}', () => {
    // erf(0.5), erf(1), erf(2) (Abramowitz & Stegun Table 7.1, to 16 digits)
    const table: [number, number][] = [
      [0.25, 0.5204998778130465],
      [1, 0.8427007929497149],
      [4, 0.9953222650189527],
    ];
    for (const [x, erf] of table) {
      expect(rel(exp(logRegularizedGamma(0.5, x).lower), erf)).toBeLessThan(1e-14);
      const p32 = erf - 2 * Math.sqrt(x / Math.PI) * exp(-x);
      expect(rel(exp(logRegularizedGamma(1.5, x).lower), p32)).toBeLessThan(1e-13);
    }
  });

  it('far tails stay in logarithms: ln Q(1, 700) = −700, ln Q(2, 800) = ln 801 − 800, ln P(2, 1e-8) ≈ ln(x²/2)', () => {
    expect(logRegularizedGamma(1, 700).upper).toBeCloseTo(-700, 10);
    expect(logRegularizedGamma(2, 800).upper).toBeCloseTo(Math.log(801) - 800, 10);
    expect(logRegularizedGamma(2, 1e-8).lower).toBeCloseTo(Math.log(0.5e-16), 7);
  });
});

describe('gamma(k, θ)', () => {
  it('reads, writes and describes itself; shape below 0.1 is clamped with a notice', () => {
    const r = parseDist(' Gamma( 2 , 0.5 ) ');
    expect(r.notices).toEqual([]);
    expect(r.value).toEqual({ family: 'gamma', shape: 2, scale: 0.5 });
    expect(r.value && formatDist(r.value)).toBe('gamma(2,0.5)');
    const low = parseDist('gamma(0,1)');
    expect(low.value).toEqual({ family: 'gamma', shape: 0.1, scale: 1 });
    expect(low.notices.join(' ')).toMatch(/shape must be at least 0.1/);
    expect(parseDist('gamma(2)').value).toBeNull();
  });

  it('mean kθ, variance kθ²', () => {
    const d = gamma(2.5, 0.4);
    expect(d.mean).toBeCloseTo(1, 14);
    expect(d.variance).toBeCloseTo(0.4, 14);
  });

  it('F(F⁻¹(u)) = u and S(F⁻¹(1 − v)) = v, from 1e-12 to 1e-250 in the upper tail', () => {
    for (const k of [0.1, 0.5, 1, 2, 30, 1000]) {
      const d = gamma(k, 1.5);
      for (const u of [1e-12, 1e-4, 0.1, 0.5, 0.9]) {
        expect(rel(d.cdf(d.quantile(u)), u), `k=${k} u=${u}`).toBeLessThan(1e-9);
      }
      for (const v of [0.3, 1e-3, 1e-15, 1e-100, 1e-250]) {
        expect(rel(d.survival(d.quantileUpper(v)), v), `k=${k} v=${v}`).toBeLessThan(1e-9);
      }
    }
  });

  it('the density integrates to the cdf (Simpson on [0, F⁻¹(0.9)], k = 3)', () => {
    const d = gamma(3, 2);
    const b = d.quantile(0.9);
    const n = 2000;
    const h = b / n;
    let s = d.pdf(0) + d.pdf(b);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * d.pdf(i * h);
    expect((s * h) / 3).toBeCloseTo(0.9, 9);
  });

  it('shape 1 is exp(1/θ): same E[X_{K:P}] as (H_P − H_{P−K})·θ', () => {
    const d = gamma(1, 2);
    for (const [K, P] of [
      [1, 4],
      [4, 4],
      [10, 30],
    ]) {
      expect(rel(expectedOrderStatistic(d, K, P).value, 2 * harmonicDifference(P, P - K))).toBeLessThan(1e-9);
    }
  });

  it('E[X_{K:P}] by quadrature = Simpson on x·f_{K:P}(x) with F, f of Gamma(2, θ) written out (relative 1e-7)', () => {
    const theta = 0.7;
    const cdf2 = (x: number) => 1 - (1 + x / theta) * exp(-x / theta);
    const pdf2 = (x: number) => (x / (theta * theta)) * exp(-x / theta);
    const logFact = (n: number) => {
      let s = 0;
      for (let i = 2; i <= n; i++) s += Math.log(i);
      return s;
    };
    const d = gamma(2, theta);
    for (const [K, P] of [
      [1, 1],
      [1, 8],
      [4, 8],
      [8, 8],
      [17, 40],
    ]) {
      const c = exp(logFact(P) - logFact(K - 1) - logFact(P - K));
      const density = (x: number) => c * cdf2(x) ** (K - 1) * (1 - cdf2(x)) ** (P - K) * pdf2(x);
      const b = 60 * theta;
      const n = 20000;
      const h = b / n;
      let s = 0;
      for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * i * h * density(i * h);
      s += b * density(b);
      const reference = (s * h) / 3;
      const got = expectedOrderStatistic(d, K, P);
      expect(got.method).toBe('quadrature');
      expect(rel(got.value, reference), `K=${K} P=${P}`).toBeLessThan(1e-7);
    }
  });

  it('Σ_K E[X_{K:P}] = P·kθ (k = 0.3, P = 12)', () => {
    const d = gamma(0.3, 2);
    let s = 0;
    for (let K = 1; K <= 12; K++) s += expectedOrderStatistic(d, K, 12).value;
    expect(rel(s, 12 * 0.6)).toBeLessThan(1e-8);
  });

  it('sampler: mean and variance within 4 standard errors, and the K-th of P draws matches E[X_{K:P}] (k < 1 and k > 1)', () => {
    for (const [k, theta] of [
      [0.4, 1.5],
      [3, 0.5],
    ]) {
      const d = gamma(k, theta);
      const rng = rngFor(11, `gamma-${k}`);
      const n = 40000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const x = d.sample(rng);
        expect(x).toBeGreaterThan(0);
        s += x;
        s2 += x * x;
      }
      const mean = s / n;
      const variance = s2 / n - mean * mean;
      expect(Math.abs(mean - k * theta)).toBeLessThan(4 * Math.sqrt((k * theta * theta) / n));
      // Var of the sample variance ≈ (μ₄ − σ⁴)/n, μ₄ = 3k(k + 2)θ⁴ for the gamma.
      const sdVar = Math.sqrt((3 * k * (k + 2) - k * k) / n) * theta * theta;
      expect(Math.abs(variance - k * theta * theta)).toBeLessThan(4 * sdVar);

      // Order statistic K = 3 of P = 5, by Monte Carlo (its s.e. from the sample itself).
      const reps = 8000;
      const buf = new Float64Array(5);
      let m = 0;
      let m2 = 0;
      for (let r = 0; r < reps; r++) {
        d.sampleInto(rng, buf, 5);
        const x = [...buf].sort((a, b) => a - b)[2];
        m += x;
        m2 += x * x;
      }
      const mm = m / reps;
      const se = Math.sqrt((m2 / reps - mm * mm) / reps);
      expect(Math.abs(mm - expectedOrderStatistic(d, 3, 5).value)).toBeLessThan(4 * se);
    }
  });

  it('sampleInto draws what repeated sample() draws, from the same stream; the first draws are pinned (they are part of the link format)', () => {
    for (const k of [0.5, 2]) {
      const d = gamma(k, 1);
      const a = rngFor(3, 'pin');
      const b = rngFor(3, 'pin');
      const out = new Float64Array(6);
      d.sampleInto(a, out, 6);
      const one = Array.from({ length: 6 }, () => d.sample(b));
      expect([...out]).toEqual(one);
      expect(a.uniform()).toBe(b.uniform());
    }
    const d = gamma(2, 1);
    const rng = rngFor(1, 'gamma-pin');
    expect([d.sample(rng), d.sample(rng), d.sample(rng)]).toEqual(PINNED);
  });

  it('new-longer-than-used for k ≥ 1 (memoryless at 1), new-shorter-than-used for k < 1, as the numerical check finds', () => {
    const cases: [number, string][] = [
      [0.3, 'nwu'],
      [0.8, 'nwu'],
      [1, 'both'],
      [1.5, 'nbu'],
      [8, 'nbu'],
    ];
    for (const [k, cls] of cases)
      expect(agingClassNumerical(new Gamma({ family: 'gamma', shape: k, scale: 1 } as DistSpec, k, 1))).toBe(
        cls,
      );
  });
});

// Recorded when gamma was added; a change here changes every gamma link's numbers (needs a new `v`).
const PINNED = [0.9925973916163428, 0.10355587061038339, 2.2179160494901824];
