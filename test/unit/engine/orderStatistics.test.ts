import { describe, expect, it } from 'vitest';
import { type DistSpec, makeDistribution } from '../../../src/engine/distributions';
import {
  expectedMax,
  expectedOrderStatistic,
  orderStatisticByQuadrature,
  orderStatisticFormula,
  syncAsyncRatio,
} from '../../../src/engine/orderStatistics';
import { harmonic } from '../../../src/engine/special';

function expectRel(actual: number, expected: number, tol: number, what = '') {
  expect(
    Math.abs(actual - expected) / Math.abs(expected),
    `${what} ${actual} vs ${expected}`,
  ).toBeLessThanOrEqual(tol);
}

const d = (spec: DistSpec) => makeDistribution(spec);
const exp1 = d({ family: 'exp', rate: 1 });

/** K values spread over 1..P: both ends, the middle, and next to the ends. */
function ks(P: number): number[] {
  return [...new Set([1, 2, Math.ceil(P / 3), Math.ceil(P / 2), P - 1, P].filter((k) => k >= 1 && k <= P))];
}

describe('closed forms of [SS] Sec. 4 against quadrature', () => {
  const families: [string, DistSpec][] = [
    ['exp(2)', { family: 'exp', rate: 2 }],
    ['shexp(1, 0.5)', { family: 'shexp', shift: 1, rate: 0.5 }],
    ['uniform(1, 3)', { family: 'uniform', a: 1, b: 3 }],
    ['Pareto(3, 2)', { family: 'pareto', shape: 3, scale: 2 }],
    ['Pareto(2, 1)', { family: 'pareto', shape: 2, scale: 1 }],
  ];
  for (const [name, spec] of families) {
    it(`${name}, P up to 1000, to 1e-8 relative`, () => {
      const dist = d(spec);
      for (const P of [1, 2, 3, 10, 20, 100, 1000]) {
        for (const K of ks(P)) {
          const exact = expectedOrderStatistic(dist, K, P);
          expect(exact.method).toBe('closed form');
          expect(exact.finite).toBe(true); // α(P − K + 1) ≥ 2 for the Pareto cases
          const q = orderStatisticByQuadrature(dist, K, P);
          expect(q.converged).toBe(true);
          expectRel(q.value, exact.value, 1e-8, `K=${K} P=${P}`);
        }
      }
    });
  }

  it('for P = 10000 too (Beta weight of width 1e-4 in u)', () => {
    for (const K of [1, 5000, 9999, 10000]) {
      expectRel(
        orderStatisticByQuadrature(exp1, K, 10000).value,
        expectedOrderStatistic(exp1, K, 10000).value,
        1e-8,
      );
    }
  });
});

describe('exponential order statistics', () => {
  it('E[X_{K:P}] = (H_P − H_{P−K})/μ by direct summation', () => {
    const dist = d({ family: 'exp', rate: 0.25 });
    for (const P of [1, 5, 64, 1000, 5000]) {
      for (const K of ks(P)) {
        let s = 0;
        for (let i = P - K + 1; i <= P; i++) s += 1 / i;
        expectRel(expectedOrderStatistic(dist, K, P).value, s / 0.25, 1e-13, `K=${K} P=${P}`);
      }
    }
  });

  it('known values: E[max of 2 exp(1)] = 1.5, E[min] = 0.5, E[max of P] = H_P', () => {
    expect(expectedMax(exp1, 2).value).toBeCloseTo(1.5, 15);
    expect(expectedOrderStatistic(exp1, 1, 2).value).toBeCloseTo(0.5, 15);
    expectRel(expectedMax(exp1, 100).value, harmonic(100), 1e-15);
    expect(expectedMax(d({ family: 'shexp', shift: 1, rate: 1 }), 2).value).toBeCloseTo(2.5, 15);
  });
});

describe('Pareto at its finiteness limits', () => {
  const half = d({ family: 'pareto', shape: 0.5, scale: 1 });

  it('α(P − K + 1) = 1 is infinite, just above is finite', () => {
    const at = expectedOrderStatistic(half, 9, 10); // m = 2: α·m = 1
    expect(at.finite).toBe(false);
    expect(at.value).toBe(Number.POSITIVE_INFINITY);
    const above = expectedOrderStatistic(d({ family: 'pareto', shape: 0.5 + 1e-6, scale: 1 }), 9, 10);
    expect(above.finite).toBe(true);
    expect(Number.isFinite(above.value)).toBe(true);
    expect(above.value).toBeGreaterThan(1e4); // Γ(m − 1/α) blows up as α·m ↓ 1
    expect(above.varianceFinite).toBe(false);
  });

  it('variance finite iff α(P − K + 1) > 2', () => {
    expect(expectedOrderStatistic(half, 8, 10).varianceFinite).toBe(false); // 0.5·3 = 1.5
    expect(expectedOrderStatistic(half, 6, 10).varianceFinite).toBe(true); // 0.5·5 = 2.5
    const p21 = d({ family: 'pareto', shape: 2, scale: 1 });
    expect(expectedMax(p21, 20).varianceFinite).toBe(false); // 2·1 = 2: the max of Pareto(2,1)
    expect(expectedMax(p21, 20).finite).toBe(true);
    expect(expectedOrderStatistic(p21, 19, 20).varianceFinite).toBe(true);
  });

  it('Pareto(2,1): E[X_{1:1}] = 2 and E[max of 2] = 8/3·… by the Gamma formula', () => {
    const p21 = d({ family: 'pareto', shape: 2, scale: 1 });
    expect(expectedMax(p21, 1).value).toBeCloseTo(2, 13);
    // Γ(3)Γ(1/2)/(Γ(1)Γ(5/2)) = 2·√π/(3√π/4) = 8/3
    expect(expectedMax(p21, 2).value).toBeCloseTo(8 / 3, 13);
  });
});

describe('quadrature for the other families (mpmath references, 30 digits)', () => {
  const lognormal01 = d({ family: 'lognormal', mu: 0, sigma: 1 });
  const refs: [string, DistSpec, number, number, number][] = [
    [
      'lognormal(0,1) max of 1000 (Beta spike at u = 1)',
      { family: 'lognormal', mu: 0, sigma: 1 },
      1000,
      1000,
      27.37520222572869,
    ],
    ['lognormal(0,1) median-ish of 20', { family: 'lognormal', mu: 0, sigma: 1 }, 10, 20, 0.9767288413206374],
    ['lognormal(0,1) min of 1000', { family: 'lognormal', mu: 0, sigma: 1 }, 1, 1000, 0.0413873587513346],
    ['lognormal(0,0.5) max of 20', { family: 'lognormal', mu: 0, sigma: 0.5 }, 20, 20, 2.637435764242077],
    [
      'lognormal(1,2) K=5000 of 10000',
      { family: 'lognormal', mu: 1, sigma: 2 },
      5000,
      10000,
      2.7184544131206345,
    ],
    [
      'lognormal(1,2) max of 10000',
      { family: 'lognormal', mu: 1, sigma: 2 },
      10000,
      10000,
      7558.666825673727,
    ],
    [
      'Weibull(0.5,1) max of 1000',
      { family: 'weibull', shape: 0.5, scale: 1 },
      1000,
      1000,
      57.67620857082988,
    ],
    ['Weibull(0.5,1) max of 20', { family: 'weibull', shape: 0.5, scale: 1 }, 20, 20, 14.539893884497362],
    ['Weibull(0.5,1) min of 20', { family: 'weibull', shape: 0.5, scale: 1 }, 1, 20, 0.005],
    ['Weibull(3,2) K=3 of 7', { family: 'weibull', shape: 3, scale: 2 }, 3, 7, 1.537713565555253],
    ...mixRefs(),
    ['quantiles(1,2,3,5) max of 20', { family: 'quantiles', q: [1, 2, 3, 5] }, 20, 20, 7.774194032481025],
    ['quantiles(1,2,3,5) K=3 of 7', { family: 'quantiles', q: [1, 2, 3, 5] }, 3, 7, 2.0211149942743014],
  ];
  it.each(refs)('%s to 1e-9 relative', (_name, spec, K, P, ref) => {
    const r = expectedOrderStatistic(d(spec), K, P);
    expect(r.method).toBe('quadrature');
    expect(r.finite).toBe(true);
    expectRel(r.value, ref, 1e-9);
  });

  it('states its formula in words', () => {
    expect(orderStatisticFormula(lognormal01)).toContain('Beta(u; K, P−K+1)');
    expect(orderStatisticFormula(exp1)).toBe('E[X_{K:P}] = (H_P − H_{P−K})/μ, [SS] Sec. 4');
  });
});

function mixRefs(): [string, DistSpec, number, number, number][] {
  const mix = (a: number): DistSpec => ({
    family: 'mix',
    p: 0.5,
    first: { family: 'exp', rate: 1 },
    second: { family: 'pareto', shape: a, scale: 1 },
  });
  return [
    ['mix(0.5,exp(1),pareto(2,1)) max of 1000', mix(2), 1000, 1000, 39.638925136959585],
    ['mix(0.5,exp(1),pareto(2,1)) max of 20', mix(2), 20, 20, 5.993044662388413],
    ['mix(0.5,exp(1),pareto(2,1)) max of 2', mix(2), 2, 2, 2.151358633864427],
    ['mix(0.5,exp(1),pareto(1.5,1)) max of 20 (slowly decaying tail)', mix(1.5), 20, 20, 12.675242542415031],
    [
      'mix(0.5,exp(1),pareto(0.8,1)) min of 3 (infinite mean, finite minimum)',
      mix(0.8),
      1,
      3,
      0.7388774081747284,
    ],
  ];
}

describe('near the finiteness limit (tail index α just above 1/m)', () => {
  it.each([1.05, 1.01, 1.001])(
    'α = %s: E[X] of mix(0.5, exp(1), Pareto(α, 1)) and E[max of 20 Pareto(α, 1)] by quadrature',
    (alpha) => {
      // The integrand decays like e^{−(1 − 1/α)t}: its tail outlives the doubles and is extrapolated.
      const mix = d({
        family: 'mix',
        p: 0.5,
        first: { family: 'exp', rate: 1 },
        second: { family: 'pareto', shape: alpha, scale: 1 },
      });
      const q = orderStatisticByQuadrature(mix, 1, 1);
      expectRel(q.value, 0.5 + (0.5 * alpha) / (alpha - 1), 1e-9);
      const pareto = d({ family: 'pareto', shape: alpha, scale: 1 });
      expectRel(orderStatisticByQuadrature(pareto, 20, 20).value, expectedMax(pareto, 20).value, 1e-9);
      if (alpha < 1.02) expect(q.extrapolatedTail).toBeGreaterThan(0);
    },
  );
});

describe('invariants', () => {
  const specs: DistSpec[] = [
    { family: 'lognormal', mu: 0.2, sigma: 1.3 },
    { family: 'weibull', shape: 0.7, scale: 2 },
    {
      family: 'mix',
      p: 0.3,
      first: { family: 'det', value: 1 },
      second: { family: 'pareto', shape: 3, scale: 2 },
    },
    { family: 'quantiles', q: [0.5, 0.5, 1, 2, 2.5, 7] },
    { family: 'pareto', shape: 2.5, scale: 1 },
    {
      family: 'mix',
      p: 0.5,
      first: { family: 'uniform', a: 0, b: 1 },
      second: { family: 'uniform', a: 2, b: 3 },
    },
  ];
  it.each(specs.map((s) => [d(s).label, s]))(
    'Σ_K E[X_{K:P}] = P·E[X] and E[X_{K:P}] grows with K: %s',
    (_l, spec) => {
      const dist = d(spec as DistSpec);
      for (const P of [1, 7, 40]) {
        let sum = 0;
        let prev = 0;
        for (let K = 1; K <= P; K++) {
          const v = expectedOrderStatistic(dist, K, P).value;
          expect(v).toBeGreaterThanOrEqual(prev);
          prev = v;
          sum += v;
        }
        expectRel(sum, P * dist.mean, 1e-9, `P=${P}`);
      }
    },
  );

  it('two atoms: E[max of P] for mix(0.5, det(1), det(3)) is 3 − 2·2^(−P); a gap between uniforms', () => {
    const atoms = d({
      family: 'mix',
      p: 0.5,
      first: { family: 'det', value: 1 },
      second: { family: 'det', value: 3 },
    });
    for (const P of [1, 2, 5, 30]) expectRel(expectedMax(atoms, P).value, 3 - 2 * 0.5 ** P, 1e-10, `P=${P}`);
    // mix(0.5, U(0,1), U(2,3)): the max of 2 is U(2,3)'s unless both come from U(0,1):
    // E = 1/4·E[max of 2 U(0,1)] + 1/2·E[U(2,3)] + 1/4·E[max of 2 U(2,3)] = 1/4·2/3 + 1/2·2.5 + 1/4·8/3
    const gap = d({
      family: 'mix',
      p: 0.5,
      first: { family: 'uniform', a: 0, b: 1 },
      second: { family: 'uniform', a: 2, b: 3 },
    });
    expectRel(expectedMax(gap, 2).value, 2 / 12 + 1.25 + 8 / 12, 1e-10);
  });

  it('K = P = 1 is the mean; det is its value', () => {
    const ln = d({ family: 'lognormal', mu: 0.3, sigma: 0.8 });
    expectRel(expectedOrderStatistic(ln, 1, 1).value, ln.mean, 1e-10);
    expect(expectedOrderStatistic(d({ family: 'det', value: 4 }), 3, 9).value).toBe(4);
  });

  it('a mixture with an infinite-mean component: infinite where α·m ≤ 1, without integrating', () => {
    const heavy = d({
      family: 'mix',
      p: 0.9,
      first: exp1.spec,
      second: { family: 'pareto', shape: 0.8, scale: 1 },
    });
    const r = expectedMax(heavy, 5);
    expect(r).toMatchObject({ finite: false, value: Number.POSITIVE_INFINITY, method: 'quadrature' });
  });

  it('rejects K, P outside 1 ≤ K ≤ P', () => {
    expect(() => expectedOrderStatistic(exp1, 0, 3)).toThrow(RangeError);
    expect(() => expectedOrderStatistic(exp1, 4, 3)).toThrow(RangeError);
    expect(() => expectedOrderStatistic(exp1, 1.5, 3)).toThrow(RangeError);
  });
});

describe('syncAsyncRatio ([SS] Theorem 1)', () => {
  it('is P·H_P for exp (Corollary 1) and 1 at P = 1', () => {
    for (const P of [1, 2, 10, 100]) expectRel(syncAsyncRatio(exp1, P).value, P * harmonic(P), 1e-14);
    expect(syncAsyncRatio(d({ family: 'lognormal', mu: 0, sigma: 1 }), 1).value).toBeCloseTo(1, 9);
  });

  it('uses E[X] = 2 for both 1+exp(1) and Pareto(2,1) (Fig. 5)', () => {
    const sh = syncAsyncRatio(d({ family: 'shexp', shift: 1, rate: 1 }), 10);
    expectRel(sh.value, (10 * (1 + harmonic(10))) / 2, 1e-14);
    const p = syncAsyncRatio(d({ family: 'pareto', shape: 2, scale: 1 }), 10);
    expect(p.finite).toBe(true);
    expect(p.value).toBeGreaterThan(sh.value);
  });

  it('is not finite, with a note, when E[X] is infinite', () => {
    const r = syncAsyncRatio(d({ family: 'pareto', shape: 0.9, scale: 1 }), 10);
    expect(r.finite).toBe(false);
    expect(r.note).toMatch(/infinite/);
  });
});
