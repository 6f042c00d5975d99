// Small readers and predicates over a chart's JSON (what the CLI prints), shared by the claims tests.
// A predicate returns null when the claim holds and a sentence saying why not when it does not.

import type { Chart, Point, RunOutput, Series, XYChart } from '../../../src/experiments/contract';

export type Verdict = string | null;
export type Check = (chart: Chart, out: RunOutput) => Verdict;

export function xy(chart: Chart): XYChart {
  if (chart.type !== 'xy') throw new Error(`${chart.id} is not an xy chart`);
  return chart;
}

export function seriesOf(chart: Chart, id: string): Series | undefined {
  return xy(chart).series.find((s) => s.id === id);
}

/** Finite points in x order. */
export function valued(s: Series | undefined): { x: number; y: number }[] {
  return (s?.points ?? [])
    .filter((p: Point): p is Point & { y: number } => typeof p.y === 'number' && Number.isFinite(p.y))
    .map((p) => ({ x: p.x, y: p.y }))
    .sort((a, b) => a.x - b.x);
}

export const yAt = (s: Series | undefined, x: number) => valued(s).find((p) => p.x === x)?.y;

/** All the failures of several verdicts, or null. */
export function all(verdicts: Verdict[]): Verdict {
  const bad = verdicts.filter((v): v is string => v !== null);
  return bad.length ? bad.join('; ') : null;
}

/** Property 3's M′ of a noise level M under the link's noise reading (literal: d·M, coord: M). */
export function mPrime(out: RunOutput, M: number): number {
  return out.params.noise === 'coord' ? M : (out.params.d as number) * M;
}

/** The simulation series of a quadratic chart, with their M read from ids `m-<M>`. */
export function byM(chart: Chart, prefix = 'm-'): { M: number; s: Series }[] {
  return xy(chart)
    .series.filter((s) => s.kind === 'simulation' && new RegExp(`^${prefix}[0-9.]+$`).test(s.id))
    .map((s) => ({ M: Number(s.id.slice(prefix.length)), s }));
}

/** The first x at which parallel efficiency falls below ½ (y·x > 2 on a relative-time curve). */
export function kneeOf(s: Series): number | undefined {
  return valued(s).find((p) => p.y * p.x > 2)?.x;
}

/** Whether a knee lies within `factor` of a mark (an absent knee counts if the mark is off the axis). */
export function kneeNear(
  name: string,
  knee: number | undefined,
  mark: number,
  xmax: number,
  factor: number,
): Verdict {
  if (knee === undefined)
    return mark * factor >= xmax ? null : `${name}: no knee on the axis, mark at ${mark}`;
  return knee >= mark / factor && knee <= mark * factor ? null : `${name}: knee at ${knee}, mark at ${mark}`;
}

/** Geometric-mean ratio of y just after x = m (m, 1.3m] to just before [m/1.3, m]. */
export function jumpAt(s: Series | undefined, m: number): number {
  const pts = valued(s);
  const gm = (ps: { y: number }[]) => Math.exp(ps.reduce((a, p) => a + Math.log(p.y), 0) / ps.length);
  const before = pts.filter((p) => p.x >= m / 1.3 && p.x <= m);
  const after = pts.filter((p) => p.x > m && p.x <= 1.3 * m);
  return before.length && after.length ? gm(after) / gm(before) : Number.NaN;
}
