// The share-link codec (DESIGN.md "Share link"): `?v=1&view=<view>&<param>=<value>…&seed=<n>`.
// Parsing never throws; anything dropped or changed is reported as a notice in words.

import { LINK_VERSION, seedParam } from './common';
import type { Slide } from './deck';
import { DISPLAY_NAMES, type Display, formatDisplay, NO_DISPLAY, parseDisplay } from './display';
import { quote, sameValue } from './params';
import { DEFAULT_VIEW, isViewName, paramsOf, type Scenario, type ViewName } from './views';

export interface ParsedLink {
  view: ViewName;
  scenario: Scenario;
  /** How to show it (embed, presentation, controls): never changes a number. */
  display: Display;
  notices: string[];
}

export type LinkResult = ({ ok: true } & ParsedLink) | { ok: false; error: string; notices: string[] };

/** A hostile link may carry thousands of bad parameters; the page shows the first few notices. */
const MAX_NOTICES = 25;

export function defaultScenario<V extends ViewName>(view: V): Scenario<V> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(paramsOf(view))) {
    const d = spec.default;
    out[name] = Array.isArray(d) ? [...d] : d;
  }
  out.seed = seedParam.default;
  return out as Scenario<V>;
}

/** The query part of a full URL, of `?a=b…`, or of `a=b…`; without any fragment. */
function queryOf(text: string): string {
  let t = text.trim();
  const q = t.indexOf('?');
  if (q >= 0) t = t.slice(q + 1);
  const h = t.indexOf('#');
  if (h >= 0) t = t.slice(0, h);
  return t;
}

const HEX = /^[0-9a-f]{2}$/i;

/**
 * Whether `decodeURIComponent` would accept the text: every `%` starts two hex digits, and the
 * bytes they encode are well-formed UTF-8 (no overlong forms, no surrogates). Checked up front
 * because a thrown URIError costs far more than the scan: a 100 KB link of `%zz` would take seconds.
 */
function validPercent(text: string): boolean {
  let need = 0; // continuation bytes still expected
  let lo = 0x80; // range of the next continuation byte (narrower after E0, ED, F0, F4)
  let hi = 0xbf;
  for (let i = text.indexOf('%'); i >= 0 && i < text.length; ) {
    const hex = text.slice(i + 1, i + 3);
    if (!HEX.test(hex)) return false;
    const b = Number.parseInt(hex, 16);
    if (need > 0) {
      if (b < lo || b > hi) return false;
      need--;
      lo = 0x80;
      hi = 0xbf;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else if (b >= 0x80) return false;
    const next = i + 3;
    // A multi-byte character must continue right away with the next `%XX`.
    if (need > 0 && text[next] !== '%') return false;
    i = need > 0 ? next : text.indexOf('%', next);
  }
  return need === 0;
}

function decode(part: string): string | null {
  if (!validPercent(part)) return null;
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null; // unreachable when validPercent is right; kept so that no input can crash the page
  }
}

/** A notice, and the parameter it is about (if any): a cut-off list still names every parameter. */
interface Note {
  text: string;
  about?: string;
}

/**
 * The first MAX_NOTICES notices, then one line counting the rest and naming the view's parameters
 * they are about (so a changed value is never hidden behind a flood of unknown names).
 */
function capNotices(notes: readonly Note[], known: ReadonlySet<string>): string[] {
  const texts = notes.slice(0, MAX_NOTICES).map((n) => n.text);
  if (notes.length <= MAX_NOTICES) return texts;
  const about = new Set<string>();
  for (const n of notes.slice(MAX_NOTICES))
    if (n.about !== undefined && known.has(n.about)) about.add(n.about);
  const also = about.size > 0 ? ` (also about: ${[...about].join(', ')})` : '';
  return [...texts, `… and ${notes.length - MAX_NOTICES} more problems with this link${also}.`];
}

type Read =
  | { ok: true; view: ViewName; scenario: Scenario; display: Display; notes: Note[]; known: Set<string> }
  | { ok: false; error: string; notes: Note[] };

/** Parse a link strictly: `ok: false` when there is nothing to run (no query, no or unknown view, unknown v). */
export function parseLink(text: string): LinkResult {
  const r = readLink(text);
  return r.ok ? opened(r) : { ok: false, error: r.error, notices: capNotices(r.notes, new Set()) };
}

function opened(r: Extract<Read, { ok: true }>): { ok: true } & ParsedLink {
  const { notes, known, ...parsed } = r;
  return { ...parsed, notices: capNotices(notes, known) };
}

function readLink(text: string): Read {
  const notes: Note[] = [];
  const note = (message: string, about?: string) => {
    notes.push({ text: message, about });
  };
  const query = queryOf(text);
  if (!query.includes('=')) {
    return {
      ok: false,
      error: `not a share link: expected a query string like ?v=${LINK_VERSION}&view=speedup`,
      notes,
    };
  }
  const raw = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq >= 0 ? part.slice(0, eq) : part);
    const value = decode(eq >= 0 ? part.slice(eq + 1) : '');
    if (key === null || value === null) {
      note(`${quote(part)} is not validly percent-encoded; dropped.`);
      continue;
    }
    if (key === '') {
      note(`A parameter without a name (${quote(part)}) was dropped.`);
      continue;
    }
    if (raw.has(key)) note(`${quote(key)} is given more than once; the last value counts.`, key);
    raw.set(key, value);
  }

  const v = raw.get('v');
  raw.delete('v');
  if (v === undefined) note(`The link has no version; read as v=${LINK_VERSION}.`);
  else if (v.trim() !== String(LINK_VERSION)) {
    return {
      ok: false,
      error: `unknown link version v=${quote(v)}; this app reads v=${LINK_VERSION}`,
      notes,
    };
  }

  const viewRaw = raw.get('view');
  raw.delete('view');
  if (viewRaw === undefined) return { ok: false, error: 'the link names no view', notes };
  const viewName = viewRaw.trim().toLowerCase();
  if (!isViewName(viewName)) return { ok: false, error: `unknown view ${quote(viewRaw)}`, notes };
  const view: ViewName = viewName;

  const scenario = defaultScenario(view) as Record<string, unknown>;
  const specs = paramsOf(view);
  const all = { ...specs, seed: seedParam };
  const known = new Set([...Object.keys(all), ...DISPLAY_NAMES, 'v', 'view']);
  const displayNotices: string[] = [];
  const display = parseDisplay(raw, Object.keys(all), displayNotices);
  if (display.deck) checkSlides(display, displayNotices);
  for (const t of displayNotices)
    note(
      t,
      DISPLAY_NAMES.find((d) => t.startsWith(`${d}=`) || t.startsWith(`${d}:`)),
    );
  for (const [name, value] of raw) {
    const spec = Object.hasOwn(all, name) ? all[name as keyof typeof all] : undefined;
    if (!spec) {
      const near = Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
      note(
        near
          ? `Unknown parameter ${quote(name)} dropped (names are case-sensitive: did you mean ${near}?).`
          : `Unknown parameter ${quote(name)} dropped: view ${view} does not use it.`,
      );
      continue;
    }
    const parsed = spec.parse(value, name);
    for (const t of parsed.notices) note(t, name);
    scenario[name] = parsed.value;
  }
  return { ok: true, view, scenario: scenario as Scenario, display, notes, known };
}

/**
 * A deck's slides must open: each slide's link is read as a link of its own (canonical, without display
 * parameters); one that does not open is dropped, one that was repaired says so.
 */
function checkSlides(display: Display, notices: string[]): void {
  const deck = display.deck!;
  const slides: Slide[] = [];
  deck.slides.forEach((slide, i) => {
    const r = parseLink(slide.link);
    if (!r.ok) {
      notices.push(`deck: slide ${i + 1}'s link does not open (${r.error}); dropped.`);
      return;
    }
    if (r.notices.length > 0) notices.push(`deck: slide ${i + 1}'s link was repaired: ${r.notices[0]}`);
    slides.push({ ...slide, link: serializeLink(r.view, r.scenario) });
  });
  if (slides.length === 0) {
    notices.push('deck: none of its slides opens; ignored (and with it slide=).');
    display.deck = null;
    display.slide = 0;
    return;
  }
  display.deck = { ...deck, slides };
  display.slide = Math.min(display.slide, slides.length);
}

/** The page's reading: whatever the link, a runnable view, with the reason for any fall-back. */
export function parseLinkForPage(text: string): ParsedLink {
  const query = queryOf(text);
  if (query === '')
    return { view: DEFAULT_VIEW, scenario: defaultScenario(DEFAULT_VIEW), display: NO_DISPLAY, notices: [] };
  const r = readLink(text);
  if (r.ok) return opened(r);
  // The reason comes first: a flood of other notices must not cut it off.
  return {
    view: DEFAULT_VIEW,
    scenario: defaultScenario(DEFAULT_VIEW),
    display: NO_DISPLAY,
    notices: capNotices(
      [{ text: `The link could not be opened (${r.error}); showing the default view.` }, ...r.notes],
      new Set(),
    ),
  };
}

/** `encodeURIComponent`, but commas stay literal so lists and distributions remain readable. */
function encodeValue(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',');
}

/**
 * The canonical link: version and view first, non-default values in schema order, then the display
 * parameters (embed, present, controls), seed last.
 */
export function serializeLink(view: ViewName, scenario: Scenario, display: Display = NO_DISPLAY): string {
  const s = scenario as Record<string, unknown>;
  const parts = [`v=${LINK_VERSION}`, `view=${view}`];
  for (const [name, spec] of Object.entries(paramsOf(view))) {
    const value = s[name];
    if (value === undefined || sameValue(value, spec.default)) continue;
    parts.push(`${name}=${encodeValue((spec.format as (v: unknown) => string)(value))}`);
  }
  parts.push(...formatDisplay(display));
  parts.push(`seed=${seedParam.format(scenario.seed)}`);
  return `?${parts.join('&')}`;
}

/** The normalised scenario with the link's names: numbers as numbers, lists as arrays, words as strings. */
export function scenarioParams(view: ViewName, scenario: Scenario): Record<string, unknown> {
  const s = scenario as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(paramsOf(view))) out[name] = s[name];
  out.seed = scenario.seed;
  return out;
}
