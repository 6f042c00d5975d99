// Small readers over the chart JSON the CLI prints (src/experiments/contract.ts), for the claims
// tests: find a chart and a series by id, read a curve at any x, find where two curves cross. They
// throw on a missing id, so a renamed chart or series fails its claim instead of passing vacuously.

import type {
  Chart,
  HeatmapChart,
  IntervalsChart,
  Point,
  RunOutput,
  Series,
  TableChart,
  XYChart,
} from '../../../src/experiments/contract';

function chartOf(output: RunOutput, id: string): Chart {
  const chart = output.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id} in ${output.link}; charts: ${output.charts.map((c) => c.id)}`);
  return chart;
}

export function xy(output: RunOutput, id: string): XYChart {
  const c = chartOf(output, id);
  if (c.type !== 'xy') throw new Error(`chart ${id} is a ${c.type}, not xy`);
  return c;
}

export function heatmap(output: RunOutput, id: string): HeatmapChart {
  const c = chartOf(output, id);
  if (c.type !== 'heatmap') throw new Error(`chart ${id} is a ${c.type}, not a heatmap`);
  return c;
}

export function intervals(output: RunOutput, id: string): IntervalsChart {
  const c = chartOf(output, id);
  if (c.type !== 'intervals') throw new Error(`chart ${id} is a ${c.type}, not intervals`);
  return c;
}

export function table(output: RunOutput, id: string): TableChart {
  const c = chartOf(output, id);
  if (c.type !== 'table') throw new Error(`chart ${id} is a ${c.type}, not a table`);
  return c;
}

export function series(chart: XYChart, id: string): Series {
  const s = chart.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id} in ${chart.id}; series: ${chart.series.map((x) => x.id)}`);
  return s;
}

/** The points that have a value, as [x, y] pairs. */
export function valued(s: Series): [number, number][] {
  return s.points.filter((p): p is Point & { y: number } => p.y !== null).map((p) => [p.x, p.y]);
}

/** The value at x exactly (a grid point); throws when there is none. */
export function yAtPoint(s: Series, x: number): number {
  const p = s.points.find((q) => q.x === x);
  if (!p || p.y === null) throw new Error(`series ${s.id} has no value at x = ${x}`);
  return p.y;
}

/**
 * The curve read at x, interpolated linearly in log x and log y between the neighbouring points
 * (the charts of sweeps are log-spaced; both coordinates are positive there). Throws outside the range.
 */
export function yAt(s: Series, x: number): number {
  const pts = valued(s);
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i];
    if (x1 === x) return y1;
    if (i + 1 < pts.length && x1 < x && x < pts[i + 1][0]) {
      const [x2, y2] = pts[i + 1];
      const f = Math.log(x / x1) / Math.log(x2 / x1);
      return Math.exp(Math.log(y1) + f * Math.log(y2 / y1));
    }
  }
  throw new Error(`series ${s.id}: x = ${x} is outside its range ${pts[0]?.[0]}…${pts[pts.length - 1]?.[0]}`);
}

/**
 * The first x of `a`'s grid from which `a` stays below `b` to the end (both on the same grid), or
 * null if `a` is not below `b` at the last point.
 */
export function passesBelowFrom(a: Series, b: Series): number | null {
  const pa = valued(a);
  const pb = new Map(valued(b));
  let from: number | null = null;
  for (const [x, y] of pa) {
    const other = pb.get(x);
    if (other === undefined) continue;
    if (y < other) from ??= x;
    else from = null;
  }
  return from;
}

/** Geometric mean of a series' values with x in [lo, hi] (a level read through noise). */
export function levelOver(s: Series, lo: number, hi: number): number {
  const ys = valued(s)
    .filter(([x]) => x >= lo && x <= hi)
    .map(([, y]) => y);
  if (ys.length === 0) throw new Error(`series ${s.id} has no value in [${lo}, ${hi}]`);
  return Math.exp(ys.reduce((a, y) => a + Math.log(y), 0) / ys.length);
}

/** The x-marks of a chart, by label. */
export function markAt(chart: XYChart, label: string): number {
  const m = chart.marks?.find((k) => k.label === label);
  if (!m) throw new Error(`no mark "${label}" on ${chart.id}; marks: ${chart.marks?.map((k) => k.label)}`);
  return m.value;
}

/**
 * Where `a` passes below `b` for the last time: between the last grid point with a ≥ b and the next
 * (a < b from there on), interpolated linearly in log x on log(a/b). Null if a is not below b at the end.
 */
export function lastCrossing(a: Series, b: Series): number | null {
  const from = passesBelowFrom(a, b);
  if (from === null) return null;
  const pa = valued(a);
  const pb = new Map(valued(b));
  const i = pa.findIndex(([x]) => x === from);
  if (i === 0) return from;
  const [x0, y0] = pa[i - 1];
  const [x1, y1] = pa[i];
  const d0 = Math.log(y0 / (pb.get(x0) as number));
  const d1 = Math.log(y1 / (pb.get(x1) as number));
  return Math.exp(Math.log(x0) + (d0 / (d0 - d1)) * Math.log(x1 / x0));
}
