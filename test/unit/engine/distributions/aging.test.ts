import { describe, expect, it } from 'vitest';
import {
  AGING_LABEL,
  agingClass,
  agingGrid,
  type DistSpec,
  makeDistribution,
} from '../../../../src/engine/distributions';

const cls = (spec: DistSpec) => agingClass(makeDistribution(spec));

describe('agingClass (new-longer- / new-shorter-than-used on a grid)', () => {
  const cases: [DistSpec, string][] = [
    [{ family: 'exp', rate: 1 }, 'both'],
    [{ family: 'exp', rate: 20 }, 'both'],
    [{ family: 'weibull', shape: 1, scale: 3 }, 'both'], // the exponential again
    [{ family: 'shexp', shift: 1, rate: 1 }, 'nbu'],
    [{ family: 'uniform', a: 0, b: 1 }, 'nbu'],
    [{ family: 'uniform', a: 1, b: 3 }, 'nbu'],
    [{ family: 'det', value: 1 }, 'nbu'],
    [{ family: 'weibull', shape: 2, scale: 1 }, 'nbu'],
    [{ family: 'weibull', shape: 1.001, scale: 1 }, 'nbu'],
    [{ family: 'weibull', shape: 0.5, scale: 1 }, 'nwu'],
    [{ family: 'pareto', shape: 2, scale: 1 }, 'neither'],
    [{ family: 'pareto', shape: 3, scale: 1 }, 'neither'],
    [{ family: 'lognormal', mu: 0, sigma: 1 }, 'neither'],
    [{ family: 'lognormal', mu: 0, sigma: 0.25 }, 'neither'],
    [
      { family: 'mix', p: 0.5, first: { family: 'det', value: 1 }, second: { family: 'det', value: 10 } },
      'neither',
    ],
    [
      { family: 'mix', p: 0.9, first: { family: 'det', value: 1 }, second: { family: 'det', value: 10 } },
      'neither',
    ],
    // hyper-exponential: new-shorter-than-used (PAPERS.md)
    [
      { family: 'mix', p: 0.5, first: { family: 'exp', rate: 1 }, second: { family: 'exp', rate: 10 } },
      'nwu',
    ],
    // a measured sample of evenly spaced times (uniform-like): new-longer
    [{ family: 'quantiles', q: [1, 2, 3, 4, 5, 6, 7, 8] }, 'nbu'],
  ];
  for (const [spec, expected] of cases)
    it(`${JSON.stringify(spec)} → ${expected}`, () => {
      expect(cls(spec)).toBe(expected);
    });

  it('grid: 0, quantiles and their quarter/half/three-quarter points, sorted and finite', () => {
    const g = agingGrid(makeDistribution({ family: 'pareto', shape: 2, scale: 1 }));
    expect(g[0]).toBe(0);
    expect(g).toContain(0.5); // half the lower end x_m = 1: the new-longer region t < x_m
    expect(g.every((x, i) => Number.isFinite(x) && (i === 0 || x > g[i - 1]))).toBe(true);
    expect(Math.max(...g)).toBeGreaterThan(1e7); // x_m·(1e-15)^(−1/2) ≈ 3.2e7: the tail is probed
  });

  it("user-facing labels keep PAPERS.md's wording", () => {
    expect(AGING_LABEL.nbu).toBe('new-longer-than-used');
    expect(AGING_LABEL.nwu).toBe('new-shorter-than-used');
  });
});
