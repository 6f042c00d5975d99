// How a link is shown, not what it computes (DESIGN.md: `embed`, `present`, `controls`):
//  - `embed`: a single chart without the page around it, for an iframe — a chart id, or `1` for the
//    view's main (first) chart;
//  - `present=1`: presentation mode (large type, high contrast) for a projector;
//  - `predict=1`: "predict first": the main chart's data stay hidden until the reader has guessed
//    where the curve bends and pressed Reveal;
//  - `controls`: an allow-list of the controls to show, so a teacher can hand out a link with only the
//    sliders that matter (an allow-list: controls added later do not appear in old links);
//  - `deck` and `slide`: a lecture deck (scenario/deck.ts) and which of its slides is on screen.
// None of them changes a number: the CLI reads and ignores them, and the numbers stay the link's.

import { type Deck, decodeDeck, encodeDeck, readSlideNumber } from './deck';
import { quote, splitTopLevel } from './params';

export interface Display {
  /** A chart id, `main` for `embed=1`, or null. */
  embed: string | null;
  present: boolean;
  /** Predict first: hide the answer until the reader guesses and reveals. */
  predict: boolean;
  /** Parameter names to show, in the link's order; null shows every control. */
  controls: string[] | null;
  /** A lecture deck this link is a slide of (presentation mode), or null. */
  deck: Deck | null;
  /** Which slide of `deck` is on screen, 1…n (0 without a deck). */
  slide: number;
}

export const NO_DISPLAY: Display = {
  embed: null,
  present: false,
  predict: false,
  controls: null,
  deck: null,
  slide: 0,
};

export const DISPLAY_NAMES = ['embed', 'present', 'predict', 'controls', 'deck', 'slide'] as const;

const CHART_ID = /^[a-z0-9][a-z0-9.-]*$/;

/** Reads (and removes) an on/off flag: `1` is on, `0` or absent is off, anything else a notice. */
function readFlag(raw: Map<string, string>, name: string, notices: string[]): boolean {
  const value = raw.get(name);
  raw.delete(name);
  if (value === undefined) return false;
  const v = value.trim();
  if (v === '1') return true;
  if (v !== '0') notices.push(`${name}=${quote(value)} must be 1 or 0; ignored.`);
  return false;
}

/**
 * Reads (and removes) the display parameters from the link's raw values; `names` are the view's
 * parameters (and `seed`), which `controls` may list.
 */
export function parseDisplay(raw: Map<string, string>, names: readonly string[], notices: string[]): Display {
  const d: Display = { ...NO_DISPLAY };
  const embed = raw.get('embed');
  raw.delete('embed');
  if (embed !== undefined) {
    const e = embed.trim().toLowerCase();
    if (e === '1' || e === 'main') d.embed = 'main';
    else if (e === '0' || e === '') d.embed = null;
    else if (CHART_ID.test(e)) d.embed = e;
    else notices.push(`embed=${quote(embed)} is not a chart id (e.g. embed=1 for the main chart); ignored.`);
  }
  d.present = readFlag(raw, 'present', notices);
  d.predict = readFlag(raw, 'predict', notices);
  const controls = raw.get('controls');
  raw.delete('controls');
  if (controls !== undefined) {
    const out: string[] = [];
    const items = splitTopLevel(controls);
    for (const item of items) {
      if (!names.includes(item))
        notices.push(`controls: ${quote(item)} is not a parameter of this view; dropped.`);
      else if (!out.includes(item)) out.push(item);
    }
    // A list of nothing but junk must not hide every control: it is ignored (`controls=` alone still hides them).
    if (out.length === 0 && items.length > 0)
      notices.push('controls: none of the listed controls is a parameter of this view; showing them all.');
    else d.controls = out;
  }
  const deck = raw.get('deck');
  const slide = raw.get('slide');
  raw.delete('deck');
  raw.delete('slide');
  if (deck !== undefined && deck.trim() !== '') {
    d.deck = decodeDeck(deck, notices);
    // A deck is shown on the stage: its link opens presentation mode.
    if (d.deck) {
      d.present = true;
      d.slide = readSlideNumber(slide, d.deck.slides.length, notices);
    } else if (slide !== undefined) notices.push(`slide=${quote(slide)} without a usable deck; ignored.`);
  } else {
    if (deck !== undefined) notices.push('deck= is empty: no deck; ignored.');
    if (slide !== undefined) notices.push(`slide=${quote(slide)} without a deck; ignored.`);
  }
  return d;
}

/** The display parameters' link text, in a fixed order (empty when the display is the default). */
export function formatDisplay(d: Display): string[] {
  const parts: string[] = [];
  if (d.embed) parts.push(`embed=${d.embed === 'main' ? '1' : d.embed}`);
  if (d.present) parts.push('present=1');
  if (d.predict) parts.push('predict=1');
  if (d.controls) parts.push(`controls=${d.controls.join(',')}`);
  if (d.deck) parts.push(`deck=${encodeDeck(d.deck)}`, `slide=${d.slide}`);
  return parts;
}
