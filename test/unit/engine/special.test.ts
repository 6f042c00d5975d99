import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  erfc,
  harmonic,
  harmonicDifference,
  logBeta,
  logGamma,
  logistic,
  normalCdf,
  normalQuantile,
  normalSurvival,
  softplus,
} from '../../../src/engine/special';

/** |actual − expected| ≤ tol·|expected| (or ≤ tol when expected is 0). */
function expectRel(actual: number, expected: number, tol: number) {
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected) / scale, `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

// Reference values: mpmath at 40 digits.
describe('logGamma', () => {
  const ref: [number, number][] = [
    [1e-8, 18.42068073818021],
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247001],
    [1.5, -0.12078223763524522],
    [3.7, 1.4280723266653879],
    [10, 12.801827480081469],
    [100, 359.1342053695754],
    [170.5, 704.0044277342047],
    [1e4, 82099.71749644238],
    [1e7, 151180949.3694739],
  ];
  it.each(ref)('logGamma(%s) to 2e-15 relative', (x, y) => expectRel(logGamma(x), y, 2e-15));

  it('is 0 at 1 and 2 to within 1e-15 (absolute: they are its zeros)', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
  });

  it('matches log((n−1)!) for n = 1..25', () => {
    let f = 1;
    for (let n = 1; n <= 25; n++) {
      if (n > 1) f *= n - 1;
      expect(Math.abs(logGamma(n) - Math.log(f))).toBeLessThan(4e-15 * Math.max(1, Math.log(f)));
    }
  });

  it('satisfies log Γ(x+1) − log Γ(x) = log x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1) - logGamma(x);
        expect(Math.abs(lhs - Math.log(x))).toBeLessThan(1e-13 * Math.max(1, Math.abs(logGamma(x + 1))));
      }),
    );
  });

  it('is NaN outside its domain', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
  });
});

describe('logBeta', () => {
  it('B(1, n) = 1/n and B(a, b) = B(b, a)', () => {
    expect(Math.abs(logBeta(1, 1000) + Math.log(1000))).toBeLessThan(1e-12);
    expect(logBeta(2.5, 7)).toBeCloseTo(logBeta(7, 2.5), 13);
    // B(2, 3) = 1!·2!/4! = 1/12
    expect(Math.abs(logBeta(2, 3) + Math.log(12))).toBeLessThan(1e-14);
  });
});

describe('harmonic numbers', () => {
  it.each([
    [1, 1],
    [10, 2.9289682539682538],
    [1000, 7.485470860550345],
    [1001, 7.486469861549346],
    [123456, 12.300859811187387],
    [1e9, 21.300481502347942],
  ])('H_%s to 1e-15 relative', (n, h) => expectRel(harmonic(n), h, 1e-15));

  it('H_0 = 0 and steps by 1/n across the exact/asymptotic switch', () => {
    expect(harmonic(0)).toBe(0);
    for (const n of [999, 1000, 1001, 1002, 5000]) expectRel(harmonic(n) - harmonic(n - 1), 1 / n, 1e-11);
  });

  it('harmonicDifference(n, m) = H_n − H_m without cancellation', () => {
    expect(harmonicDifference(1000, 999)).toBe(1 / 1000);
    expect(harmonicDifference(5, 5)).toBe(0);
    expectRel(harmonicDifference(10, 0), 2.9289682539682538, 1e-15);
    expectRel(harmonicDifference(1e9, 1e9 - 200000), 0.00020002000256704673, 1e-14);
    expectRel(harmonicDifference(3e6, 2e6), 0.40546502477484264, 1e-15);
    expectRel(harmonicDifference(300000, 500), harmonic(300000) - harmonic(500), 1e-14);
  });
});

describe('normal distribution', () => {
  const cdfRef: [number, number][] = [
    [-37, 5.725571222524577e-300],
    [-20, 2.7536241186062337e-89],
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-3, 0.0013498980316300946],
    [-1, 0.15865525393145705],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [2, 0.9772498680518208],
    [8, 0.9999999999999993],
  ];
  // Relative accuracy degrades like z²·ε deep in the tail (the argument z/√2 is rounded).
  it.each(cdfRef)('Φ(%s) to 1e-15·max(1, z²) relative', (z, p) =>
    expectRel(normalCdf(z), p, 1e-15 * Math.max(1, z * z)),
  );

  it('Φ(z) + Φ(−z) = 1 and the survival function mirrors the cdf', () => {
    for (const z of [-6, -2.5, -0.3, 0, 0.7, 1.9, 4]) {
      expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
      expect(normalSurvival(z)).toBe(normalCdf(-z));
    }
  });

  it('erfc(−x) = 2 − erfc(x), erfc(0) = 1', () => {
    expect(erfc(0)).toBe(1);
    for (const x of [0.2, 0.46875, 1, 3.9, 4.1, 10]) expect(erfc(-x)).toBeCloseTo(2 - erfc(x), 15);
  });

  const qRef: [number, number][] = [
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798407],
    [1e-5, -4.264890793922825],
    [0.01, -2.326347874040841],
    [0.3, -0.5244005127080408],
    [0.9, 1.2815515655446004],
  ];
  it.each(qRef)('Φ⁻¹(%s) to 1e-15 relative', (p, z) => expectRel(normalQuantile(p), z, 1e-15));

  it('Φ⁻¹ is exactly 0 at 1/2 and infinite at the ends', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });

  it('Φ(Φ⁻¹(p)) = p from 1e-300 to 1/2', () => {
    for (let e = -300; e <= -0.31; e += 0.37) {
      const p = 10 ** e;
      expectRel(normalCdf(normalQuantile(p)), p, 2e-14 * Math.max(1, normalQuantile(p) ** 2));
    }
  });
});

describe('softplus and logistic', () => {
  it('are accurate at both ends', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(800)).toBe(800);
    expectRel(softplus(-700), Math.exp(-700), 1e-15);
    expect(logistic(0)).toBe(0.5);
    expectRel(logistic(-700), Math.exp(-700), 1e-14);
    expect(logistic(40)).toBe(1);
    expect(logistic(2) + logistic(-2)).toBeCloseTo(1, 15);
  });
});
