// [CP] Eq. 9 and McCandlish et al.'s B_simple on the quadratic, in closed form. Everything here is
// per EXAMPLE (one stochastic gradient g = ∇f + u), as Eq. 9 is written; the per-batch versions
// say how a batch of m changes them.

import type { Xoshiro128 } from '../random/xoshiro128';
import { fillGaussians } from './gaussian';
import { type NoiseParams, noiseCoefficients, noiseSecondMoment } from './noise';

/**
 * E‖g(x) − ∇f(x)‖² for one example where ‖∇f(x)‖² = grad2: d(M·grad2 + σ²) under `literal`,
 * M·grad2 + σ² under `coord` (noise.ts). This is also tr(Σ), Σ the per-example covariance.
 */
export function exampleNoise(p: NoiseParams, d: number, grad2: number): number {
  return noiseSecondMoment(p, d, grad2);
}

/**
 * Per-batch noise E‖G_m − ∇f‖² of the AVERAGED gradient of a batch of m examples: 1/m of the
 * per-example noise. (The summed gradient of Algorithm 1 has m times the per-example noise
 * around m∇f: the same ratio to its squared mean, ×1/m.)
 */
export function averagedBatchNoise(p: NoiseParams, d: number, grad2: number, m: number): number {
  return exampleNoise(p, d, grad2) / m;
}

/**
 * Eq. 9: b̂(x) = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂), with the per-example noise. ε̂ is the paper's ε̂_T
 * (mean of ‖∇f‖² over the last 10 epochs of the run) or a stand-in for it.
 */
export function bHat(noise: number, grad2: number, epsHat: number): number {
  return 1 + noise / (grad2 + epsHat);
}

/** b̂ on the quadratic at a point with ‖∇f‖² = grad2. */
export function bHatQuadratic(p: NoiseParams, d: number, grad2: number, epsHat: number): number {
  return bHat(exampleNoise(p, d, grad2), grad2, epsHat);
}

/**
 * McCandlish et al. (2018): B_simple = tr(Σ)/‖G‖² with Σ the PER-EXAMPLE covariance (the
 * quantity b̂ − 1 is when ε̂ = 0). On the quadratic: d·M + dσ²/‖∇f‖² under `literal`,
 * M + σ²/‖∇f‖² under `coord`; with σ² = 0 it does not depend on x.
 */
export function bSimple(p: NoiseParams, d: number, grad2: number): number {
  return exampleNoise(p, d, grad2) / grad2;
}

/**
 * The noise-to-signal ratio of an averaged batch of m, tr(Σ)/(m‖G‖²) = B_simple/m: training
 * with batches of m sees this, and batches well below B_simple are noise-dominated.
 */
export function batchNoiseRatio(p: NoiseParams, d: number, grad2: number, m: number): number {
  return bSimple(p, d, grad2) / m;
}

/**
 * A Monte Carlo estimate of E‖g − ∇f‖², as a run would measure it: the mean of ‖uⱼ‖² over n
 * per-example noise draws uⱼ ~ N(0, s²I_d) at a point with ‖∇f‖² = grad2 (the noise is isotropic,
 * so only grad2 matters). Unbiased for exampleNoise(); its relative sd is √(2/(n·d)).
 */
export function sampledExampleNoise(
  p: NoiseParams,
  d: number,
  grad2: number,
  n: number,
  stream: Xoshiro128,
): number {
  const { alpha, beta } = noiseCoefficients(p, d);
  const s2 = alpha * grad2 + beta;
  const z = new Float64Array(d);
  let sum = 0;
  for (let j = 0; j < n; j++) {
    fillGaussians(stream, z, d);
    for (let i = 0; i < d; i++) sum += z[i] * z[i];
  }
  return (s2 * sum) / n;
}
