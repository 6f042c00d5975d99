import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseLink, parseLinkForPage, serializeLink } from '../../../src/scenario/codec';
import { paramsOf, VIEW_NAMES } from '../../../src/scenario/views';
import { validScenario } from './arbitraries';

const ITEMS = [
  'exp(1)',
  'shexp(1,1)',
  'pareto(2,1)',
  'lognormal(0,1)',
  'mix(0.95,det(1),det(10))',
  'uniform(0.5,1.5)',
];

describe('share-link codec', () => {
  it('writes defaults as the shortest link: version, view, seed', () => {
    expect(serializeLink('speedup', defaultScenario('speedup'))).toBe('?v=1&view=speedup&seed=1');
    expect(serializeLink('runtime', defaultScenario('runtime'))).toBe('?v=1&view=runtime&seed=1');
  });

  it('writes only non-default values, in schema order, with commas and parentheses literal and seed last', () => {
    const s = {
      ...defaultScenario('runtime'),
      seed: 7,
      P: 40,
      dist: ['pareto(2,1)', 'mix(0.9,exp(1),det(5))'],
    };
    expect(serializeLink('runtime', s)).toBe(
      '?v=1&view=runtime&dist=pareto(2,1),mix(0.9,exp(1),det(5))&P=40&seed=7',
    );
  });

  for (const view of VIEW_NAMES) {
    it(`round-trips every valid ${view} scenario: parse(serialize(s)) = s, without notices`, () => {
      fc.assert(
        fc.property(validScenario(view, ITEMS), (s) => {
          const link = serializeLink(view, s);
          const r = parseLink(link);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.view).toBe(view);
          expect(r.notices).toEqual([]);
          expect(r.scenario).toEqual(s);
          expect(link).toMatch(/^\?v=1&view=[a-z]+(&[A-Za-z0-9]+=[^&]*)*&seed=\d+$/);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('never throws on any string, and always yields a valid scenario for the page', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'v',
              'view',
              'M',
              'sigma2',
              'eps',
              'bmax',
              'plot',
              'dist',
              'Pmax',
              'P',
              'seed',
              'x',
              '',
            ),
            fc.oneof(
              fc.string({ maxLength: 30 }),
              fc.constantFrom('%', '%E0%A4%A', '1e999', '-5', 'NaN', 'speedup', 'runtime'),
            ),
          ),
          { maxLength: 12 },
        )
        .map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const r = parseLinkForPage(text);
        const specs = paramsOf(r.view);
        for (const [name, spec] of Object.entries(specs)) {
          const value = (r.scenario as Record<string, unknown>)[name];
          // The value survives its own parser unchanged: it is valid and canonical.
          const again = spec.parse((spec.format as (v: unknown) => string)(value), name);
          expect(again.notices).toEqual([]);
          expect(again.value).toEqual(value);
        }
        expect(Number.isInteger(r.scenario.seed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every repair in words', () => {
    const r = parseLink('?v=1&view=speedup&M=-5,10,abc,10&eps=0&bmax=99&plot=pie&zzz=1&seed=1.5');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).toMatchObject({ M: [0, 10], eps: 1e-12, bmax: 30, plot: 'speedup', seed: 2 });
    const text = r.notices.join('\n');
    for (const needle of ['"-5"', '"abc"', 'twice', 'eps', 'bmax', 'pie', 'zzz', 'seed'])
      expect(text).toContain(needle);
  });

  it('has nothing to run without a view or with an unknown version, and the page falls back with a notice', () => {
    expect(parseLink('this is not a link at all <script>').ok).toBe(false);
    expect(parseLink('?v=1&view=nosuchview').ok).toBe(false);
    expect(parseLink('?v=999&view=speedup').ok).toBe(false);
    const page = parseLinkForPage('?v=1&view=nosuchview');
    expect(page.view).toBe('speedup');
    expect(page.notices.join(' ')).toContain('nosuchview');
  });

  it('reads a missing version as the current one, with a notice', () => {
    const r = parseLink('?view=speedup&M=3');
    expect(r.ok && r.scenario).toMatchObject({ M: [3] });
    expect(r.notices.join(' ')).toContain('no version');
  });

  it('accepts a whole URL, percent-encoding and a fragment', () => {
    const r = parseLink('https://example.org/x/?v=1&view=runtime&dist=exp(2)%2Cpareto(3%2C1)&seed=4#top');
    expect(r.ok && r.scenario).toMatchObject({ dist: ['exp(2)', 'pareto(3,1)'], seed: 4 });
  });
});
