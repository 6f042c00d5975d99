// Colours and line styles per series. Pure; no DOM.
//
// The palette is Okabe & Ito's colour-blind-safe set, reordered so the first slots have the most
// contrast on white (yellow, the weakest, comes last). Each colour is a CSS variable with the
// Okabe–Ito value as fallback, so a dark theme can redefine `--chart-c0` … `--chart-c7`; exports
// inline the resolved colours.

import type { Series, SeriesKind } from '../experiments/contract';

export const OKABE_ITO = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
  '#F0E442', // yellow
] as const;

/** The neutral grey of reference lines (linear speedup and similar guides). */
export const REFERENCE_COLOR = 'var(--chart-reference, #8a8a8a)';

/** Colour of palette slot `index` (wraps around after 8). */
export function paletteColor(index: number): string {
  const n = OKABE_ITO.length;
  const i = ((Math.trunc(index) % n) + n) % n;
  return `var(--chart-c${i}, ${OKABE_ITO[i]})`;
}

/**
 * Colour of each series: `colorIndex` when the experiment set it; otherwise references are grey and
 * the others take their order among the chart's non-reference series.
 */
export function seriesColors(series: readonly Pick<Series, 'kind' | 'colorIndex'>[]): string[] {
  let order = 0;
  return series.map((s) => {
    // A reference tied to one quantity (say the linear scaling rule for M = 100) takes its colour.
    if (s.kind === 'reference')
      return s.colorIndex === undefined ? REFERENCE_COLOR : paletteColor(s.colorIndex);
    const slot = order++;
    return paletteColor(s.colorIndex ?? slot);
  });
}

export type Marker = 'none' | 'dot' | 'ring';

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  /** Line width in px (0: no line). */
  width: number;
  /** Opacity of the line. */
  lineOpacity: number;
  marker: Marker;
  /** Draw lo–hi (bands or error bars) when the points have them. */
  showsBand: boolean;
}

/**
 * Line and marker of each kind (DESIGN.md "Charts": only theory looks exact). `dash: null` lines are
 * solid unless the series asks for a dash (a second closed form in the same colour, say).
 */
const KIND_STYLES: Record<SeriesKind, Omit<SeriesStyle, 'color' | 'dash'> & { dash: string | null }> = {
  theory: { dash: null, width: 2.25, lineOpacity: 1, marker: 'none', showsBand: true },
  bound: { dash: '8 4', width: 1.75, lineOpacity: 1, marker: 'none', showsBand: true },
  approximation: { dash: '3 3', width: 1.75, lineOpacity: 1, marker: 'none', showsBand: true },
  reference: { dash: '1 4', width: 1.25, lineOpacity: 1, marker: 'none', showsBand: false },
  measured: { dash: null, width: 1, lineOpacity: 0.55, marker: 'ring', showsBand: true },
  simulation: { dash: null, width: 1, lineOpacity: 0.55, marker: 'dot', showsBand: true },
};

const FORCED_DASH = '6 3';

/** How a series of a given kind is drawn; an unknown kind is drawn as a simulation. */
export function seriesStyle(kind: SeriesKind, color: string, forceDash = false): SeriesStyle {
  const { dash, ...rest } = Object.hasOwn(KIND_STYLES, kind) ? KIND_STYLES[kind] : KIND_STYLES.simulation;
  return { color, dash: dash ?? (forceDash ? FORCED_DASH : undefined), ...rest };
}

/** Kind in words, for the legend's tooltip and the read-out. */
export function kindLabel(kind: SeriesKind): string {
  switch (kind) {
    case 'theory':
      return 'exact closed form';
    case 'bound':
      return 'bound from a theorem';
    case 'approximation':
      return 'approximation (up to constants)';
    case 'reference':
      return 'reference line';
    case 'simulation':
      return 'simulation';
    case 'measured':
      return 'measured data';
  }
}

/** Categorical colours for states of interval charts; idle/waiting states are neutral. */
export function stateColors(states: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  let slot = 0;
  for (const state of states) {
    if (map.has(state)) continue;
    if (/^(idle|wait|waiting|blocked|none|off)$/i.test(state)) map.set(state, 'var(--chart-idle, #d9d9d9)');
    else map.set(state, paletteColor(slot++));
  }
  return map;
}
