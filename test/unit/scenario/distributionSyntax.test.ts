import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistSpec } from '../../../src/engine/distributions/spec';
import {
  canonicalDist,
  describeDist,
  formatDist,
  MAX_QUANTILES,
  measuredToQuantiles,
  parseDist,
} from '../../../src/scenario/distributionSyntax';

describe('parseDist: valid text', () => {
  const cases: [string, DistSpec, string][] = [
    ['exp(1)', { family: 'exp', rate: 1 }, 'exp(1)'],
    ['shexp(1,1)', { family: 'shexp', shift: 1, rate: 1 }, 'shexp(1,1)'],
    ['pareto(2,1)', { family: 'pareto', shape: 2, scale: 1 }, 'pareto(2,1)'],
    ['uniform(0.5,2)', { family: 'uniform', a: 0.5, b: 2 }, 'uniform(0.5,2)'],
    ['lognormal(-1,0.5)', { family: 'lognormal', mu: -1, sigma: 0.5 }, 'lognormal(-1,0.5)'],
    ['weibull(0.5,2)', { family: 'weibull', shape: 0.5, scale: 2 }, 'weibull(0.5,2)'],
    ['det(3)', { family: 'det', value: 3 }, 'det(3)'],
    ['quantiles(1,2,3.5)', { family: 'quantiles', q: [1, 2, 3.5] }, 'quantiles(1,2,3.5)'],
    [
      'mix(0.25,exp(1),pareto(2,1))',
      {
        family: 'mix',
        p: 0.25,
        first: { family: 'exp', rate: 1 },
        second: { family: 'pareto', shape: 2, scale: 1 },
      },
      'mix(0.25,exp(1),pareto(2,1))',
    ],
    [' EXP ( 2.50 ) ', { family: 'exp', rate: 2.5 }, 'exp(2.5)'],
    [
      'Mix( 0.5 , Det(1) , ShExp( 1 , 1e0 ) )',
      {
        family: 'mix',
        p: 0.5,
        first: { family: 'det', value: 1 },
        second: { family: 'shexp', shift: 1, rate: 1 },
      },
      'mix(0.5,det(1),shexp(1,1))',
    ],
    ['pareto(+2,.5)', { family: 'pareto', shape: 2, scale: 0.5 }, 'pareto(2,0.5)'],
    ['shexp(-0,1)', { family: 'shexp', shift: 0, rate: 1 }, 'shexp(0,1)'],
  ];
  it.each(cases)('%s', (text, spec, canonical) => {
    const r = parseDist(text);
    expect(r.notices).toEqual([]);
    expect(r.value).toEqual(spec);
    expect(formatDist(r.value as DistSpec)).toBe(canonical);
    expect(canonicalDist(text)).toEqual({ value: canonical, notices: [] });
  });

  it('reads −0 as 0', () => {
    const r = parseDist('shexp(-0,1)').value as { shift: number };
    expect(Object.is(r.shift, 0)).toBe(true);
  });

  it('allows mix nested 3 deep, not 4', () => {
    const three = 'mix(0.5,mix(0.5,mix(0.5,exp(1),exp(2)),exp(3)),exp(4))';
    expect(parseDist(three).value).not.toBeNull();
    const four = 'mix(0.5,mix(0.5,mix(0.5,mix(0.5,exp(1),exp(2)),exp(3)),exp(4)),exp(5))';
    const r = parseDist(four);
    expect(r.value).toBeNull();
    expect(r.notices.join(' ')).toMatch(/nested at most 3/);
  });
});

describe('parseDist: repairs with a notice', () => {
  const cases: [string, string, RegExp][] = [
    ['exp(0)', 'exp(0.000001)', /rate must be > 0/],
    ['exp(-3)', 'exp(0.000001)', /rate/],
    ['exp(1e9)', 'exp(1000000)', /at most 1000000/],
    ['pareto(0.01,1)', 'pareto(0.1,1)', /shape must be at least 0.1/],
    ['uniform(3,1)', 'uniform(1,3)', /a ≤ b; swapped/],
    ['det(0)', 'det(0.000001)', /value must be > 0/],
    ['mix(1.5,exp(1),det(2))', 'mix(1,exp(1),det(2))', /p must be at most 1/],
    ['lognormal(0,0)', 'lognormal(0,0.000001)', /sigma/],
    ['quantiles(3,1,2)', 'quantiles(1,2,3)', /increasing order; sorted/],
    ['quantiles(-1,2)', 'quantiles(0,2)', /quantile must be at least 0/],
  ];
  it.each(cases)('%s → %s', (text, canonical, notice) => {
    const r = canonicalDist(text);
    expect(r.value).toBe(canonical);
    expect(r.notices.length).toBeGreaterThan(0);
    expect(r.notices.join(' ')).toMatch(notice);
  });

  it('summarises more than 64 quantiles into 64, keeps exactly 64 as given', () => {
    const many = Array.from({ length: 100 }, (_, i) => i + 1);
    const r = parseDist(`quantiles(${many.join(',')})`);
    expect(r.value?.family).toBe('quantiles');
    expect((r.value as { q: number[] }).q).toHaveLength(MAX_QUANTILES);
    expect(r.notices.join(' ')).toMatch(/at most 64/);
    const exact = Array.from({ length: 64 }, (_, i) => i / 10);
    exact[0] = 0.05;
    const r64 = parseDist(`quantiles(${exact.join(',')})`);
    expect(r64.notices).toEqual([]);
    expect((r64.value as { q: number[] }).q).toEqual(exact);
  });
});

describe('parseDist: rejects with a notice', () => {
  it.each([
    '',
    'exp',
    'exp(',
    'exp(1',
    'exp(1))',
    'exp)1(',
    'exp()',
    'exp(,1)',
    'exp(1,2)',
    'exp(a)',
    'exp(0x10)',
    'exp(Infinity)',
    'exp(1e999)',
    'exp(NaN)',
    'erlang(2,1)',
    'constructor(1)',
    '__proto__(1)',
    'pareto(2)',
    'mix(0.5,exp(1))',
    'mix(0.5,exp(1),foo(2))',
    'mix(x,exp(1),exp(2))',
    'uniform(0,0)',
    'quantiles()',
    'quantiles(0,0)',
    'quantiles(1,,2)',
    'x'.repeat(5000),
  ])('%s', (text) => {
    const r = parseDist(text);
    expect(r.value).toBeNull();
    expect(r.notices.length).toBeGreaterThan(0);
    for (const n of r.notices) expect(n.length).toBeLessThan(300); // hostile input is quoted clipped
  });
});

describe('describeDist', () => {
  it('states the parameterisation and the mean in words', () => {
    expect(describeDist({ family: 'shexp', shift: 1, rate: 1 })).toBe(
      'shifted exponential: 1 + exp(rate 1), mean 2',
    );
    expect(describeDist({ family: 'exp', rate: 2 })).toBe('exponential with rate 2, mean 0.5');
    const pareto = describeDist({ family: 'pareto', shape: 2, scale: 1 });
    expect(pareto).toContain('shape α 2');
    expect(pareto).toContain('mean 2, infinite variance');
    expect(describeDist({ family: 'pareto', shape: 0.5, scale: 1 })).toContain('mean infinite');
    expect(describeDist({ family: 'lognormal', mu: 0, sigma: 1 })).toContain('mean 1.6487');
    expect(
      describeDist({
        family: 'mix',
        p: 0.5,
        first: { family: 'det', value: 1 },
        second: { family: 'exp', rate: 1 },
      }),
    ).toBe(
      'mixture: with probability 0.5 deterministic: always 1, otherwise exponential with rate 1, mean 1',
    );
    expect(describeDist({ family: 'quantiles', q: [1, 2, 3] })).toMatch(/^measured: 3 quantiles from 1 to 3/);
    expect(describeDist({ family: 'exp', rate: -1 })).toContain('invalid');
  });
});

describe('measuredToQuantiles', () => {
  it('takes type-7 sample quantiles at levels (i − ½)/n', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    // u = 1/8: h = 99/8 = 12.375 → 13 + 0.375; u = 3/8: h = 37.125 → 38.125; …
    expect(measuredToQuantiles(samples, 4)).toEqual([13.375, 38.125, 62.875, 87.625]);
    expect(measuredToQuantiles([5], 64)).toEqual([5]);
    const capped = measuredToQuantiles([3, 1, 2], 64); // n capped at 3 samples; h = 2u at u = 1/6, 1/2, 5/6
    expect(capped).toHaveLength(3);
    for (const [i, x] of [4 / 3, 2, 8 / 3].entries()) expect(capped[i]).toBeCloseTo(x, 14);
  });

  it('ignores non-finite and negative entries, rounds on request, and throws on no data', () => {
    expect(measuredToQuantiles([1, Number.NaN, -2, 2, Number.POSITIVE_INFINITY], 2)).toEqual([1.25, 1.75]);
    expect(measuredToQuantiles([1.23456, 2.34567], 1, 3)).toEqual([1.79]);
    expect(() => measuredToQuantiles([Number.NaN])).toThrow(RangeError);
  });

  it('its output parses as a quantiles distribution', () => {
    const q = measuredToQuantiles(
      Array.from({ length: 1000 }, (_, i) => -Math.log((i + 0.5) / 1000)),
      64,
      6,
    );
    const r = parseDist(`quantiles(${q.join(',')})`);
    expect(r.notices).toEqual([]);
    expect(r.value).toEqual({ family: 'quantiles', q });
  });
});

// ---- properties -------------------------------------------------------------------------------

const finiteIn = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

const leaf: fc.Arbitrary<DistSpec> = fc.oneof(
  finiteIn(1e-6, 1e6).map((rate): DistSpec => ({ family: 'exp', rate })),
  fc
    .tuple(finiteIn(0, 1e6), finiteIn(1e-6, 1e6))
    .map(([shift, rate]): DistSpec => ({ family: 'shexp', shift, rate })),
  fc
    .tuple(finiteIn(0.1, 1e6), finiteIn(1e-6, 1e6))
    .map(([shape, scale]): DistSpec => ({ family: 'pareto', shape, scale })),
  fc
    .tuple(finiteIn(0, 1e6), finiteIn(1e-6, 1e6))
    .map(([x, y]): DistSpec => ({ family: 'uniform', a: Math.min(x, y), b: Math.max(x, y) })),
  fc
    .tuple(finiteIn(-20, 20), finiteIn(1e-6, 10))
    .map(([mu, sigma]): DistSpec => ({ family: 'lognormal', mu, sigma })),
  fc
    .tuple(finiteIn(0.1, 1000), finiteIn(1e-6, 1e6))
    .map(([shape, scale]): DistSpec => ({ family: 'weibull', shape, scale })),
  finiteIn(1e-6, 1e6).map((value): DistSpec => ({ family: 'det', value })),
  fc
    .array(finiteIn(0, 1e6), { minLength: 1, maxLength: 64 })
    .filter((q) => Math.max(...q) > 0)
    .map((q): DistSpec => ({ family: 'quantiles', q: [...q].sort((a, b) => a - b) })),
);

const spec: fc.Arbitrary<DistSpec> = fc.letrec<{ dist: DistSpec }>((tie) => ({
  dist: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(finiteIn(0, 1), tie('dist'), tie('dist'))
      .map(([p, first, second]): DistSpec => ({ family: 'mix', p, first, second })),
  ),
})).dist;

function mixDepth(s: DistSpec): number {
  return s.family === 'mix' ? 1 + Math.max(mixDepth(s.first), mixDepth(s.second)) : 0;
}

/** Strings built from the syntax's own alphabet reach far deeper into the parser than random text. */
const syntaxish = fc
  .array(
    fc.constantFrom(
      ...'exp shexp pareto uniform lognormal weibull det mix quantiles EXP ( ) , 0 1 2.5 - + e . 1e-7 1e9 0.5 x )('.split(
        ' ',
      ),
      ' ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('a valid spec reads back from its text: formatDist(parseDist(formatDist(s))) = formatDist(s), no notices', () => {
    fc.assert(
      fc.property(spec, (s) => {
        fc.pre(mixDepth(s) <= 3);
        const text = formatDist(s);
        const r = parseDist(text);
        expect(r.notices).toEqual([]);
        expect(r.value).toEqual(s);
        expect(formatDist(r.value as DistSpec)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('parseDist never throws, and whatever it accepts is canonical after one format', () => {
    const check = (text: string) => {
      const r = parseDist(text);
      expect(Array.isArray(r.notices)).toBe(true);
      if (r.value === null) {
        expect(r.notices.length).toBeGreaterThan(0);
        return;
      }
      const canonical = formatDist(r.value);
      const again = parseDist(canonical);
      expect(again.notices).toEqual([]);
      expect(formatDist(again.value as DistSpec)).toBe(canonical);
      expect(canonicalDist(canonical).value).toBe(canonical);
    };
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), check), { numRuns: 300 });
    fc.assert(fc.property(syntaxish, check), { numRuns: 3000 });
    fc.assert(
      fc.property(spec, fc.nat(), fc.nat(), (s, i, j) => {
        // Mutate a valid text: drop a character and duplicate another.
        const t = formatDist(s);
        const k = i % Math.max(1, t.length);
        check(t.slice(0, k) + t.slice(k + 1) + t.charAt(j % Math.max(1, t.length)));
      }),
      { numRuns: 1000 },
    );
  });
});
