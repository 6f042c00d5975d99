// Layout of a heatmap: category axes, a sequential colour-blind-safe colour scale (viridis) and
// the colour legend. Pure (d3 scales only); no DOM.

import { ticks as d3ticks, interpolateViridis, scaleBand, scaleSequential, scaleSequentialLog } from 'd3';
import type { HeatmapChart } from '../experiments/contract';
import { formatCompact, formatLinearTicks, formatValue } from './format';
import { type AxesLayout, axisText, axisTitleAnchors, type LayoutInput, roomBelowPlot } from './layout';
import type { Measure } from './text';
import { chooseTicks, logTickCandidates, type TickSet } from './ticks';

export type Category = number | string;

/** Distinct values: ascending when all are numbers, otherwise in order of first appearance. */
export function categoryOrder(values: readonly Category[]): Category[] {
  const distinct = [...new Set(values)];
  if (distinct.every((v) => typeof v === 'number')) return (distinct as number[]).sort((a, b) => a - b);
  return distinct;
}

export function categoryLabel(v: Category): string {
  return typeof v === 'number' ? formatValue(v) : v;
}

export interface ColorScale {
  color: (v: number) => string;
  /** Position of v along the legend in [0, 1]. */
  t: (v: number) => number;
  domain: [number, number];
  log: boolean;
  ticks: TickSet;
}

/** Viridis over the finite values; on a log scale when all are positive and span ≥ 2 decades. */
export function heatColorScale(values: readonly (number | null)[]): ColorScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  const log = lo > 0 && hi / lo >= 100;
  if (lo === hi) {
    lo = log ? lo / 2 : lo - 1;
    hi = log ? hi * 2 : hi + 1;
  }
  if (log) {
    const s = scaleSequentialLog(interpolateViridis).domain([lo, hi]);
    const cands = logTickCandidates([lo, hi]);
    const ticks = cands.find((c) => c.values.length <= 6) ??
      cands[cands.length - 1] ?? { values: [], labels: [] };
    return {
      color: (v) => s(v),
      t: (v) => (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)),
      domain: [lo, hi],
      log,
      ticks,
    };
  }
  const s = scaleSequential(interpolateViridis).domain([lo, hi]);
  const values5 = d3ticks(lo, hi, 5);
  return {
    color: (v) => s(v),
    t: (v) => (v - lo) / (hi - lo),
    domain: [lo, hi],
    log,
    ticks: { values: values5, labels: formatLinearTicks(values5) },
  };
}

/**
 * Black text on the light end of viridis, white on the dark end. The switch at 0.43 keeps every
 * cell at 4.5:1 or more (worst 4.6:1 at t ≈ 0.43); mid-viridis teal is too light for white and too
 * dark for anything greyer than black.
 */
export function textOnViridis(t: number): string {
  return t > 0.43 ? '#000' : '#fff';
}

export interface HeatCell {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  text: string | null;
  textColor: string;
  cell: HeatmapChart['cells'][number];
}

export interface HeatmapModel extends AxesLayout {
  width: number;
  height: number;
  cells: HeatCell[];
  xTicks: { value: Category; pos: number; label: string }[];
  yTicks: { value: Category; pos: number; label: string }[];
  xLabelLines: string[];
  yLabelLines: string[];
  color: ColorScale;
  legend: { x: number; y: number; width: number; height: number; ticks: { pos: number; label: string }[] };
}

function thin(
  cats: Category[],
  pos: (c: Category) => number,
  opts: { orientation: 'x' | 'y'; fontSize: number; measure: Measure },
) {
  const candidates: TickSet[] = [];
  for (let k = 1; k <= Math.max(1, cats.length); k++) {
    const kept = cats.filter((_, i) => i % k === 0);
    candidates.push({ values: kept.map((_, i) => i * k), labels: kept.map(categoryLabel) });
    if (kept.length <= 1) break;
  }
  const set = chooseTicks(candidates, {
    orientation: opts.orientation,
    position: (i) => pos(cats[i]),
    width: (label) => opts.measure(label, opts.fontSize),
    fontSize: opts.fontSize,
  });
  return set.values.map((i, j) => ({ value: cats[i], pos: pos(cats[i]), label: set.labels[j] }));
}

export function buildHeatmapModel(input: LayoutInput<HeatmapChart>): HeatmapModel {
  const { chart, width, height, measure } = input;
  const text = axisText(chart, width, input.fontScale ?? 1, measure);
  const { fontSize, labelFontSize, labelLine, xLabelLines, yLabelLines } = text;
  const xCats = categoryOrder(chart.cells.map((c) => c.x));
  const yCats = categoryOrder(chart.cells.map((c) => c.y));
  const color = heatColorScale(chart.cells.map((c) => c.value));

  const legendLabelWidth = Math.max(0, ...color.ticks.labels.map((l) => measure(l, fontSize)));
  const legendWidth = 12;
  const right = width - (legendWidth + 8 + legendLabelWidth + 16);
  const yLabelWidth = Math.max(0, ...yCats.map((c) => measure(categoryLabel(c), fontSize)));
  const left = Math.ceil(Math.min(width * 0.35, yLabelWidth) + 10);
  const top = yLabelLines.length * labelLine + 10;
  const bottom = height - roomBelowPlot(text);

  const xs = scaleBand<string>().domain(xCats.map(String)).range([left, right]).paddingInner(0.04);
  // Numeric y categories grow upwards; words read top to bottom.
  const numericY = yCats.every((c) => typeof c === 'number');
  const ys = scaleBand<string>()
    .domain(yCats.map(String))
    .range(numericY ? [bottom, top] : [top, bottom])
    .paddingInner(0.04);
  const w = xs.bandwidth();
  const h = ys.bandwidth();

  const cells: HeatCell[] = chart.cells.map((cell, i) => {
    const x = xs(String(cell.x)) ?? 0;
    const y = ys(String(cell.y)) ?? 0;
    const finite = typeof cell.value === 'number' && Number.isFinite(cell.value);
    const fill = finite && (!color.log || cell.value! > 0) ? color.color(cell.value!) : null;
    const label = cell.label ?? (finite ? formatValue(cell.value) : '—');
    const fits = measure(label, fontSize) + 6 <= w && fontSize + 4 <= h;
    return {
      key: `${String(cell.x)}|${String(cell.y)}|${i}`,
      x,
      y,
      w,
      h,
      fill,
      text: fits ? label : null,
      textColor: fill ? textOnViridis(color.t(cell.value!)) : 'currentColor',
      cell,
    };
  });

  const xTicks = thin(xCats, (c) => (xs(String(c)) ?? 0) + w / 2, { orientation: 'x', fontSize, measure });
  const yTicks = thin(yCats, (c) => (ys(String(c)) ?? 0) + h / 2, { orientation: 'y', fontSize, measure });

  const legendTop = top;
  const legendHeight = Math.max(40, bottom - top);
  const legendTicks = color.ticks.values
    .map((v, i) => ({ t: color.t(v), label: color.ticks.labels[i] ?? formatCompact(v) }))
    .filter((e) => e.t >= -1e-9 && e.t <= 1 + 1e-9)
    .map((e) => ({ pos: legendTop + (1 - e.t) * legendHeight, label: e.label }));

  const plot = { left, top, right, bottom };
  return {
    width,
    height,
    fontSize,
    labelFontSize,
    plot,
    cells,
    xTicks,
    yTicks,
    xLabelLines,
    yLabelLines,
    titleAt: axisTitleAnchors(plot, text),
    color,
    legend: { x: right + 16, y: legendTop, width: legendWidth, height: legendHeight, ticks: legendTicks },
  };
}
