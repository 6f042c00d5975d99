// Domains, scale functions and nearest-point lookup. Pure (d3 scales only); no DOM.

import { scaleLinear, scaleLog, scalePoint } from 'd3';
import type { ScaleKind } from '../experiments/contract';

export type Domain = [number, number];

/** Values that can be placed on an axis of this kind: finite, and positive on a log axis. */
export function usableValues(values: Iterable<number | null | undefined>, scale: ScaleKind): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (scale === 'log' && v <= 0) continue;
    out.push(v);
  }
  return out;
}

/**
 * The domain of an axis from all its values (nulls, non-finite values and, on log axes,
 * non-positive values are ignored), widened by `pad` of its span on each side (in log space on
 * log axes). A linear axis whose values are all ≥ 0 does not dip below 0. An empty set gives
 * [0, 1] (log: [1, 10]); a single value v gives v ± 10 % (log: v/2 … 2v).
 */
export function computeDomain(
  values: Iterable<number | null | undefined>,
  scale: ScaleKind,
  pad = 0.04,
): Domain {
  const vs = usableValues(values, scale);
  if (vs.length === 0) return scale === 'log' ? [1, 10] : [0, 1];
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of vs) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (scale === 'log') {
    if (lo === hi) return [lo / 2, hi * 2];
    const l0 = Math.log10(lo);
    const l1 = Math.log10(hi);
    const d = (l1 - l0) * pad;
    return [10 ** (l0 - d), 10 ** (l1 + d)];
  }
  if (lo === hi) return lo === 0 ? [-1, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  const d = (hi - lo) * pad;
  return [lo >= 0 ? Math.max(0, lo - d) : lo - d, hi <= 0 ? Math.min(0, hi + d) : hi + d];
}

/** True when every usable value is an integer power of two (2⁻³, 1, 2, …) and there are ≥ 2 distinct ones. */
export function isPowersOfTwo(values: Iterable<number | null | undefined>): boolean {
  const vs = usableValues(values, 'log');
  if (vs.length === 0) return false;
  let min = Infinity;
  let max = -Infinity;
  for (const v of vs) {
    const e = Math.log2(v);
    if (Math.abs(e - Math.round(e)) > 1e-9) return false;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return max > min;
}

/** Distinct values in ascending order (the categories of a `band` axis). */
export function categoriesOf(values: Iterable<number | null | undefined>): number[] {
  return [...new Set(usableValues(values, 'band'))].sort((a, b) => a - b);
}

/** A position function: value → px, NaN when the value cannot be drawn on this axis. */
export type Mapper = (v: number) => number;

export function makeMapper(
  scale: ScaleKind,
  domain: Domain,
  range: Domain,
  categories: readonly number[] = [],
): Mapper {
  if (scale === 'log') {
    const s = scaleLog().domain(domain).range(range);
    return (v) => (v > 0 && Number.isFinite(v) ? s(v) : Number.NaN);
  }
  if (scale === 'band') {
    const s = scalePoint<string>().domain(categories.map(String)).range(range).padding(0.5);
    return (v) => s(String(v)) ?? Number.NaN;
  }
  const s = scaleLinear().domain(domain).range(range);
  return (v) => (Number.isFinite(v) ? s(v) : Number.NaN);
}

/**
 * Index of the value in `sorted` (ascending) nearest to `target`; ties go to the lower index.
 * -1 for an empty array.
 */
export function nearestIndex(sorted: readonly number[], target: number): number {
  const n = sorted.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  // sorted[lo] is the first value ≥ target (or the last value).
  if (lo > 0 && Math.abs(target - sorted[lo - 1]) <= Math.abs(sorted[lo] - target)) return lo - 1;
  return lo;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The chart height for a given width: 0.62 · width, clamped to [260, 560]. */
export function chartHeight(width: number): number {
  return Math.round(clamp(width * 0.62, 260, 560));
}
