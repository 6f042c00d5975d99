// The public JSON contract of DESIGN.md ("CLI"): what the CLI prints and what every chart in the
// page draws and exports. Changing a shape here changes a public format.

export type ScaleKind = 'linear' | 'log' | 'band' | 'time';
export type SeriesKind = 'theory' | 'bound' | 'approximation' | 'reference' | 'simulation' | 'measured';
export type BandKind = 'ci95' | 'quantile' | 'minmax';

export interface Axis {
  label: string;
  scale: ScaleKind;
}

export interface Mark {
  axis: 'x' | 'y';
  value: number;
  label: string;
}

/** A point with no value (diverged, capped, infinite mean) has `y: null` and a `note` in words. */
export interface Point {
  x: number;
  y: number | null;
  lo?: number;
  hi?: number;
  note?: string;
}

export interface Series {
  id: string;
  label: string;
  kind: SeriesKind;
  band?: BandKind;
  /** Where the numbers come from, for the read-out: a formula, or seeds and cells. */
  source?: string;
  /** Palette slot, so the same quantity (say M = 100, or exp(1)) has the same colour in every view. */
  colorIndex?: number;
  /** Draw this series' line dashed whatever its kind (e.g. a second closed form in the same colour). */
  dash?: boolean;
  points: Point[];
}

interface ChartBase {
  id: string;
  title: string;
  /** Paper, figure and equation this chart reproduces, e.g. "[CP] Fig. 2 (left), Sec. 5". */
  cite?: string;
  /** One or two sentences in words: what the chart shows (also the SVG's text summary). */
  summary?: string;
}

export interface XYChart extends ChartBase {
  type: 'xy';
  x: Axis;
  y: Axis;
  marks?: Mark[];
  series: Series[];
}

export interface HeatmapChart extends ChartBase {
  type: 'heatmap';
  x: Axis;
  y: Axis;
  cells: { x: number | string; y: number | string; value: number | null; label?: string }[];
}

export interface IntervalsChart extends ChartBase {
  type: 'intervals';
  x: Axis;
  y: Axis;
  /** `label`: a short tag drawn on the bar (e.g. "stale 2"); `note`: a sentence for the read-out. */
  rows: { lane: string; start: number; end: number; state: string; label?: string; note?: string }[];
}

export interface TableChart extends ChartBase {
  type: 'table';
  columns: string[];
  rows: (string | number | null)[][];
}

export type Chart = XYChart | HeatmapChart | IntervalsChart | TableChart;

/** The CLI's whole output; the page's JSON export of one chart uses the same envelope. */
export interface RunOutput {
  version: string;
  link: string;
  view: string;
  params: Record<string, unknown>;
  notices: string[];
  charts: Chart[];
}

/** Ids are stable lowercase slugs built from the parameters they stand for. */
export function slug(...parts: (string | number)[]): string {
  return parts
    .map((p) => String(p))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}
