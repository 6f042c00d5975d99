import { describe, expect, it } from 'vitest';
import { parseLink, serializeLink } from '../../../src/scenario/codec';
import {
  type Deck,
  deckFile,
  decodeDeck,
  defaultDeck,
  encodeDeck,
  presetSlide,
  readDeckFile,
} from '../../../src/scenario/deck';
import { NO_DISPLAY } from '../../../src/scenario/display';
import { PRESETS } from '../../../src/scenario/presets';

const own: Deck = {
  title: 'Lecture 7 — parallel SGD, ünïcode',
  slides: [
    presetSlide(PRESETS[3]),
    {
      link: '?v=1&view=speedup&M=10,1000&seed=1',
      chart: 'lr-summed-vs-b',
      title: 'Two curves',
      note: 'Where will the M = 1000 curve bend?',
    },
    { link: '?v=1&view=race&seed=2', note: 'Who wins?' },
  ],
};

describe('deck link form', () => {
  it('round-trips, canonically, in URL-safe characters', () => {
    const text = encodeDeck(own);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const notices: string[] = [];
    const back = decodeDeck(text, notices);
    expect(notices).toEqual([]);
    expect(back).toEqual(own);
    expect(encodeDeck(back!)).toBe(text);
  });

  it('writes a preset as @id: the gallery deck is short', () => {
    const text = encodeDeck(defaultDeck());
    expect(text.length).toBeLessThan(700);
    expect(decodeDeck(text, [])).toEqual(defaultDeck());
  });

  it.each([
    ['2.abc', /not a deck this app reads/],
    ['nonsense', /not a deck this app reads/],
    ['1.!!!', /damaged/],
    ['1.eyJ0', /damaged/],
  ])('rejects %s with a notice', (value, message) => {
    const notices: string[] = [];
    expect(decodeDeck(value, notices)).toBeNull();
    expect(notices.join(' ')).toMatch(message);
  });

  it('drops slides without a usable link, keeps the rest, says which', () => {
    const json = JSON.stringify([
      'T',
      [['@no-such-preset'], [''], ['view=speedup&seed=1'], ['seed=1'], ['view=race', 'BAD ID']],
    ]);
    const value = `1.${Buffer.from(json).toString('base64url')}`;
    const notices: string[] = [];
    const deck = decodeDeck(value, notices);
    expect(deck?.slides).toEqual([{ link: '?v=1&view=speedup&seed=1' }, { link: '?v=1&view=race' }]);
    expect(notices).toEqual([
      expect.stringMatching(/slide 1 names no preset/),
      expect.stringMatching(/slide 2 has no link/),
      expect.stringMatching(/slide 4's link "seed=1" names no view/),
      expect.stringMatching(/slide 5's chart "BAD ID" is not a chart id/),
    ]);
  });
});

describe('deck in a link (deck=, slide=)', () => {
  const link = serializeLink('async', parseLinkOk(PRESETS[3].link).scenario, {
    ...NO_DISPLAY,
    present: true,
    deck: own,
    slide: 1,
  });

  it('opens presentation mode at the slide, and writes itself back unchanged', () => {
    const r = parseLinkOk(link);
    expect(r.notices).toEqual([]);
    expect(r.display.present).toBe(true);
    expect(r.display.slide).toBe(1);
    expect(r.display.deck).toEqual(own);
    expect(serializeLink(r.view, r.scenario, r.display)).toBe(link);
  });

  it('changes no number: the scenario is the one of the link without the deck', () => {
    expect(parseLinkOk(link).scenario).toEqual(parseLinkOk(PRESETS[3].link).scenario);
  });

  it('a slide number outside the deck is slide 1, with a notice', () => {
    const r = parseLinkOk(link.replace('slide=1', 'slide=9'));
    expect(r.display.slide).toBe(1);
    expect(r.notices).toEqual([expect.stringMatching(/slide="9" is not a slide of this deck \(1 to 3\)/)]);
  });

  it('a slide whose link does not open is dropped; a repaired one says so', () => {
    const deck: Deck = {
      title: '',
      slides: [{ link: '?v=1&view=nope&seed=1' }, { link: '?v=1&view=speedup&M=abc&seed=1' }],
    };
    const r = parseLinkOk(`?v=1&view=speedup&deck=${encodeDeck(deck)}&slide=2&seed=1`);
    expect(r.display.deck?.slides.map((s) => s.link)).toEqual(['?v=1&view=speedup&seed=1']);
    expect(r.display.slide).toBe(1);
    expect(r.notices.join('\n')).toMatch(/slide 1's link does not open/);
    expect(r.notices.join('\n')).toMatch(/slide 2's link was repaired/);
  });

  it('slide= without a deck is a notice', () => {
    expect(parseLinkOk('?v=1&view=speedup&slide=2&seed=1').notices).toEqual([
      expect.stringMatching(/slide="2" without a deck/),
    ]);
  });
});

describe('deck file', () => {
  it('round-trips', () => {
    const notices: string[] = [];
    expect(readDeckFile(deckFile(own), notices)).toEqual(own);
    expect(notices).toEqual([]);
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"other"}', /not a deck of this app/],
    ['{"format":"parallel-sgd-explorer-deck","version":2,"slides":[]}', /version "2"/],
    ['{"format":"parallel-sgd-explorer-deck","version":1,"slides":[]}', /none of its slides/],
  ])('refuses %s with a reason', (content, message) => {
    const notices: string[] = [];
    expect(readDeckFile(content, notices)).toBeNull();
    expect(notices.join(' ')).toMatch(message);
  });
});

function parseLinkOk(link: string) {
  const r = parseLink(link);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('predict first as a step of a deck', () => {
  it('travels in the link form and the file form', () => {
    const deck: Deck = {
      title: '',
      slides: [{ link: '?v=1&view=speedup&seed=1', predict: true, note: 'Where?' }],
    };
    expect(decodeDeck(encodeDeck(deck), [])).toEqual(deck);
    expect(readDeckFile(deckFile(deck), [])).toEqual(deck);
  });
});
