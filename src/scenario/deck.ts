// A lecture deck: slides in order, each a share link, the chart to put on the stage, a title and a
// note or question to the room. The gallery's presets are the default deck.
//
// In a link the deck travels as `deck=1.<base64url>`: the version, then the UTF-8 bytes of a compact
// JSON array `[title, [slide…]]`, each slide `[link, chart, title, note, predict]` with trailing empties
// dropped, a preset's link written `@id` and every other link without its leading `?v=1&`. base64url
// needs no percent-encoding, so a deck of the 14 presets is about 250 characters. The deck is a
// display parameter (it never changes a number; the CLI ignores it): the link's own parameters are the
// slide on screen, as the lecturer left it, and `slide=N` says where in the deck it is.
//
// This module checks the deck's shape only. That each slide's link opens is checked where the codec
// can be used (src/app/presentation/deckCheck.ts), so the codec ↔ display ↔ deck imports stay acyclic.

import { quote } from './params';
import { PRESETS } from './presets';

export interface Slide {
  /** A canonical share link without display parameters, `?v=1&view=…`. */
  link: string;
  /** The chart to show on the stage (a chart id of the link's view); absent: the view's main chart. */
  chart?: string;
  title?: string;
  /** A note or question to the room, shown above the chart. */
  note?: string;
  /** Predict first: the chart's answer hidden until the room has guessed (the link's `predict=1`). */
  predict?: true;
}

export interface Deck {
  title: string;
  slides: Slide[];
}

export const DECK_VERSION = 1;
export const MAX_SLIDES = 100;
export const MAX_TITLE = 120;
export const MAX_NOTE = 600;
const CHART_ID = /^[a-z0-9][a-z0-9.-]*$/;
const LINK_HEAD = `?v=1&`;

/** The gallery in its order: what presentation mode steps through when no deck was given. */
export function defaultDeck(): Deck {
  return {
    title: 'The gallery',
    slides: PRESETS.map(presetSlide),
  };
}

/** A preset as a slide: its link, its chart, and "Fig. 4: Delays are parallelism too" as title. */
export function presetSlide(p: (typeof PRESETS)[number]): Slide {
  return { link: p.link, chart: p.chart, title: `${p.where}: ${p.title}` };
}

function presetOf(slide: Slide) {
  return PRESETS.find((p) => p.link === slide.link && p.chart === slide.chart);
}

// ---- base64url of UTF-8, without Buffer (the page) or atob's Latin-1 pitfalls --------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (k < chunk.length ? B64.indexOf(chunk[k]) : 0);
    out.push((n >> 16) & 255);
    if (chunk.length > 2) out.push((n >> 8) & 255);
    if (chunk.length > 3) out.push(n & 255);
  }
  return new Uint8Array(out);
}

// ---- the link form ---------------------------------------------------------------------------------

/** The deck as the value of `deck=` (canonical: decoding and re-encoding gives the same text). */
export function encodeDeck(deck: Deck): string {
  const slides = deck.slides.map((s) => {
    const preset = presetOf(s);
    const row = [
      preset ? `@${preset.id}` : s.link.startsWith(LINK_HEAD) ? s.link.slice(LINK_HEAD.length) : s.link,
      preset ? '' : (s.chart ?? ''),
      // A preset's own title goes without saying.
      preset && s.title === presetSlide(preset).title ? '' : (s.title ?? ''),
      s.note ?? '',
      s.predict ? '1' : '',
    ];
    while (row.length > 1 && row[row.length - 1] === '') row.pop();
    return row;
  });
  const json = JSON.stringify([deck.title, slides]);
  return `${DECK_VERSION}.${toBase64Url(new TextEncoder().encode(json))}`;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? '' : null);

function clip(value: string, max: number, what: string, notices: string[]): string {
  const t = value.trim();
  if (t.length <= max) return t;
  notices.push(`deck: ${what} is longer than ${max} characters; cut short.`);
  return t.slice(0, max);
}

/**
 * Reads one slide as a deck's JSON gives it: a row (link form) or an object (file form). Null, with a
 * notice, when it has no usable link.
 */
function readSlide(raw: unknown, n: number, notices: string[]): Slide | null {
  const row = Array.isArray(raw)
    ? { link: raw[0], chart: raw[1], title: raw[2], note: raw[3], predict: raw[4] }
    : raw && typeof raw === 'object'
      ? (raw as Record<string, unknown>)
      : null;
  const link = row ? text(row.link) : null;
  if (!row || link === null || link.trim() === '') {
    notices.push(`deck: slide ${n} has no link; dropped.`);
    return null;
  }
  let slide: Slide;
  const ref = link.trim();
  if (ref.startsWith('@')) {
    const preset = PRESETS.find((p) => p.id === ref.slice(1));
    if (!preset) {
      notices.push(`deck: slide ${n} names no preset of the gallery (${quote(ref)}); dropped.`);
      return null;
    }
    slide = presetSlide(preset);
  } else {
    // A full address is accepted too (a pasted link): only its query counts.
    const query = ref.includes('?') ? ref.slice(ref.indexOf('?')) : `${LINK_HEAD}${ref}`;
    if (!/(^\?|&)view=/.test(query)) {
      notices.push(`deck: slide ${n}'s link ${quote(ref)} names no view; dropped.`);
      return null;
    }
    slide = { link: query };
    const chart = text(row.chart)?.trim() ?? '';
    if (chart !== '') {
      if (CHART_ID.test(chart)) slide.chart = chart;
      else
        notices.push(`deck: slide ${n}'s chart ${quote(chart)} is not a chart id; its main chart is shown.`);
    }
  }
  const title = text(row.title);
  const note = text(row.note);
  if (title) slide.title = clip(title, MAX_TITLE, `slide ${n}'s title`, notices);
  if (note) slide.note = clip(note, MAX_NOTE, `slide ${n}'s note`, notices);
  if (row.predict === true || row.predict === '1' || row.predict === 1) slide.predict = true;
  if (!slide.title) delete slide.title;
  if (!slide.note) delete slide.note;
  return slide;
}

/** A deck from its parts as JSON gives them (the link's array or a file's object). */
function readDeck(title: unknown, slides: unknown, notices: string[]): Deck | null {
  if (!Array.isArray(slides)) {
    notices.push('deck: it lists no slides; ignored.');
    return null;
  }
  if (slides.length > MAX_SLIDES)
    notices.push(`deck: more than ${MAX_SLIDES} slides; the first ${MAX_SLIDES} kept.`);
  const out: Slide[] = [];
  slides.slice(0, MAX_SLIDES).forEach((raw, i) => {
    const s = readSlide(raw, i + 1, notices);
    if (s) out.push(s);
  });
  if (out.length === 0) {
    notices.push('deck: none of its slides has a usable link; ignored.');
    return null;
  }
  return { title: clip(text(title) ?? '', MAX_TITLE, 'the title', notices), slides: out };
}

/** Reads `deck=`'s value; null (with a notice saying why) when it is no deck. */
export function decodeDeck(value: string, notices: string[]): Deck | null {
  const v = value.trim();
  const dot = v.indexOf('.');
  const version = dot > 0 ? v.slice(0, dot) : '';
  if (version !== String(DECK_VERSION)) {
    notices.push(
      `deck=${quote(value)} is not a deck this app reads (expected deck=${DECK_VERSION}.…); ignored.`,
    );
    return null;
  }
  const bytes = fromBase64Url(v.slice(dot + 1));
  let json: unknown = null;
  try {
    if (bytes) json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    json = null;
  }
  if (!Array.isArray(json)) {
    notices.push(`deck=${quote(value)} is damaged (cut short when copied?); ignored.`);
    return null;
  }
  return readDeck(json[0], json[1], notices);
}

// ---- the file form ---------------------------------------------------------------------------------

export const DECK_FILE_FORMAT = 'parallel-sgd-explorer-deck';

/** The deck as a file to download: readable JSON, full links, one slide per object. */
export function deckFile(deck: Deck): string {
  return `${JSON.stringify(
    {
      format: DECK_FILE_FORMAT,
      version: DECK_VERSION,
      title: deck.title,
      slides: deck.slides.map((s) => ({ ...s })),
    },
    null,
    2,
  )}\n`;
}

/** Reads a deck file; null with a notice when the file is none. */
export function readDeckFile(content: string, notices: string[]): Deck | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    notices.push('The file is not a deck: it is not JSON.');
    return null;
  }
  const o = json as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o.format !== DECK_FILE_FORMAT) {
    notices.push(`The file is not a deck of this app (its "format" is not "${DECK_FILE_FORMAT}").`);
    return null;
  }
  if (o.version !== DECK_VERSION) {
    notices.push(
      `The deck file's version ${quote(String(o.version))} is not one this app reads (${DECK_VERSION}).`,
    );
    return null;
  }
  return readDeck(o.title, o.slides, notices);
}

/** `slide=`: a slide number 1…n; anything else is a notice and slide 1. */
export function readSlideNumber(value: string | undefined, count: number, notices: string[]): number {
  if (value === undefined) return 1;
  const n = Number(value.trim());
  if (Number.isInteger(n) && n >= 1 && n <= count) return n;
  notices.push(`slide=${quote(value)} is not a slide of this deck (1 to ${count}); showing slide 1.`);
  return 1;
}
