// Tick values and labels, and the choice of the densest set whose labels do not overlap.
// Pure (d3-array's `ticks` only); no DOM.

import { ticks as d3ticks } from 'd3';
import { formatCompact, formatLinearTicks, formatPower, formatValue } from './format';
import type { Domain } from './scales';

export interface TickSet {
  values: number[];
  labels: string[];
}

const EPS = 1e-9;

/** The exact decimal `m · 10^e` (avoids `5 * 10 ** -3 = 0.005000000000000001`). */
function decimal(m: number, e: number): number {
  return Number(`${m}e${e}`);
}

function integersIn(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(lo - EPS); e <= Math.floor(hi + EPS); e++) out.push(e);
  return out;
}

function mod(a: number, k: number): number {
  return ((a % k) + k) % k;
}

/** `1`, `10`, `100`, `1k`, `10k`, `100k`, `1M`; `0.1`, `0.01`, `0.001`. */
function shortDecade(e: number): string {
  if (e < 0) return String(decimal(1, e));
  if (e < 3) return String(10 ** e);
  if (e < 6) return `${10 ** (e - 3)}k`;
  return `${10 ** (e - 6)}M`;
}

/** Sets of `values` keeping every k-th exponent (k = 1, 2, 3, …), densest first. */
function strided(exps: number[], toTick: (e: number) => [number, string]): TickSet[] {
  const sets: TickSet[] = [];
  for (let k = 1; k <= Math.max(1, exps.length); k++) {
    const kept = exps.filter((e) => mod(e, k) === 0);
    if (kept.length < 2 && sets.length > 0 && k > 1) continue;
    const pairs = kept.map(toTick);
    sets.push({ values: pairs.map((p) => p[0]), labels: pairs.map((p) => p[1]) });
  }
  return sets;
}

/**
 * Candidate tick sets for a log axis, densest first.
 * - Powers of two (`powersOfTwo`, e.g. batch sizes): 2⁰ … 2¹⁴, labelled as plain integers
 *   (`1 2 4 … 16384`) when every tick is an integer ≤ 2¹⁶ and as `2ⁿ` otherwise; sparser sets keep
 *   every 2nd, 3rd, … exponent (always including 2⁰ when it is in the domain).
 * - Otherwise powers of ten when the domain holds at least three of them, labelled `0.001 … 1k …
 *   1M` when all lie in 10⁻³ … 10⁶ and `10ⁿ` otherwise; sparser sets keep every k-th decade.
 * - Narrower domains: 1-2-5 multiples, then 1-5, then decades, then linear ticks.
 */
export function logTickCandidates(domain: Domain, powersOfTwo = false): TickSet[] {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  if (!(d0 > 0) || !Number.isFinite(d1)) return [];
  if (powersOfTwo) {
    const exps = integersIn(Math.log2(d0), Math.log2(d1));
    if (exps.length >= 2) {
      const plain = exps[0] >= 0 && exps[exps.length - 1] <= 16;
      return strided(exps, (e) => [2 ** e, plain ? String(2 ** e) : formatPower(2, e)]);
    }
  }
  const exps = integersIn(Math.log10(d0), Math.log10(d1));
  if (exps.length >= 3) {
    const short = exps[0] >= -3 && exps[exps.length - 1] <= 6;
    return strided(exps, (e) => [decimal(1, e), short ? shortDecade(e) : formatPower(10, e)]);
  }
  const sets: TickSet[] = [];
  const lo = Math.floor(Math.log10(d0));
  const hi = Math.ceil(Math.log10(d1));
  for (const mantissas of [[1, 2, 5], [1, 5], [1]]) {
    const values: number[] = [];
    for (let e = lo; e <= hi; e++) {
      for (const m of mantissas) {
        const v = decimal(m, e);
        if (v >= d0 * (1 - EPS) && v <= d1 * (1 + EPS)) values.push(v);
      }
    }
    if (values.length >= 2) sets.push({ values, labels: values.map(formatCompact) });
  }
  if (sets.length === 0 || sets[0].values.length < 3) sets.push(...linearTickCandidates([d0, d1]));
  return sets;
}

/** Minor (unlabelled) ticks of a log axis: 2…9 · 10ⁿ, when the domain spans 1 to 8 decades. */
export function logMinorTicks(domain: Domain): number[] {
  const [d0, d1] = domain;
  if (!(d0 > 0) || !(d1 > d0)) return [];
  const decades = Math.log10(d1 / d0);
  if (decades < 1 || decades > 8) return [];
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(d0)); e <= Math.ceil(Math.log10(d1)); e++) {
    for (let m = 2; m <= 9; m++) {
      const v = decimal(m, e);
      if (v > d0 && v < d1) out.push(v);
    }
  }
  return out;
}

/** Candidate tick sets for a linear axis (d3's nice 1-2-5 steps), densest first. */
export function linearTickCandidates(domain: Domain): TickSet[] {
  const sets: TickSet[] = [];
  const seen = new Set<string>();
  for (const count of [12, 10, 8, 6, 5, 4, 3, 2]) {
    const values = d3ticks(domain[0], domain[1], count);
    const key = values.join(',');
    if (values.length === 0 || seen.has(key)) continue;
    seen.add(key);
    sets.push({ values, labels: formatLinearTicks(values) });
  }
  return sets;
}

/** Candidate sets for categories (a `band` axis): all of them, then every 2nd, 3rd, …. */
export function categoryTickCandidates(categories: readonly number[]): TickSet[] {
  const sets: TickSet[] = [];
  for (let k = 1; k <= Math.max(1, categories.length); k++) {
    const values = categories.filter((_, i) => i % k === 0);
    sets.push({ values, labels: values.map((v) => formatValue(v)) });
    if (values.length <= 2) break;
  }
  return sets;
}

export interface FitOptions {
  orientation: 'x' | 'y';
  /** Tick value → px. */
  position: (v: number) => number;
  /** Label → width in px. */
  width: (label: string) => number;
  fontSize: number;
  /** Smallest distance in px between neighbouring ticks (default 0). */
  minSpacing?: number;
}

/** Whether the labels of `set` can be drawn without overlapping (with a small gap). */
export function labelsFit(set: TickSet, opts: FitOptions): boolean {
  const pos = set.values.map(opts.position);
  const order = pos.map((_, i) => i).filter((i) => Number.isFinite(pos[i]));
  order.sort((a, b) => pos[a] - pos[b]);
  const gap = Math.max(6, opts.fontSize * 0.6);
  for (let j = 1; j < order.length; j++) {
    const a = order[j - 1];
    const b = order[j];
    const d = pos[b] - pos[a];
    if (d < (opts.minSpacing ?? 0)) return false;
    const need =
      opts.orientation === 'x'
        ? (opts.width(set.labels[a]) + opts.width(set.labels[b])) / 2 + gap
        : opts.fontSize * 1.35;
    if (d < need) return false;
  }
  return true;
}

/** The first (densest) candidate whose labels fit; the sparsest one when none does. */
export function chooseTicks(candidates: readonly TickSet[], opts: FitOptions): TickSet {
  if (candidates.length === 0) return { values: [], labels: [] };
  for (const set of candidates) if (labelsFit(set, opts)) return set;
  return candidates[candidates.length - 1];
}
