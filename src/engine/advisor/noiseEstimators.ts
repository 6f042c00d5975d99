// Gradient-noise estimates from a log (issue 17): |G|² and tr Σ per step, B_simple (McCandlish et al.
// 2018) and [CP]'s b̂ (Eq. 9) along the run.
//
// Two-batch format: g_small_sq = ‖G_small‖² and g_big_sq = ‖G_big‖² are squared norms of AVERAGED
// gradients over b_small and b_big examples (a worker's before the all-reduce, the global one after).
// With Σ the per-example covariance, E‖G_B‖² = |G|² + tr Σ/B, so two batch sizes give the unbiased
//   |G|² ≈ (b_big·g_big_sq − b_small·g_small_sq)/(b_big − b_small),
//   tr Σ ≈ (g_small_sq − g_big_sq)/(1/b_small − 1/b_big).
// One step's |G|² estimate can be negative (the noise dominates it); it is kept, and counted.
//
// Smoothing: B_simple = mean(tr Σ)/mean(|G|²) — a RATIO OF TWO MOVING AVERAGES over the same rows,
// never an average of per-step ratios (which the negative and near-zero |G|² would wreck). Two
// conventions, both trailing (each point uses only rows up to it, as a running training job would):
//   - `ema`: exponential moving averages with factor β per ROW (not per step: a log written every
//     10 steps averages over 10× as many steps), bias-corrected as Adam's (÷(1 − βᵗ)); in the ratio
//     the corrections cancel, in b̂ they do not. McCandlish et al. and GPT-NeoX use an EMA.
//   - `window`: plain means over the last `rows` rows (fewer at the start).
// b̂ = 1 + mean(tr Σ)/(mean(|G|²) + ε̂_T) with [CP]'s ε̂_T the mean of |G|² over the last 10 epochs of
// the run. A log has no epochs: `tail` takes the mean of the |G|² estimates over the last `fraction`
// of the rows (default 10 %), `fixed` a stated value, `zero` gives b̂ = 1 + B_simple.
// For the `noise-scale` and `b-hat` formats (one series already computed) the smoothing is applied
// to that series itself: there is nothing to take a ratio of.

import type { NoiseLog } from './logReader';

export type Smoothing = { kind: 'ema'; beta: number } | { kind: 'window'; rows: number };
export type EpsHat = { kind: 'tail'; fraction: number } | { kind: 'fixed'; value: number } | { kind: 'zero' };

export const DEFAULT_SMOOTHING: Smoothing = { kind: 'ema', beta: 0.99 };
export const DEFAULT_EPS_HAT: EpsHat = { kind: 'tail', fraction: 0.1 };

/** Per-step estimates of tr Σ and |G|² (two-batch: from the formulas above; trace: as logged). */
export interface PerStepNoise {
  step: Float64Array;
  trSigma: Float64Array;
  gSq: Float64Array;
  /** Steps whose single-step |G|² estimate is < 0 (or = 0). */
  nonPositiveGSq: number;
}

/** tr Σ and |G|² per step, or null for the formats that log only B_simple or b̂. */
export function perStepNoise(log: NoiseLog): PerStepNoise | null {
  const n = log.rows;
  const v = log.values;
  let trSigma: Float64Array;
  let gSq: Float64Array;
  if (log.format === 'two-batch') {
    const bs = v.b_small as Float64Array;
    const bb = v.b_big as Float64Array;
    const gs = v.g_small_sq as Float64Array;
    const gb = v.g_big_sq as Float64Array;
    trSigma = new Float64Array(n);
    gSq = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      gSq[i] = (bb[i] * gb[i] - bs[i] * gs[i]) / (bb[i] - bs[i]);
      // (1/bs − 1/bb) = (bb − bs)/(bs·bb), written so that no reciprocal rounds first.
      trSigma[i] = ((gs[i] - gb[i]) * bs[i] * bb[i]) / (bb[i] - bs[i]);
    }
  } else if (log.format === 'trace') {
    trSigma = v.tr_sigma as Float64Array;
    gSq = v.g_sq as Float64Array;
  } else return null;
  let nonPositiveGSq = 0;
  for (let i = 0; i < n; i++) if (!(gSq[i] > 0)) nonPositiveGSq++;
  return { step: log.step, trSigma, gSq, nonPositiveGSq };
}

/**
 * Trailing moving average of x under a smoothing convention. `ema` is bias-corrected. `window`
 * re-sums its window from scratch every `rows` rows, so the running sum's rounding stays bounded
 * when magnitudes fall by orders over a run.
 */
export function movingAverage(x: Float64Array, s: Smoothing): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  if (s.kind === 'ema') {
    const beta = s.beta;
    let m = 0;
    let decay = 1;
    for (let i = 0; i < n; i++) {
      m = beta * m + (1 - beta) * x[i];
      decay *= beta;
      out[i] = m / (1 - decay);
    }
    return out;
  }
  const w = Math.max(1, Math.floor(s.rows));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (i % w === 0) {
      sum = 0;
      for (let j = Math.max(0, i - w + 1); j <= i; j++) sum += x[j];
    } else {
      sum += x[i];
      if (i >= w) sum -= x[i - w];
    }
    out[i] = sum / Math.min(i + 1, w);
  }
  return out;
}

/** ε̂_T of a convention, from the per-step |G|² estimates. */
export function epsHatValue(gSq: Float64Array, e: EpsHat): number {
  if (e.kind === 'zero') return 0;
  if (e.kind === 'fixed') return e.value;
  const n = gSq.length;
  const from = Math.min(n - 1, Math.max(0, n - Math.max(1, Math.round(e.fraction * n))));
  let sum = 0;
  for (let i = from; i < n; i++) sum += gSq[i];
  return sum / (n - from);
}

/** The noise along a run. NaN where a value is undefined (a smoothed |G|² ≤ 0). */
export interface NoiseSeries {
  step: Float64Array;
  /** Smoothed tr Σ and |G|² (null for the formats that log only B_simple or b̂). */
  trSigma: Float64Array | null;
  gSq: Float64Array | null;
  bSimple: Float64Array | null;
  bHat: Float64Array | null;
  epsHat: number | null;
  /** Single-step |G|² estimates ≤ 0 (two-batch and trace formats). */
  nonPositiveGSq: number;
  /** Points where the smoothed |G|² is ≤ 0, so B_simple is undefined (NaN). */
  undefinedPoints: number;
}

export interface NoiseOptions {
  smoothing?: Smoothing;
  epsHat?: EpsHat;
}

/** B_simple and b̂ along the run, from any of the four formats. */
export function noiseSeries(log: NoiseLog, o: NoiseOptions = {}): NoiseSeries {
  const smoothing = o.smoothing ?? DEFAULT_SMOOTHING;
  const per = perStepNoise(log);
  const n = log.rows;
  if (per === null) {
    const given = log.format === 'noise-scale' ? log.values.noise_scale : log.values.b_hat;
    const smoothed = movingAverage(given as Float64Array, smoothing);
    return {
      step: log.step,
      trSigma: null,
      gSq: null,
      bSimple: log.format === 'noise-scale' ? smoothed : null,
      bHat: log.format === 'b-hat' ? smoothed : null,
      epsHat: null,
      nonPositiveGSq: 0,
      undefinedPoints: 0,
    };
  }
  const s = movingAverage(per.trSigma, smoothing);
  const g = movingAverage(per.gSq, smoothing);
  const eps = epsHatValue(per.gSq, o.epsHat ?? DEFAULT_EPS_HAT);
  const bSimple = new Float64Array(n);
  const bHat = new Float64Array(n);
  let undefinedPoints = 0;
  for (let i = 0; i < n; i++) {
    if (g[i] > 0) bSimple[i] = s[i] / g[i];
    else {
      bSimple[i] = Number.NaN;
      undefinedPoints++;
    }
    bHat[i] = g[i] + eps > 0 ? 1 + s[i] / (g[i] + eps) : Number.NaN;
  }
  return {
    step: log.step,
    trSigma: s,
    gSq: g,
    bSimple,
    bHat,
    epsHat: eps,
    nonPositiveGSq: per.nonPositiveGSq,
    undefinedPoints,
  };
}

/**
 * [CP]'s b̂_crit = max over the run of b̂ (Sec. 7.2), with the step where it is reached. The maximum
 * of a noisy series is biased upward; smooth more (a larger β or window) to tame it.
 */
export function peak(step: Float64Array, y: Float64Array): { step: number; value: number } | null {
  let best = -1;
  for (let i = 0; i < y.length; i++) if (!Number.isNaN(y[i]) && (best < 0 || y[i] > y[best])) best = i;
  return best < 0 ? null : { step: step[best], value: y[best] };
}
