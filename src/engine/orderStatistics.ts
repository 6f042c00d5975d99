// Expected order statistics E[X_{K:P}] (the K-th smallest of P i.i.d. service times), the time per
// update of K-sync SGD ([SS] Lemma 3), and Theorem 1's ratio P·E[X_{P:P}]/E[X].

import { integratePanels } from './distributions/quadrature';
import { familyOf } from './distributions/registry';
import type { Distribution } from './distributions/types';
import { exp, ln, log1p } from './math';
import { logBeta, logistic, softplus } from './special';

export interface OrderStatisticResult {
  /** E[X_{K:P}]; Infinity when it is infinite. */
  value: number;
  method: 'closed form' | 'quadrature';
  /** The formula in words, for the read-out. */
  formula: string;
  finite: boolean;
  /** Whether Var X_{K:P} is finite (a Monte Carlo mean then has a normal-theory confidence interval). */
  varianceFinite: boolean;
}

/** Whether E[X_{K:P}] (power 1) or E[X_{K:P}²] (power 2) is finite: tailIndex·(P − K + 1) > power. */
function momentFinite(dist: Distribution, K: number, P: number, power: number): boolean {
  return dist.tailIndex * (P - K + 1) > power;
}

const QUADRATURE_FORMULA =
  'E[X_{K:P}] = ∫₀¹ F⁻¹(u)·Beta(u; K, P−K+1) du, by adaptive Gauss–Kronrod quadrature, [SS] Sec. 4';

/** The formula behind `expectedOrderStatistic` for this distribution, in words. */
export function orderStatisticFormula(dist: Distribution): string {
  return familyOf(dist.spec)?.family.orderStatistic?.formula ?? QUADRATURE_FORMULA;
}

function checkKP(K: number, P: number): void {
  if (!(Number.isInteger(K) && Number.isInteger(P) && K >= 1 && K <= P)) {
    throw new RangeError(`order statistic needs integers 1 ≤ K ≤ P (got K=${K}, P=${P})`);
  }
}

/** The family's closed form ([SS] Sec. 4), or undefined when it has none. */
function closedForm(dist: Distribution, K: number, P: number): number | undefined {
  const f = familyOf(dist.spec);
  return f?.family.orderStatistic?.value(f.params, K, P);
}

/**
 * E[X_{K:P}] = ∫₀¹ F⁻¹(u)·Beta(u; K, m) du, m = P − K + 1, integrated in the log-odds variable
 * t = ln(u/(1 − u)). There the Beta weight becomes e^{Kt − (P+1)·softplus(t)}/B(K, m): log-concave,
 * peaked at t* = ln(K/m) with width √((P+1)/(Km)) — about 1 even for K = P = 1000, where the Beta
 * density in u is a spike of width 1/1000 at u = 1. Its tails fall like e^{Kt} and e^{−mt}, so heavy
 * upper tails (F⁻¹ growing like e^{t/α}) stay integrable exactly when α·m > 1. F⁻¹ is evaluated from
 * u = logistic(t) for t ≤ 0 and from 1 − u = logistic(−t) via `quantileUpper` for t > 0, so no digits
 * are lost next to u = 1. Panels grow geometrically away from t* (so the peak is always resolved)
 * until the integrand is below 1e-18 of its largest value, are split at the distribution's
 * breakpoints, and each is integrated adaptively. If the upper tail is still alive where F⁻¹ or
 * logistic(−t) leave the doubles (tail index just above the finiteness limit), its exponential
 * remainder is added in closed form (`extrapolatedTail`).
 */
export function orderStatisticByQuadrature(
  dist: Distribution,
  K: number,
  P: number,
  relTol = 1e-10,
): { value: number; error: number; converged: boolean; extrapolatedTail: number } {
  checkKP(K, P);
  const m = P - K + 1;
  const logNorm = -logBeta(K, m);
  const g = (t: number): number => {
    const logW = logNorm - K * softplus(-t) - m * softplus(t);
    if (logW < -745) return 0;
    const x = t <= 0 ? dist.quantile(logistic(t)) : dist.quantileUpper(logistic(-t));
    return x === 0 ? 0 : x * exp(logW);
  };
  const center = ln(K / m);
  const width = Math.sqrt((P + 1) / (K * m));
  // |t| ≤ 740 keeps logistic(±t) a normal double, so F⁻¹ never sees u = 1.
  const tMax = 740;
  const edges = [center];
  let peak = Math.abs(g(center));
  let tail = 0;
  for (const dir of [1, -1]) {
    let step = 0.5 * width;
    let t = center;
    let quiet = 0;
    while (Math.abs(t) < tMax && quiet < 2) {
      const next = Math.max(-tMax, Math.min(tMax, t + dir * step));
      const v = Math.abs(g(next));
      if (!Number.isFinite(v)) break; // F⁻¹ overflowed: extrapolate from t below
      t = next;
      peak = Math.max(peak, v);
      // Stop after two successive points below 1e-18 of the peak (one could be a gap of a mixture).
      quiet = v <= 1e-18 * peak ? quiet + 1 : 0;
      edges.push(t);
      step = Math.min(1.6 * step, 16);
    }
    if (dir === 1 && quiet < 2) {
      // The upper tail has not died out by the end of the representable range: only near the
      // finiteness limit (α·m just above 1, mixtures with Pareto), where the integrand is
      // asymptotically C·e^{−st}, s = m − 1/α. Integrate that exponential from t to ∞.
      const g1 = g(t);
      const s = ln(g(t - 1) / g1);
      if (g1 > 0) tail = s > 0 ? g1 / s : Number.POSITIVE_INFINITY;
    }
  }
  // Where F⁻¹ jumps (a gap between a mixture's components) or kinks (atoms, knots), both rules of
  // a Gauss–Kronrod pair can be wrong by the same amount; a panel edge there avoids it.
  for (const x of dist.breakpoints) {
    for (const u of [dist.cdf(x), dist.cdf(x - Math.max(Math.abs(x), 1e-300) * 1e-15)]) {
      const t = ln(u) - log1p(-u);
      if (t > -tMax && t < tMax) edges.push(t);
    }
  }
  edges.sort((a, b) => a - b);
  const r = integratePanels(g, edges, { relTol, maxIntervals: 4000 });
  return { value: r.value + tail, error: r.error, converged: r.converged, extrapolatedTail: tail };
}

/**
 * E[X_{K:P}], the expected K-th smallest of P i.i.d. draws of `dist` (1 ≤ K ≤ P): the closed forms of
 * [SS] Sec. 4 where the family has one (its `orderStatistic`), quadrature otherwise (relative error ≲ 1e-9).
 */
export function expectedOrderStatistic(dist: Distribution, K: number, P: number): OrderStatisticResult {
  checkKP(K, P);
  const finite = momentFinite(dist, K, P, 1);
  const varianceFinite = momentFinite(dist, K, P, 2);
  const formula = orderStatisticFormula(dist);
  const closed = closedForm(dist, K, P);
  if (closed !== undefined) {
    return {
      value: finite ? closed : Number.POSITIVE_INFINITY,
      method: 'closed form',
      formula,
      finite,
      varianceFinite,
    };
  }
  const value = finite ? orderStatisticByQuadrature(dist, K, P).value : Number.POSITIVE_INFINITY;
  return { value, method: 'quadrature', formula, finite, varianceFinite };
}

/** E[X_{P:P}], the expected slowest of P learners: fully synchronous SGD's time per update. */
export function expectedMax(dist: Distribution, P: number): OrderStatisticResult {
  return expectedOrderStatistic(dist, P, P);
}

/**
 * [SS] Theorem 1: E[T_sync]/E[T_async] = P·E[X_{P:P}]/E[X] for the same number of updates
 * (for exp times P·H_P, Corollary 1). Not finite when E[X] is infinite (then E[X_{P:P}] is too).
 */
export function syncAsyncRatio(
  dist: Distribution,
  P: number,
): { value: number; finite: boolean; note?: string } {
  if (!Number.isFinite(dist.mean)) {
    return {
      value: Number.POSITIVE_INFINITY,
      finite: false,
      note: 'E[X] is infinite (tail index ≤ 1), so both runtimes are infinite and the ratio is undefined',
    };
  }
  if (!(dist.mean > 0)) {
    return { value: Number.POSITIVE_INFINITY, finite: false, note: 'E[X] is 0, so the ratio is undefined' };
  }
  const max = expectedMax(dist, P);
  return { value: (P * max.value) / dist.mean, finite: true };
}
