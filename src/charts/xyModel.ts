// Layout of an xy chart: margins, scales, ticks, series styles, mark labels and the x positions
// the crosshair snaps to. Pure (d3 scales and shapes only); the React components only draw it.

import type { Mark, Point, ScaleKind, Series, XYChart } from '../experiments/contract';
import { readableNumbers } from './format';
import {
  type AxesLayout,
  axisText,
  axisTitleAnchors,
  type LayoutInput,
  type Plot,
  roomBelowPlot,
  TICK_LENGTH,
  TICK_PAD,
} from './layout';
import { type SeriesStyle, seriesColors, seriesStyle } from './palette';
import {
  categoriesOf,
  computeDomain,
  type Domain,
  isPowersOfTwo,
  type Mapper,
  makeMapper,
  nearestIndex,
} from './scales';
import {
  categoryTickCandidates,
  chooseTicks,
  linearTickCandidates,
  logMinorTicks,
  logTickCandidates,
  type TickSet,
} from './ticks';

export interface AxisTick {
  value: number;
  pos: number;
  label: string;
}

export interface AxisModel {
  scale: ScaleKind;
  domain: Domain;
  range: Domain;
  map: Mapper;
  ticks: AxisTick[];
  /** Positions of unlabelled minor ticks (log axes). */
  minor: number[];
  labelLines: string[];
}

export interface SeriesModel {
  series: Series;
  /** Index in `chart.series`. */
  index: number;
  visible: boolean;
  style: SeriesStyle;
  /** `area`: lo–hi as a shaded band; `bars`: as error bars; `none`: no lo/hi to show. */
  bandMode: 'area' | 'bars' | 'none';
}

export interface MarkModel {
  mark: Mark;
  key: string;
  /** Position of the line along its axis (px). */
  pos: number;
  /** Where the line starts and ends on the other axis (px). */
  from: number;
  to: number;
  /** The label as drawn (numbers rounded for a reader, see `readableNumbers`). */
  text: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface XYModel extends AxesLayout {
  width: number;
  height: number;
  x: AxisModel;
  y: AxisModel;
  /** Drawing order: references first, then the chart's order. */
  series: SeriesModel[];
  marks: MarkModel[];
  /** Snap targets of the crosshair: distinct x values of visible series, ascending in px. */
  snap: SnapTargets;
}

export interface SnapTargets {
  values: number[];
  px: number[];
  /** Subset drawn as points (simulation, measured): preferred by the pointer and the arrow keys. */
  discreteValues: number[];
  discretePx: number[];
}

export interface XYLayoutInput extends LayoutInput<XYChart> {
  hidden?: ReadonlySet<string>;
}

/** Least distance between tick labels on linear and band axes (px at font scale 1). */
const MIN_TICK_SPACING = { x: 56, y: 34 };

export function isDiscrete(series: Pick<Series, 'kind'>): boolean {
  return series.kind === 'simulation' || series.kind === 'measured';
}

function hasBand(p: Point): boolean {
  return (
    typeof p.lo === 'number' && typeof p.hi === 'number' && Number.isFinite(p.lo) && Number.isFinite(p.hi)
  );
}

function axisValues(chart: XYChart, axis: 'x' | 'y'): number[] {
  const out: number[] = [];
  for (const s of chart.series) {
    for (const p of s.points) {
      if (axis === 'x') out.push(p.x);
      else {
        if (p.y !== null) out.push(p.y);
        if (hasBand(p)) out.push(p.lo!, p.hi!);
      }
    }
  }
  for (const m of chart.marks ?? []) if (m.axis === axis) out.push(m.value);
  return out;
}

/**
 * The values that decide whether a log axis is labelled in powers of two: the points of the
 * simulated and measured series when there are any (closed forms are often drawn on a dense grid
 * between batch sizes), otherwise all points.
 */
function gridValues(chart: XYChart, axis: 'x' | 'y'): number[] {
  const discrete = chart.series.filter(isDiscrete);
  const source = discrete.length > 0 ? discrete : chart.series;
  return source.flatMap((s) => s.points.flatMap((p) => (axis === 'x' ? [p.x] : p.y === null ? [] : [p.y])));
}

function tickCandidates(scale: ScaleKind, domain: Domain, categories: number[], pow2: boolean): TickSet[] {
  if (scale === 'log') return logTickCandidates(domain, pow2);
  if (scale === 'band') return categoryTickCandidates(categories);
  return linearTickCandidates(domain);
}

interface AxisSetup {
  scale: ScaleKind;
  domain: Domain;
  categories: number[];
  candidates: TickSet[];
  minor: number[];
}

function axisSetup(chart: XYChart, axis: 'x' | 'y'): AxisSetup {
  const spec = chart[axis];
  const scale = spec.scale ?? 'linear';
  const values = axisValues(chart, axis);
  const categories = scale === 'band' ? categoriesOf(values) : [];
  const domain = scale === 'band' ? ([0, 1] as Domain) : computeDomain(values, scale);
  const pow2 = scale === 'log' && isPowersOfTwo(gridValues(chart, axis));
  return {
    scale,
    domain,
    categories,
    candidates: tickCandidates(scale, domain, categories, pow2),
    minor: scale === 'log' && !pow2 ? logMinorTicks(domain) : [],
  };
}

function axisMapper(setup: AxisSetup, range: Domain): Mapper {
  return makeMapper(setup.scale, setup.domain, range, setup.categories);
}

function buildAxis(setup: AxisSetup, range: Domain, ticks: TickSet, labelLines: string[]): AxisModel {
  const map = axisMapper(setup, range);
  const axisTicks = ticks.values
    .map((value, i) => ({ value, pos: map(value), label: ticks.labels[i] }))
    .filter((t) => Number.isFinite(t.pos));
  // Minor ticks only where decades are wide enough for them not to blur into a bar.
  const decadePx =
    setup.scale === 'log' ? Math.abs(range[1] - range[0]) / Math.log10(setup.domain[1] / setup.domain[0]) : 0;
  const minor = decadePx >= 48 ? setup.minor.map(map).filter(Number.isFinite) : [];
  return { scale: setup.scale, domain: setup.domain, range, map, ticks: axisTicks, minor, labelLines };
}

/**
 * Places x-mark labels in rows above the plot so that labels in one row do not overlap, and none
 * reaches left of `minLeft` (the plot's left edge: the top y tick's label, centred on the plot's top,
 * rises into the first row there).
 */
export function layoutXMarkRows(
  marks: { pos: number; width: number }[],
  width: number,
  gap: number,
  minLeft = 0,
): { row: number; center: number }[] {
  const rowsEnd: number[] = [];
  const order = marks.map((_, i) => i).sort((a, b) => marks[a].pos - marks[b].pos);
  const out: { row: number; center: number }[] = marks.map(() => ({ row: 0, center: 0 }));
  for (const i of order) {
    const { pos, width: w } = marks[i];
    const center = Math.min(width - w / 2 - 2, Math.max(minLeft + w / 2 + 2, pos));
    const left = center - w / 2;
    let row = rowsEnd.findIndex((end) => end + gap <= left);
    if (row < 0) {
      row = rowsEnd.length;
      rowsEnd.push(0);
    }
    rowsEnd[row] = center + w / 2;
    out[i] = { row, center };
  }
  return out;
}

/** The whole layout of an xy chart at a given size. */
export function buildXYModel(input: XYLayoutInput): XYModel {
  const { chart, width, height, measure } = input;
  const hidden = input.hidden ?? new Set<string>();
  const scale = input.fontScale ?? 1;
  const text = axisText(chart, width, scale, measure);
  const { fontSize, labelFontSize, labelLine, xLabelLines, yLabelLines } = text;
  const markLine = fontSize * 1.3;
  const measureTick = (t: string) => measure(t, fontSize);
  const pickTicks = (setup: AxisSetup, orientation: 'x' | 'y', position: Mapper) =>
    chooseTicks(setup.candidates, {
      orientation,
      position,
      width: measureTick,
      fontSize,
      minSpacing: setup.scale === 'log' ? 0 : MIN_TICK_SPACING[orientation] * scale,
    });

  const xs = axisSetup(chart, 'x');
  const ys = axisSetup(chart, 'y');
  const xMarks = (chart.marks ?? []).filter((m) => m.axis === 'x');
  const yMarks = (chart.marks ?? []).filter((m) => m.axis === 'y');
  const markText = (m: Mark) => readableNumbers(m.label);

  const topBase = yLabelLines.length * labelLine + (yLabelLines.length ? 8 : 10);
  const bottom = height - roomBelowPlot(text);

  let markRows = xMarks.length > 0 ? 1 : 0;
  let left = 40;
  let right = width - 16;
  let xTicks: TickSet = { values: [], labels: [] };
  let yTicks: TickSet = { values: [], labels: [] };
  let rows: { row: number; center: number }[] = [];
  let top = topBase;
  for (let pass = 0; pass < 3; pass++) {
    top = topBase + markRows * markLine;
    yTicks = pickTicks(ys, 'y', axisMapper(ys, [bottom, top]));
    const yLabelWidth = Math.max(0, ...yTicks.labels.map(measureTick));
    left = Math.max(28, Math.ceil(yLabelWidth + TICK_LENGTH + TICK_PAD + 4));
    const xMap = axisMapper(xs, [left, right]);
    xTicks = pickTicks(xs, 'x', xMap);
    // Keep the outermost tick labels inside the SVG.
    const pos = xTicks.values.map(xMap).filter(Number.isFinite);
    const widths = xTicks.labels.map(measureTick);
    if (pos.length > 0) {
      const overRight = pos[pos.length - 1] + widths[widths.length - 1] / 2 - (width - 2);
      if (overRight > 0) right = Math.max(left + 40, right - overRight);
      const overLeft = 2 - (pos[0] - widths[0] / 2);
      if (overLeft > 0) left += overLeft;
    }
    const xMap2 = axisMapper(xs, [left, right]);
    rows = layoutXMarkRows(
      xMarks.map((m) => ({ pos: xMap2(m.value), width: measure(markText(m), fontSize) })),
      width,
      fontSize * 0.8,
      left,
    );
    const needRows = xMarks.length > 0 ? Math.max(...rows.map((r) => r.row)) + 1 : 0;
    if (needRows === markRows && pass > 0) break;
    markRows = needRows;
  }

  const x = buildAxis(xs, [left, right], xTicks, xLabelLines);
  const y = buildAxis(ys, [bottom, top], yTicks, yLabelLines);
  const plot: Plot = { left, top, right, bottom };

  const marks: MarkModel[] = [];
  xMarks.forEach((mark, i) => {
    const pos = x.map(mark.value);
    if (!Number.isFinite(pos)) return;
    const labelY = top - 5 - rows[i].row * markLine;
    marks.push({
      mark,
      key: `x-${i}-${mark.value}`,
      pos,
      from: bottom,
      to: labelY + 3,
      text: markText(mark),
      labelX: rows[i].center,
      labelY,
      labelWidth: measure(markText(mark), fontSize),
      anchor: 'middle',
    });
  });
  const placedY: { y: number; side: 'end' | 'start' }[] = [];
  [...yMarks.entries()]
    .sort((a, b) => y.map(a[1].value) - y.map(b[1].value))
    .forEach(([i, mark]) => {
      const pos = y.map(mark.value);
      if (!Number.isFinite(pos)) return;
      let side: 'end' | 'start' = 'end';
      let labelY = pos - 4;
      const clash = (s: 'end' | 'start', ly: number) =>
        placedY.some((p) => p.side === s && Math.abs(p.y - ly) < markLine);
      if (clash('end', labelY)) {
        if (!clash('start', labelY)) side = 'start';
        else labelY = pos + fontSize + 2;
      }
      if (labelY - fontSize < top) labelY = pos + fontSize + 2;
      placedY.push({ y: labelY, side });
      marks.push({
        mark,
        key: `y-${i}-${mark.value}`,
        pos,
        from: left,
        to: right,
        text: markText(mark),
        labelX: side === 'end' ? right - 4 : left + 4,
        labelY,
        labelWidth: measure(markText(mark), fontSize),
        anchor: side,
      });
    });

  const colors = seriesColors(chart.series);
  const models: SeriesModel[] = chart.series.map((series, index) => {
    const style = seriesStyle(series.kind, colors[index], series.dash === true);
    const withBand = series.points.filter(hasBand);
    let bandMode: SeriesModel['bandMode'] = 'none';
    if (style.showsBand && withBand.length > 0) {
      if (!isDiscrete(series)) bandMode = 'area';
      else {
        const px = series.points.map((p) => x.map(p.x)).filter(Number.isFinite);
        const spacing = px.length > 1 ? Math.abs(px[px.length - 1] - px[0]) / (px.length - 1) : Infinity;
        bandMode = spacing >= 14 && px.length <= 40 ? 'bars' : 'area';
      }
    }
    return { series, index, visible: !hidden.has(series.id), style, bandMode };
  });
  models.sort(
    (a, b) =>
      Number(b.series.kind === 'reference') - Number(a.series.kind === 'reference') || a.index - b.index,
  );

  return {
    width,
    height,
    fontSize,
    labelFontSize,
    plot,
    x,
    y,
    series: models,
    marks,
    titleAt: axisTitleAnchors(plot, text),
    snap: snapTargets(models, x.map),
  };
}

function snapTargets(models: SeriesModel[], map: Mapper): SnapTargets {
  const all = new Map<number, number>();
  const discrete = new Map<number, number>();
  for (const m of models) {
    if (!m.visible) continue;
    for (const p of m.series.points) {
      const px = map(p.x);
      if (!Number.isFinite(px)) continue;
      all.set(p.x, px);
      if (isDiscrete(m.series)) discrete.set(p.x, px);
    }
  }
  const sorted = (m: Map<number, number>) => [...m.entries()].sort((a, b) => a[1] - b[1]);
  const a = sorted(all);
  const d = sorted(discrete);
  return {
    values: a.map((e) => e[0]),
    px: a.map((e) => e[1]),
    discreteValues: d.map((e) => e[0]),
    discretePx: d.map((e) => e[1]),
  };
}

/**
 * The x value the crosshair snaps to for a pointer at `px`: the nearest point of a simulated or
 * measured series when one lies within `radius` px, otherwise the nearest point of any series.
 */
export function snapX(snap: SnapTargets, px: number, radius: number): number | undefined {
  const d = nearestIndex(snap.discretePx, px);
  if (d >= 0 && Math.abs(snap.discretePx[d] - px) <= radius) return snap.discreteValues[d];
  const a = nearestIndex(snap.px, px);
  return a >= 0 ? snap.values[a] : undefined;
}

export interface ReadoutRow {
  model: SeriesModel;
  point: Point;
}

/**
 * For the crosshair at x value `xValue`: per visible series, its point nearest to it (in px), when
 * that point lies within about half the series' typical spacing (at most 40 px) of the crosshair.
 */
export function readoutRows(model: XYModel, xValue: number): ReadoutRow[] {
  const target = model.x.map(xValue);
  if (!Number.isFinite(target)) return [];
  const rows: ReadoutRow[] = [];
  const order = [...model.series].sort((a, b) => a.index - b.index);
  for (const m of order) {
    if (!m.visible) continue;
    const pts = m.series.points
      .map((p) => ({ p, px: model.x.map(p.x) }))
      .filter((e) => Number.isFinite(e.px))
      .sort((a, b) => a.px - b.px);
    if (pts.length === 0) continue;
    const i = nearestIndex(
      pts.map((e) => e.px),
      target,
    );
    const spacing = pts.length > 1 ? (pts[pts.length - 1].px - pts[0].px) / (pts.length - 1) : 0;
    const tolerance = Math.max(6, Math.min(spacing * 0.6, 40));
    if (Math.abs(pts[i].px - target) <= tolerance || pts[i].p.x === xValue)
      rows.push({ model: m, point: pts[i].p });
  }
  return rows;
}
