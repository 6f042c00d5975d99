// Uncertainty of B_simple and b̂ over a stretch of a run: a circular block bootstrap over steps
// (Politis & Romano 1992). Consecutive steps' noise estimates are correlated (the iterate moves
// little between them), so rows are resampled in blocks of ℓ consecutive rows (default ℓ = ⌈n^⅓⌉,
// the usual order for a mean), wrapped around the end of the stretch so every row is equally likely.
// Each replicate takes ⌈n/ℓ⌉ blocks and recomputes the statistic from its means; the band is the
// 2.5–97.5 % quantiles of the replicates (`band: "quantile"` in the chart contract).
//
// Deterministic: the stream is the project's xoshiro128** seeded from (seed, identity) (random/seed),
// and the identity names the stretch, so one segment's band does not depend on the others.
// A replicate whose mean |G|² is ≤ 0 has an unbounded B_simple: it counts as +∞, and an upper end
// that is +∞ is reported as null with a note (never a made-up number).

import { rngFor } from '../random/seed';

export interface BootstrapOptions {
  seed: number;
  /** Names the stretch and the statistic, e.g. `b-simple|rows=0-2000`. */
  identity: string;
  replicates?: number;
  /** Rows per block; default ⌈n^⅓⌉. */
  block?: number;
  /** Central coverage of the band; default 0.95. */
  level?: number;
}

export interface Band {
  /** The statistic on the stretch itself. */
  estimate: number | null;
  lo: number | null;
  hi: number | null;
  block: number;
  replicates: number;
  /** Replicates whose statistic was unbounded (+∞). */
  unbounded: number;
  note?: string;
}

/** Type-7 quantile of an ascending array (as sampleQuantile, without a copy). */
function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  if (sorted[hi] === Number.POSITIVE_INFINITY) return h === lo ? sorted[lo] : Number.POSITIVE_INFINITY;
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** ⌈n^⅓⌉ in integers (Math.cbrt is not the same bits on every engine). */
function cubeRootCeil(n: number): number {
  let l = 1;
  while (l * l * l < n) l++;
  return l;
}

/**
 * Sums of each block of ℓ consecutive rows of x[from, from + n), wrapping around: sums[j] starts at
 * row j. A sliding sum, re-summed from scratch every ℓ starts so its rounding stays bounded.
 */
function blockSums(x: Float64Array, from: number, n: number, l: number): Float64Array {
  const sums = new Float64Array(n);
  const at = (i: number) => x[from + (i < n ? i : i - n)];
  let s = 0;
  for (let j = 0; j < n; j++) {
    if (j % l === 0) {
      s = 0;
      for (let k = 0; k < l; k++) s += at(j + k);
    } else s += at(j + l - 1) - at(j - 1);
    sums[j] = s;
  }
  return sums;
}

/**
 * Block bootstrap of `stat(mean num, mean den)` over rows [from, to). `stat` returns +∞ for an
 * unbounded value (or NaN, counted likewise).
 */
export function blockBootstrap(
  num: Float64Array,
  den: Float64Array,
  from: number,
  to: number,
  stat: (meanNum: number, meanDen: number) => number,
  o: BootstrapOptions,
): Band {
  const n = Math.max(0, Math.min(to, num.length) - Math.max(0, from));
  const replicates = Math.max(1, Math.floor(o.replicates ?? 1000));
  const level = o.level ?? 0.95;
  if (n === 0)
    return { estimate: null, lo: null, hi: null, block: 0, replicates: 0, unbounded: 0, note: 'no rows' };
  const start = Math.max(0, from);
  const l = Math.min(n, Math.max(1, Math.floor(o.block ?? cubeRootCeil(n))));
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  let sn = 0;
  let sd = 0;
  for (let i = start; i < start + n; i++) {
    sn += num[i];
    sd += den[i];
  }
  const estimate = finite(stat(sn / n, sd / n));
  const bn = blockSums(num, start, n, l);
  const bd = blockSums(den, start, n, l);
  const blocks = Math.ceil(n / l);
  const rows = blocks * l;
  const rng = rngFor(o.seed, o.identity);
  const out = new Float64Array(replicates);
  let unbounded = 0;
  for (let r = 0; r < replicates; r++) {
    let a = 0;
    let b = 0;
    for (let k = 0; k < blocks; k++) {
      const j = Math.floor(rng.uniform() * n);
      a += bn[j];
      b += bd[j];
    }
    let v = stat(a / rows, b / rows);
    if (!(v < Number.POSITIVE_INFINITY)) {
      v = Number.POSITIVE_INFINITY;
      unbounded++;
    }
    out[r] = v;
  }
  out.sort();
  const lo = quantileSorted(out, (1 - level) / 2);
  const hi = quantileSorted(out, 1 - (1 - level) / 2);
  const note =
    hi === Number.POSITIVE_INFINITY
      ? `${unbounded} of ${replicates} resamples have a mean |G|² ≤ 0: the upper end is unbounded`
      : undefined;
  return { estimate, lo: finite(lo), hi: finite(hi), block: l, replicates, unbounded, note };
}

/** B_simple = mean tr Σ / mean |G|² (+∞ when mean |G|² ≤ 0). */
export const bSimpleStat = (s: number, g: number) => (g > 0 ? s / g : Number.POSITIVE_INFINITY);

/** [CP] Eq. 9: b̂ = 1 + mean tr Σ/(mean |G|² + ε̂_T). */
export const bHatStat = (epsHat: number) => (s: number, g: number) =>
  g + epsHat > 0 ? 1 + s / (g + epsHat) : Number.POSITIVE_INFINITY;

export interface SegmentBand extends Band {
  /** First and last step of the segment, and its middle row's step. */
  stepFrom: number;
  stepTo: number;
  stepMid: number;
}

/**
 * The band along the run: the rows cut into `segments` consecutive stretches of (nearly) equal
 * length, each bootstrapped on its own (identity `${identity}|rows=a-b`).
 */
export function bandsAlongRun(
  step: Float64Array,
  num: Float64Array,
  den: Float64Array,
  stat: (meanNum: number, meanDen: number) => number,
  segments: number,
  o: BootstrapOptions,
): SegmentBand[] {
  const n = step.length;
  const k = Math.max(1, Math.min(n, Math.floor(segments)));
  const out: SegmentBand[] = [];
  for (let s = 0; s < k; s++) {
    const from = Math.floor((s * n) / k);
    const to = Math.floor(((s + 1) * n) / k);
    if (to <= from) continue;
    const band = blockBootstrap(num, den, from, to, stat, {
      ...o,
      identity: `${o.identity}|rows=${from}-${to}`,
    });
    out.push({ ...band, stepFrom: step[from], stepTo: step[to - 1], stepMid: step[(from + to - 1) >> 1] });
  }
  return out;
}
