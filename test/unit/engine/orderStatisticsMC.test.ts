import { describe, expect, it } from 'vitest';
import { type DistSpec, makeDistribution } from '../../../src/engine/distributions';
import {
  accumulateMaxRatio,
  accumulateOrderStats,
  createMaxRatioAccumulator,
  createOrderStatAccumulator,
  estimateMaxRatio,
  estimateOrderStats,
  mergeMaxRatio,
  mergeOrderStats,
  simulateMaxRatio,
  simulateOrderStats,
} from '../../../src/engine/montecarlo/orderStatisticsMC';
import { expectedOrderStatistic, syncAsyncRatio } from '../../../src/engine/orderStatistics';
import { rngFor } from '../../../src/engine/random/seed';

const d = (spec: DistSpec) => makeDistribution(spec);
const exp1 = d({ family: 'exp', rate: 1 });

// Fixed seeds: every assertion below is deterministic. "Within 4 standard errors" is what a correct
// estimator satisfies with probability 0.99994; a biased sampler or estimator fails it.
describe('max ratio P·E[X_{P:P}]/E[X] (Theorem 1)', () => {
  const cases: [string, DistSpec, number][] = [
    ['exp(1)', { family: 'exp', rate: 1 }, 10],
    ['1 + exp(1)', { family: 'shexp', shift: 1, rate: 1 }, 20],
    ['Pareto(3, 1) (finite variance of the max)', { family: 'pareto', shape: 3, scale: 1 }, 8],
    ['lognormal(0, 0.5)', { family: 'lognormal', mu: 0, sigma: 0.5 }, 20],
    [
      'mix(0.5, exp(1), det(2))',
      { family: 'mix', p: 0.5, first: { family: 'exp', rate: 1 }, second: { family: 'det', value: 2 } },
      6,
    ],
    ['quantiles(1,2,3,5)', { family: 'quantiles', q: [1, 2, 3, 5] }, 12],
  ];
  it.each(cases)('%s: estimate within 4 s.e. of the exact ratio, CI covers it', (_n, spec, P) => {
    const dist = d(spec);
    const acc = accumulateMaxRatio(createMaxRatioAccumulator(), dist, P, 40_000, rngFor(1, `max:${_n}`));
    const est = estimateMaxRatio(acc, P);
    const exact = syncAsyncRatio(dist, P).value;
    expect(est.se).toBeGreaterThan(0);
    expect(Math.abs(est.value - exact)).toBeLessThanOrEqual(4 * est.se);
    expect(est.lo).toBeLessThanOrEqual(exact);
    expect(est.hi).toBeGreaterThanOrEqual(exact);
    expect(est.se / est.value).toBeLessThan(0.01); // and the interval is informative
  });

  it('the delta-method 95 % interval covers the truth in about 95 % of 400 independent runs', () => {
    const P = 10;
    const exact = syncAsyncRatio(exp1, P).value;
    let covered = 0;
    for (let r = 0; r < 400; r++) {
      const acc = accumulateMaxRatio(createMaxRatioAccumulator(), exp1, P, 300, rngFor(2, `coverage:${r}`));
      const e = estimateMaxRatio(acc, P);
      if (e.lo <= exact && exact <= e.hi) covered++;
    }
    // Binomial(400, 0.95): mean 380, s.d. 4.4. A missing covariance term gives far less or far more.
    expect(covered).toBeGreaterThanOrEqual(364);
    expect(covered).toBeLessThanOrEqual(396);
  });

  it('chunking and merging do not change a single bit', () => {
    const dist = d({ family: 'lognormal', mu: 0, sigma: 1 });
    const whole = accumulateMaxRatio(createMaxRatioAccumulator(), dist, 7, 1000, rngFor(3, 'chunks'));
    const rng = rngFor(3, 'chunks');
    const chunked = createMaxRatioAccumulator();
    for (const n of [1, 10, 333, 656]) accumulateMaxRatio(chunked, dist, 7, n, rng);
    expect(chunked.n).toBe(1000);
    expect(chunked.sumY).toBeCloseTo(whole.sumY, 9);
    // Sums of the same numbers in the same order: identical.
    expect(chunked).toEqual(whole);
    const a = accumulateMaxRatio(createMaxRatioAccumulator(), dist, 7, 10, rngFor(4, 'a'));
    const b = accumulateMaxRatio(createMaxRatioAccumulator(), dist, 7, 20, rngFor(4, 'b'));
    const m = mergeMaxRatio(a, b);
    expect(m.n).toBe(30);
    expect(m.sumYZ).toBe(a.sumYZ + b.sumYZ);
  });

  it('simulateMaxRatio equals one accumulate call, yields when asked, and cancels by throwing', async () => {
    const direct = accumulateMaxRatio(createMaxRatioAccumulator(), exp1, 4, 50_000, rngFor(5, 'sim'));
    let asked = 0;
    const sim = await simulateMaxRatio(exp1, 4, 50_000, rngFor(5, 'sim'), () => ++asked % 2 === 0);
    expect(sim).toEqual(direct);
    expect(asked).toBeGreaterThan(1);
    await expect(
      simulateMaxRatio(exp1, 4, 50_000, rngFor(5, 'sim'), () => {
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
  });

  it('is plain JSON, exactly 1 at P = 1, and has no estimate without data', () => {
    const acc = accumulateMaxRatio(createMaxRatioAccumulator(), exp1, 1, 100, rngFor(6, 'p1'));
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    const e = estimateMaxRatio(acc, 1);
    expect(e.value).toBeCloseTo(1, 14);
    expect(e.se).toBeLessThan(1e-6);
    expect(estimateMaxRatio(createMaxRatioAccumulator(), 5).value).toBeNaN();
    const one = accumulateMaxRatio(createMaxRatioAccumulator(), exp1, 3, 1, rngFor(6, 'one'));
    expect(estimateMaxRatio(one, 3).hi).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('order statistics E[X_{K:P}] for every K', () => {
  const cases: [string, DistSpec, number][] = [
    ['exp(1), P = 5 (insertion sort)', { family: 'exp', rate: 1 }, 5],
    ['exp(2), P = 100 (built-in sort)', { family: 'exp', rate: 2 }, 100],
    ['uniform(1, 3), P = 9', { family: 'uniform', a: 1, b: 3 }, 9],
    ['weibull(0.5, 1), P = 6 (quadrature)', { family: 'weibull', shape: 0.5, scale: 1 }, 6],
    [
      'mix(0.5, exp(1), pareto(3, 1)), P = 4 (quadrature)',
      {
        family: 'mix',
        p: 0.5,
        first: { family: 'exp', rate: 1 },
        second: { family: 'pareto', shape: 3, scale: 1 },
      },
      4,
    ],
  ];
  it.each(cases)('%s: each K within 4 s.e. of the exact value', (_n, spec, P) => {
    const dist = d(spec);
    const acc = accumulateOrderStats(createOrderStatAccumulator(P), dist, P, 20_000, rngFor(7, `os:${_n}`));
    const est = estimateOrderStats(acc);
    expect(est).toHaveLength(P);
    for (let K = 1; K <= P; K++) {
      const exact = expectedOrderStatistic(dist, K, P).value;
      const e = est[K - 1];
      expect(Math.abs(e.value - exact), `K=${K}`).toBeLessThanOrEqual(4 * e.se);
      expect(e.hi - e.lo).toBeCloseTo(2 * 1.959963984540054 * e.se, 12);
    }
    // The order statistics of a group sum to the group's sum.
    let total = 0;
    for (const s of acc.sum) total += s;
    expect(total / acc.n / P).toBeCloseTo(est.reduce((s, e) => s + e.value, 0) / P, 10);
  });

  it('sorts: the estimates increase with K', () => {
    const acc = accumulateOrderStats(createOrderStatAccumulator(60), exp1, 60, 500, rngFor(8, 'sorted'));
    const v = estimateOrderStats(acc).map((e) => e.value);
    for (let k = 1; k < 60; k++) expect(v[k]).toBeGreaterThanOrEqual(v[k - 1]);
  });

  it('merges by adding, chunks without changing a bit, and simulateOrderStats agrees', async () => {
    const whole = accumulateOrderStats(createOrderStatAccumulator(3), exp1, 3, 100, rngFor(9, 'c'));
    const rng = rngFor(9, 'c');
    const part = createOrderStatAccumulator(3);
    accumulateOrderStats(part, exp1, 3, 40, rng);
    accumulateOrderStats(part, exp1, 3, 60, rng);
    expect(part).toEqual(whole);
    expect(await simulateOrderStats(exp1, 3, 100, rngFor(9, 'c'))).toEqual(whole);
    const merged = mergeOrderStats(whole, part);
    expect(merged.n).toBe(200);
    expect(merged.sum[2]).toBe(2 * whole.sum[2]);
    expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
    expect(() => mergeOrderStats(whole, createOrderStatAccumulator(4))).toThrow(RangeError);
    expect(() => accumulateOrderStats(whole, exp1, 4, 1, rng)).toThrow(RangeError);
    expect(estimateOrderStats(createOrderStatAccumulator(2))[0].value).toBeNaN();
  });
});
