import { describe, expect, it } from 'vitest';
import { type Distribution, type DistSpec, makeDistribution } from '../../../src/engine/distributions';
import { invertMonotone } from '../../../src/engine/distributions/invert';
import { integratePanels } from '../../../src/engine/distributions/quadrature';
import type { MeasuredQuantiles } from '../../../src/engine/distributions/quantiles';
import { exp, ln } from '../../../src/engine/math';
import { rngFor } from '../../../src/engine/random/seed';
import type { Rng } from '../../../src/engine/random/xoshiro128';
import { logistic } from '../../../src/engine/special';

function expectRel(actual: number, expected: number, tol: number, what = '') {
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected) / scale, `${what} ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

const exp2: DistSpec = { family: 'exp', rate: 2 };
const shexp: DistSpec = { family: 'shexp', shift: 1, rate: 1 };
const pareto21: DistSpec = { family: 'pareto', shape: 2, scale: 1 };
const pareto32: DistSpec = { family: 'pareto', shape: 3, scale: 2 };
const uniform13: DistSpec = { family: 'uniform', a: 1, b: 3 };
const lognormal: DistSpec = { family: 'lognormal', mu: 0.3, sigma: 0.8 };
const weibullHalf: DistSpec = { family: 'weibull', shape: 0.5, scale: 1 };
const weibull3: DistSpec = { family: 'weibull', shape: 3, scale: 2 };
const det3: DistSpec = { family: 'det', value: 3 };
const mixDet: DistSpec = { family: 'mix', p: 0.25, first: { family: 'exp', rate: 1 }, second: det3 };
const mixPareto: DistSpec = { family: 'mix', p: 0.5, first: { family: 'exp', rate: 1 }, second: pareto32 };
const measured: DistSpec = { family: 'quantiles', q: [1, 2, 3, 5] };

/** The families with a continuous cdf (no atoms), for inverse round trips. */
const continuous: DistSpec[] = [
  exp2,
  shexp,
  pareto21,
  pareto32,
  uniform13,
  lognormal,
  weibullHalf,
  weibull3,
  mixPareto,
  measured,
];
const all: DistSpec[] = [...continuous, det3, mixDet];

/** ∫₀¹ h(F⁻¹(u)) du in log-odds (as the order-statistics quadrature does, independently of closed forms). */
function expectation(d: Distribution, h: (x: number) => number): number {
  const edges: number[] = [];
  for (let t = -60; t <= 60; t += 2) edges.push(t);
  const f = (t: number) => {
    const x = t <= 0 ? d.quantile(logistic(t)) : d.quantileUpper(logistic(-t));
    return h(x) * logistic(t) * logistic(-t);
  };
  return integratePanels(f, edges, { relTol: 1e-12 }).value;
}

describe('means and variances', () => {
  const cases: [string, DistSpec, number, number][] = [
    ['exp(2)', exp2, 0.5, 0.25],
    ['1 + exp(1)', shexp, 2, 1],
    ['Pareto(2,1)', pareto21, 2, Number.POSITIVE_INFINITY],
    ['Pareto(3,2)', pareto32, 3, 3],
    [
      'Pareto(1,1)',
      { family: 'pareto', shape: 1, scale: 1 },
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ],
    ['uniform(1,3)', uniform13, 2, 1 / 3],
    ['lognormal(0.3,0.8)', lognormal, Math.exp(0.3 + 0.32), Math.expm1(0.64) * Math.exp(0.6 + 0.64)],
    ['Weibull(1,2) = exp(1/2)', { family: 'weibull', shape: 1, scale: 2 }, 2, 4],
    ['Weibull(0.5,1)', weibullHalf, 2, 20], // Γ(3) = 2, Γ(5) − Γ(3)² = 20
    ['det(3)', det3, 3, 0],
    ['mix(0.25, exp(1), det(3))', mixDet, 2.5, 1], // 0.25·1 + 0.25·0.75·(1 − 3)²
    [
      'mix(0, Pareto(0.5,1), exp(1)): weight 0 hides the infinite mean',
      {
        family: 'mix',
        p: 0,
        first: { family: 'pareto', shape: 0.5, scale: 1 },
        second: { family: 'exp', rate: 1 },
      },
      1,
      1,
    ],
    [
      'mix(0.5, exp(1), Pareto(1.5,1))',
      {
        family: 'mix',
        p: 0.5,
        first: { family: 'exp', rate: 1 },
        second: { family: 'pareto', shape: 1.5, scale: 1 },
      },
      2,
      Number.POSITIVE_INFINITY,
    ],
    ['quantiles(1,2,3,5) (mpmath)', measured, 2.9463098066567093, Number.NaN],
    ['quantiles(2)', { family: 'quantiles', q: [2] }, 2, 0],
  ];
  it.each(cases)('%s', (_name, spec, mean, variance) => {
    const d = makeDistribution(spec);
    if (Number.isFinite(mean)) expectRel(d.mean, mean, 1e-14, 'mean');
    else expect(d.mean).toBe(Number.POSITIVE_INFINITY);
    if (Number.isNaN(variance)) return; // checked by quadrature below
    if (Number.isFinite(variance)) expectRel(d.variance, variance, 1e-13, 'variance');
    else expect(d.variance).toBe(Number.POSITIVE_INFINITY);
  });

  it.each(
    all
      .filter((s) => Number.isFinite(makeDistribution(s).variance))
      .map((s) => [makeDistribution(s).label, s]),
  )('agree with ∫F⁻¹ and ∫(F⁻¹ − mean)² by quadrature: %s', (_label, spec) => {
    const d = makeDistribution(spec as DistSpec);
    expectRel(
      expectation(d, (x) => x),
      d.mean,
      1e-9,
      'mean',
    );
    expectRel(
      expectation(d, (x) => (x - d.mean) ** 2),
      d.variance,
      1e-8,
      'variance',
    );
  });

  it('state the tail index: α for Pareto, the heavier component for a mixture', () => {
    expect(makeDistribution(pareto21).tailIndex).toBe(2);
    expect(makeDistribution(mixPareto).tailIndex).toBe(3);
    expect(makeDistribution(lognormal).tailIndex).toBe(Number.POSITIVE_INFINITY);
    expect(makeDistribution({ family: 'mix', p: 1, first: exp2, second: pareto21 }).tailIndex).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});

describe('cdf, survival, pdf and quantiles', () => {
  it.each(continuous.map((s) => [makeDistribution(s).label, s]))('cdf(quantile(u)) = u: %s', (_l, spec) => {
    const d = makeDistribution(spec as DistSpec);
    for (const u of [1e-9, 0.001, 0.05, 0.2, 0.5, 0.7, 0.93, 0.999]) {
      expect(Math.abs(d.cdf(d.quantile(u)) - u), `u=${u}`).toBeLessThan(1e-12 + 1e-10 * u);
    }
  });

  it.each(continuous.map((s) => [makeDistribution(s).label, s]))(
    'survival(quantileUpper(v)) = v deep in the upper tail: %s',
    (_l, spec) => {
      const d = makeDistribution(spec as DistSpec);
      // A uniform's upper end b has an absolute resolution of ε·b, so v only down to 1e-6 there.
      const vmin = spec.family === 'uniform' ? 1e-6 : 1e-200;
      for (let v = 0.4; v >= vmin; v /= 1000) expectRel(d.survival(d.quantileUpper(v)), v, 1e-8, `v=${v}`);
      for (const v of [0.01, 0.3, 0.6]) expectRel(d.quantileUpper(v), d.quantile(1 - v), 1e-12, `v=${v}`);
    },
  );

  it.each(continuous.map((s) => [makeDistribution(s).label, s]))(
    'pdf is the derivative of cdf: %s',
    (_l, spec) => {
      const d = makeDistribution(spec as DistSpec);
      for (const u of [0.1, 0.3, 0.6, 0.9, 0.99]) {
        const x = d.quantile(u);
        const h = 1e-5 * Math.max(1, x);
        const slope = (d.cdf(x + h) - d.cdf(x - h)) / (2 * h);
        // Measured quantiles have kinks at the knots: compare one-sided where the density jumps.
        if (spec.family === 'quantiles') {
          const right = (d.cdf(x + h) - d.cdf(x)) / h;
          expect(Math.min(Math.abs(slope - d.pdf(x)), Math.abs(right - d.pdf(x)))).toBeLessThan(1e-6);
        } else {
          expectRel(d.pdf(x), slope, 1e-6, `u=${u}`);
        }
        expect(d.survival(x) + d.cdf(x)).toBeCloseTo(1, 14);
      }
    },
  );

  it.each(all.map((s) => [makeDistribution(s).label, s]))(
    'plotRange holds about 99.5 % of the mass: %s',
    (_l, spec) => {
      const d = makeDistribution(spec as DistSpec);
      const [lo, hi] = d.plotRange;
      expect(hi).toBeGreaterThan(lo);
      const mass = d.cdf(hi) - d.cdf(lo);
      if (spec.family !== 'det') expect(mass).toBeGreaterThanOrEqual(0.99);
      expect(d.cdf(hi)).toBeGreaterThanOrEqual(0.995);
    },
  );

  it('map u ≤ 0 and u ≥ 1 to the ends of the support', () => {
    const p = makeDistribution(pareto21);
    expect(p.quantile(0)).toBe(1);
    expect(p.quantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(p.quantileUpper(0)).toBe(Number.POSITIVE_INFINITY);
    expect(makeDistribution(uniform13).quantile(1)).toBe(3);
    expect(makeDistribution(det3).quantile(0.3)).toBe(3);
  });

  it('mixture quantiles invert the mixture cdf, also across the gap of an atom', () => {
    const d = makeDistribution(mixDet);
    // 1/4 exp(1) + 3/4 at 3: F(3⁻) = (1 − e⁻³)/4, then a jump of 3/4.
    const below = 0.25 * (1 - Math.exp(-3));
    expect(d.quantile(below + 0.1)).toBe(3);
    expect(d.quantile(0.98)).toBe(3);
    expect(d.quantile(0.99)).toBeGreaterThan(3); // past the atom: F(3) = 0.25(1 − e⁻³) + 0.75 ≈ 0.9876
    expectRel(d.quantileUpper(0.005), -Math.log(0.02), 1e-12); // 0.25·e^{−x} = 0.005
    expectRel(d.quantile(0.1), -Math.log1p(-0.4), 1e-12); // inside the exp part: F(x) = (1 − e^{−x})/4
  });

  it('throws RangeError for invalid parameters', () => {
    expect(() => makeDistribution({ family: 'exp', rate: 0 })).toThrow(RangeError);
    expect(() => makeDistribution({ family: 'uniform', a: 3, b: 1 })).toThrow(RangeError);
    expect(() => makeDistribution({ family: 'quantiles', q: [2, 1] })).toThrow(RangeError);
    expect(() => makeDistribution({ family: 'quantiles', q: [] })).toThrow(RangeError);
    expect(() => makeDistribution({ family: 'mix', p: 2, first: exp2, second: exp2 })).toThrow(RangeError);
  });

  it('label states the parameterisation', () => {
    expect(makeDistribution(pareto21).label).toBe('Pareto(shape α=2, scale xₘ=1)');
    expect(makeDistribution(shexp).label).toContain('1 + Exponential(rate μ=1)');
  });
});

describe('measured quantiles distribution', () => {
  const d = makeDistribution(measured); // q = 1, 2, 3, 5 at u = 1/8, 3/8, 5/8, 7/8
  const theta = 2 / Math.log(3);

  it('passes through every knot, continuously', () => {
    const q = [1, 2, 3, 5];
    q.forEach((qi, i) => {
      const u = (i + 0.5) / 4;
      expect(d.quantile(u)).toBeCloseTo(qi, 13);
      expect(d.quantile(u - 1e-12)).toBeCloseTo(qi, 9);
      expect(d.quantile(u + 1e-12)).toBeCloseTo(qi, 9);
      expect(d.cdf(qi)).toBeCloseTo(u, 13);
    });
    expect(d.quantile(0.5)).toBeCloseTo(2.5, 13); // linear between the knots
  });

  it('has the linear lower tail from L = max(0, q₁ − (q₂ − q₁)/2)', () => {
    expect(d.quantile(0)).toBe(0.5);
    expect(d.quantile(1 / 16)).toBeCloseTo(0.75, 13);
    expect(d.cdf(0.49)).toBe(0);
    expect(makeDistribution({ family: 'quantiles', q: [1, 5] }).quantile(0)).toBe(0); // 1 − 2 clamps at 0
  });

  it('has the exponential upper tail through the last two knots', () => {
    // F⁻¹(u) = 5 + θ ln(1/(8(1 − u))), θ = (5 − 3)/ln 3; at 8(1 − u) = 1/e it is 5 + θ.
    expect(d.quantileUpper(1 / (8 * Math.E))).toBeCloseTo(5 + theta, 12);
    expect(d.quantileUpper(3 / 8)).toBeCloseTo(3, 12);
    expect(d.survival(5 + 3 * theta)).toBeCloseTo(Math.exp(-3) / 8, 15);
    expect(d.pdf(5 + theta)).toBeCloseTo(Math.exp(-1) / (8 * theta), 14);
  });

  it('turns tied quantiles into atoms, with density 0', () => {
    const t = makeDistribution({ family: 'quantiles', q: [1, 2, 2, 3] });
    expect(t.quantile(0.4)).toBe(2);
    expect(t.quantile(0.6)).toBe(2);
    expect(t.cdf(2)).toBeCloseTo(5 / 8, 14);
    expect(t.cdf(2 - 1e-9)).toBeCloseTo(3 / 8, 7);
    expect(Number.isFinite(t.pdf(2))).toBe(true);
    const flatTail = makeDistribution({ family: 'quantiles', q: [1, 4, 4] });
    expect(flatTail.quantileUpper(1e-9)).toBe(4);
    expect((flatTail as MeasuredQuantiles).theta).toBe(0);
  });

  it('with one value is a point mass (that still consumes one uniform per draw)', () => {
    const one = makeDistribution({ family: 'quantiles', q: [2.5] });
    const r1 = rngFor(5, 'one');
    const r2 = rngFor(5, 'one');
    expect(one.sample(r1)).toBe(2.5);
    r2.uniform();
    expect(r1.uniform()).toBe(r2.uniform());
    expect(one.cdf(2.4)).toBe(0);
    expect(one.cdf(2.5)).toBe(1);
  });
});

describe('samplers', () => {
  it.each(all.map((s) => [makeDistribution(s).label, s]))(
    'sampleInto = repeated sample, bit for bit: %s',
    (_l, spec) => {
      const d = makeDistribution(spec as DistSpec);
      const a = rngFor(7, 'into');
      const b = rngFor(7, 'into');
      const out = new Float64Array(1001);
      d.sampleInto(a, out, 1001);
      for (let i = 0; i < 1001; i++) expect(out[i]).toBe(d.sample(b));
      expect(a.uniform()).toBe(b.uniform()); // same number of rng calls
    },
  );

  // The samplers are part of the link format (DESIGN.md): each draw is the README's formula applied
  // to the generator's stream, restated here independently of the sampler code.
  const formulas: [string, DistSpec, (r: Rng) => number][] = [
    ['exp(2)', exp2, (r) => -Math.log(r.uniform()) / 2],
    ['shexp(1,1)', shexp, (r) => 1 - Math.log(r.uniform())],
    ['pareto(2,1)', pareto21, (r) => r.uniform() ** -0.5],
    ['pareto(1.5,2)', { family: 'pareto', shape: 1.5, scale: 2 }, (r) => 2 * r.uniform() ** (-1 / 1.5)],
    ['uniform(1,3)', uniform13, (r) => 1 + 2 * r.uniform()],
    ['lognormal(0.3,0.8)', lognormal, (r) => Math.exp(0.3 + 0.8 * r.normal())],
    ['weibull(0.5,1)', weibullHalf, (r) => (-Math.log(r.uniform())) ** 2],
    ['det(3)', det3, () => 3],
  ];
  it.each(formulas)('draws of %s follow the documented formula (to 1e-14 relative)', (_n, spec, formula) => {
    const d = makeDistribution(spec);
    const rng = rngFor(1, 'golden');
    const ref = rngFor(1, 'golden');
    for (let i = 0; i < 50; i++) {
      const want = formula(ref);
      expect(Math.abs(d.sample(rng) - want)).toBeLessThanOrEqual(1e-14 * want);
    }
  });

  it('det consumes no random numbers; exp, Pareto, mix-choice one uniform each', () => {
    const a = rngFor(3, 'calls');
    const b = rngFor(3, 'calls');
    makeDistribution(det3).sample(a);
    expect(a.uniform()).toBe(b.uniform());
    const u = b.uniform();
    expect(makeDistribution(exp2).sample(a)).toBe(-ln(u) / 2);
    const v = b.uniform();
    expect(makeDistribution({ family: 'pareto', shape: 1.5, scale: 2 }).sample(a)).toBe(
      2 * exp((-1 / 1.5) * ln(v)),
    );
    // mix: one uniform decides (0.3 < 0.5 → first), then the component draws.
    const c = rngFor(3, 'mix');
    const e = rngFor(3, 'mix');
    const choice = e.uniform();
    const draw = makeDistribution({ family: 'mix', p: 0.5, first: det3, second: exp2 }).sample(c);
    expect(draw).toBe(choice < 0.5 ? 3 : -ln(e.uniform()) / 2);
  });

  const N = 200_000;
  it.each(all.map((s) => [makeDistribution(s).label, s]))(
    'sample mean within 4 standard errors, empirical cdf within 4 s.e. at the quartiles: %s',
    (_l, spec) => {
      const d = makeDistribution(spec as DistSpec);
      const rng = rngFor(11, `mean:${d.label}`);
      const out = new Float64Array(N);
      d.sampleInto(rng, out, N);
      let sum = 0;
      for (const x of out) sum += x;
      if (Number.isFinite(d.variance)) {
        const se = Math.sqrt(d.variance / N);
        expect(Math.abs(sum / N - d.mean)).toBeLessThanOrEqual(4 * se + 1e-12);
      }
      if (spec.family === 'det') return;
      for (const u of [0.25, 0.5, 0.75]) {
        const x = d.quantile(u);
        let below = 0;
        for (const y of out) if (y <= x) below++;
        const p = d.cdf(x);
        expect(Math.abs(below / N - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / N));
      }
    },
  );

  it('Pareto(2,1) (infinite variance): the median and the tail frequency match', () => {
    const d = makeDistribution(pareto21);
    const rng = rngFor(12, 'pareto-tail');
    const out = new Float64Array(N);
    d.sampleInto(rng, out, N);
    let tail = 0;
    for (const x of out) if (x > 10) tail++;
    const p = 0.01; // (1/10)²
    expect(Math.abs(tail / N - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / N));
  });
});

describe('invertMonotone', () => {
  it('finds the smallest x with f(x) ≥ 0 to the last bit, on smooth and stepped functions', () => {
    expect(invertMonotone(1, 1e10, (x) => Math.log(x) - Math.log(12345.678))).toBeCloseTo(12345.678, 9);
    expect(invertMonotone(0, 10, (x) => x * x - 2)).toBe(Math.SQRT2);
    expect(invertMonotone(1, 5, (x) => (x >= 3 ? 1 : -1))).toBe(3);
    expect(invertMonotone(2, 5, () => 0)).toBe(2); // the lower end already satisfies f ≥ 0
    expect(
      invertMonotone(1, 4, (x) => (x > 2 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY)),
    ).toBeCloseTo(2, 14);
  });
});
