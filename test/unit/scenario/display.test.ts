import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLink, parseLinkForPage, serializeLink } from '../../../src/scenario/codec';
import { NO_DISPLAY } from '../../../src/scenario/display';
import { paramsOf } from '../../../src/scenario/views';

describe('display parameters (embed, present, predict, controls)', () => {
  it('reads them, writes them back in a fixed place (after the parameters, before the seed), and never changes a number', () => {
    const r = parseLinkForPage(
      '?v=1&view=minibatch&controls=M,bmax,seed&predict=1&M=0,10&present=1&embed=1&seed=3',
    );
    expect(r.notices).toEqual([]);
    expect(r.display).toEqual({
      ...NO_DISPLAY,
      embed: 'main',
      present: true,
      predict: true,
      controls: ['M', 'bmax', 'seed'],
    });
    expect(serializeLink(r.view, r.scenario, r.display)).toBe(
      '?v=1&view=minibatch&M=0,10&embed=1&present=1&predict=1&controls=M,bmax,seed&seed=3',
    );
    const plain = parseLinkForPage('?v=1&view=minibatch&M=0,10&seed=3');
    expect(r.scenario).toEqual(plain.scenario);
    expect(plain.display).toEqual(NO_DISPLAY);
  });

  it('says what it could not use, in words', () => {
    const r = parseLinkForPage(
      '?v=1&view=speedup&embed=<b>&present=yes&predict=2&controls=M,gamma,Bmax&seed=1',
    );
    expect(r.display).toEqual({ ...NO_DISPLAY, controls: ['M'] });
    expect(r.notices.join(' ')).toContain('embed="<b>" is not a chart id');
    expect(r.notices.join(' ')).toContain('present="yes" must be 1 or 0');
    expect(r.notices.join(' ')).toContain('predict="2" must be 1 or 0');
    expect(r.notices.join(' ')).toContain('controls: "gamma" is not a parameter of this view');
    expect(r.notices.join(' ')).toContain('controls: "Bmax" is not a parameter of this view');
  });

  it('round-trips any display over any view without notices', () => {
    const views = ['speedup', 'minibatch', 'async', 'runtime', 'kvariants', 'race'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...views),
        fc.option(fc.constantFrom('main', 'steps-vs-b', 'who-wins'), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.uniqueArray(fc.constantFrom('seed', 'M'), { minLength: 0, maxLength: 2 }), {
          nil: null,
        }),
        (view, embed, present, predict, controls) => {
          const base = parseLink(`?v=1&view=${view}&seed=2`);
          if (!base.ok) throw new Error('default link must parse');
          const names = [...Object.keys(paramsOf(view)), 'seed'];
          const display = {
            embed,
            present,
            predict,
            controls: controls ? controls.filter((c) => names.includes(c)) : null,
            deck: null,
            slide: 0,
          };
          const link = serializeLink(view, base.scenario, display);
          const back = parseLink(link);
          if (!back.ok) throw new Error(link);
          expect(back.notices).toEqual([]);
          expect(back.display).toEqual(display);
          expect(serializeLink(view, back.scenario, back.display)).toBe(link);
        },
      ),
      { numRuns: 300 },
    );
  });
});
