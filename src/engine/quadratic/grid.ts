// [CP] Sec. 7.1's step-size grid γ_k = c/(1+M)·2^(−k), k = kmin..kmax (paper: c = 1.1, k = 1..20),
// and the grid point where a search starts: the step the theory predicts.

import { effectiveM, type NoiseParams } from './noise';

/** γ_k = c/(1+M)·2^(−k), with 2^(−k) formed by exact halvings (no pow). */
export function gridGamma(k: number, M: number, c: number): number {
  let g = c / (1 + M);
  for (let i = 0; i < k; i++) g *= 0.5;
  for (let i = 0; i > k; i--) g *= 2;
  return g;
}

/**
 * The theory's step per summed gradient, γ ≈ C/(L(M_eff + b)) ([CP] Fig. 2 right; Theorem 1's
 * γ_crit has C = 1/10, a safe step, not the best one), with M_eff = dM under `literal` and M under
 * `coord` (noise.ts). Measured on the paper's preset (M ∈ {1, 10, 100, 1000}, b = 2⁰…2¹⁴, one
 * seed, both conventions) the tuned step has γ·L·(M_eff + b) between 1.15 (b ≫ M_eff: gradient
 * descent's best γbL) and 3.5 (b ≪ M_eff: ≈ 2.9 under `literal`, 2.3 under `coord`), so
 * C = 2, their geometric middle, puts the start within one grid point (a factor 2) of the tuned one.
 * With heavy-ball momentum the prediction is multiplied by (1 − mom).
 */
export const PREDICTION_CONSTANT = 2;

export function predictedGamma(noise: NoiseParams, d: number, L: number, b: number, mom = 0): number {
  // Heavy-ball momentum multiplies the long-run step by 1/(1 − mom).
  return (PREDICTION_CONSTANT * (1 - mom)) / (L * (effectiveM(noise, d) + b));
}

/** The grid index whose γ_k is nearest (on a log scale) to the predicted step, clamped to the grid. */
export function predictedK(
  noise: NoiseParams,
  d: number,
  L: number,
  b: number,
  c: number,
  kmin: number,
  kmax: number,
  mom = 0,
): number {
  return nearestGridK(predictedGamma(noise, d, L, b, mom), noise.M, c, kmin, kmax);
}

/** The grid index k in kmin..kmax whose γ_k is nearest to `target` on a log scale (ties: the smaller k). */
export function nearestGridK(target: number, M: number, c: number, kmin: number, kmax: number): number {
  let bestK = kmin;
  let bestRatio = Number.POSITIVE_INFINITY;
  for (let k = kmin; k <= kmax; k++) {
    const g = gridGamma(k, M, c);
    const ratio = g > target ? g / target : target / g;
    if (ratio < bestRatio) {
      bestRatio = ratio;
      bestK = k;
    }
  }
  return bestK;
}
