// The share-link codec (DESIGN.md "Share link"): `?v=1&view=<view>&<param>=<value>…&seed=<n>`.
// Parsing never throws; anything dropped or changed is reported as a notice in words.

import { LINK_VERSION, seedParam } from './common';
import { type Display, formatDisplay, NO_DISPLAY, parseDisplay } from './display';
import { quote, sameValue } from './params';
import { DEFAULT_VIEW, isViewName, PLANNED_VIEWS, paramsOf, type Scenario, type ViewName } from './views';

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

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function capNotices(notices: string[]): string[] {
  if (notices.length <= MAX_NOTICES) return notices;
  return [
    ...notices.slice(0, MAX_NOTICES),
    `… and ${notices.length - MAX_NOTICES} more problems with this link.`,
  ];
}

/** Parse a link strictly: `ok: false` when there is nothing to run (no query, no or unknown view, unknown v). */
export function parseLink(text: string): LinkResult {
  const notices: string[] = [];
  const query = queryOf(text);
  if (!query.includes('=')) {
    return {
      ok: false,
      error: `not a share link: expected a query string like ?v=${LINK_VERSION}&view=speedup`,
      notices,
    };
  }
  const raw = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq >= 0 ? part.slice(0, eq) : part);
    const value = decode(eq >= 0 ? part.slice(eq + 1) : '');
    if (key === null || value === null) {
      notices.push(`${quote(part)} is not validly percent-encoded; dropped.`);
      continue;
    }
    if (key === '') {
      notices.push(`A parameter without a name (${quote(part)}) was dropped.`);
      continue;
    }
    if (raw.has(key)) notices.push(`${quote(key)} is given more than once; the last value counts.`);
    raw.set(key, value);
  }

  const v = raw.get('v');
  raw.delete('v');
  if (v === undefined) notices.push(`The link has no version; read as v=${LINK_VERSION}.`);
  else if (v.trim() !== String(LINK_VERSION)) {
    return {
      ok: false,
      error: `unknown link version v=${quote(v)}; this app reads v=${LINK_VERSION}`,
      notices,
    };
  }

  const viewRaw = raw.get('view');
  raw.delete('view');
  if (viewRaw === undefined) return { ok: false, error: 'the link names no view', notices };
  const viewName = viewRaw.trim().toLowerCase();
  if (!isViewName(viewName)) {
    const planned = (PLANNED_VIEWS as readonly string[]).includes(viewName);
    return {
      ok: false,
      error: planned
        ? `view ${quote(viewRaw)} is not available in this version yet`
        : `unknown view ${quote(viewRaw)}`,
      notices,
    };
  }
  const view: ViewName = viewName;

  const scenario = defaultScenario(view) as Record<string, unknown>;
  const specs = paramsOf(view);
  const all = { ...specs, seed: seedParam };
  const display = parseDisplay(raw, Object.keys(all), notices);
  for (const [name, value] of raw) {
    const spec = Object.hasOwn(all, name) ? all[name as keyof typeof all] : undefined;
    if (!spec) {
      const near = Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
      notices.push(
        near
          ? `Unknown parameter ${quote(name)} dropped (names are case-sensitive: did you mean ${near}?).`
          : `Unknown parameter ${quote(name)} dropped: view ${view} does not use it.`,
      );
      continue;
    }
    const parsed = spec.parse(value, name);
    notices.push(...parsed.notices);
    scenario[name] = parsed.value;
  }
  return { ok: true, view, scenario: scenario as Scenario, display, notices: capNotices(notices) };
}

/** The page's reading: whatever the link, a runnable view, with the reason for any fall-back. */
export function parseLinkForPage(text: string): ParsedLink {
  const query = queryOf(text);
  if (query === '')
    return { view: DEFAULT_VIEW, scenario: defaultScenario(DEFAULT_VIEW), display: NO_DISPLAY, notices: [] };
  const r = parseLink(text);
  if (r.ok) return r;
  return {
    view: DEFAULT_VIEW,
    scenario: defaultScenario(DEFAULT_VIEW),
    display: NO_DISPLAY,
    notices: capNotices([
      ...r.notices,
      `The link could not be opened (${r.error}); showing the default view.`,
    ]),
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
