// "Pin": the curves of a view frozen at one moment, drawn as faint ghosts behind the live ones so
// that a change (say M = 100 → 1000) can be seen against what was there before. Pins live per view
// in memory only: they are not part of the link, and a reload clears them.

import { create } from 'zustand';
import type { Chart, Series, XYChart } from '../experiments/contract';
import { parseLink } from '../scenario/codec';
import { paramsOf, type ViewName } from '../scenario/views';

/** What a pin keeps of one xy chart: enough to draw its curves again on the same axes. */
export interface PinnedChart {
  xLabel: string;
  yLabel: string;
  series: Series[];
}

export interface Pin {
  /** The view's link when it was pinned (without display flags): what the ghosts were computed from. */
  link: string;
  /** Pinned curves by chart id (xy charts only). */
  charts: Record<string, PinnedChart>;
  /** How many xy charts were pinned. */
  count: number;
}

/** The view's current xy charts and link, offered by its chart list for the Pin button to take. */
export interface Offer {
  link: string;
  charts: readonly Chart[];
}

interface PinState {
  pins: Partial<Record<ViewName, Pin>>;
  offers: Partial<Record<ViewName, Offer>>;
  /** The chart list says what it shows now (called whenever its charts or link change). */
  offer(view: ViewName, offer: Offer): void;
  /** Pins the view's current curves, replacing any earlier pin; false when there is nothing to pin. */
  pin(view: ViewName): boolean;
  unpin(view: ViewName): void;
}

export function pinOf(link: string, charts: readonly Chart[]): Pin {
  const out: Record<string, PinnedChart> = {};
  for (const chart of charts) {
    if (chart.type !== 'xy') continue;
    out[chart.id] = { xLabel: chart.x.label, yLabel: chart.y.label, series: chart.series };
  }
  return { link, charts: out, count: Object.keys(out).length };
}

export const usePins = create<PinState>()((set, get) => ({
  pins: {},
  offers: {},

  offer(view, offer) {
    const old = get().offers[view];
    if (old && old.link === offer.link && old.charts === offer.charts) return;
    set((st) => ({ offers: { ...st.offers, [view]: offer } }));
  },

  pin(view) {
    const offer = get().offers[view];
    if (!offer) return false;
    const pin = pinOf(offer.link, offer.charts);
    if (pin.count === 0) return false;
    set((st) => ({ pins: { ...st.pins, [view]: pin } }));
    return true;
  },

  unpin(view) {
    set((st) => {
      const { [view]: _, ...rest } = st.pins;
      return { pins: rest };
    });
  },
}));

/** True when the offer has at least one xy chart (something the Pin button can freeze). */
export function canPin(offer: Offer | undefined): boolean {
  return offer?.charts.some((c) => c.type === 'xy') ?? false;
}

/**
 * The pinned curves of one chart, when they can be drawn on its axes (same axis labels: a chart
 * whose axes changed meaning under the same id, e.g. by a `plot` switch, gets no ghosts).
 */
export function ghostsFor(pin: Pin | undefined, chart: XYChart): Series[] | null {
  const pinned = pin?.charts[chart.id];
  if (!pinned || pinned.xLabel !== chart.x.label || pinned.yLabel !== chart.y.label) return null;
  return pinned.series;
}

/**
 * What differs between the pinned link and the current one, in the link's own names and formats:
 * "M = 10,100 → now 10,1000; bmax = 14 → now 10", or "same parameters". Both links are the view's
 * canonical links (defaults left out), so a missing parameter is its default.
 */
export function linkDifferences(pinned: string, current: string): string {
  const a = parseLink(pinned);
  const b = parseLink(current);
  if (!a.ok || !b.ok) return pinned === current ? 'same parameters' : 'another link';
  if (a.view !== b.view) return `view ${a.view} → now ${b.view}`;
  const sa = a.scenario as Record<string, unknown>;
  const sb = b.scenario as Record<string, unknown>;
  const parts: string[] = [];
  for (const [name, spec] of Object.entries(paramsOf(a.view))) {
    // Compared as the link writes them: lists, words and distributions alike.
    const format = spec.format as (v: unknown) => string;
    const was = format(sa[name]);
    const now = format(sb[name]);
    if (was !== now) parts.push(`${name} = ${was} → now ${now}`);
  }
  if (a.scenario.seed !== b.scenario.seed) parts.push(`seed = ${a.scenario.seed} → now ${b.scenario.seed}`);
  return parts.length > 0 ? parts.join('; ') : 'same parameters';
}
