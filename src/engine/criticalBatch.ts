// [CP] Sec. 5: speedup of mini-batch SGD and the critical batch size, as ratios of the
// iteration bounds of Theorem 1 — predictions that hold up to constants.

import { pow } from './math';

/** Noise term of the bound, σ⋆²/ε + M (σ⋆² the noise at the optimum, M the relative noise). */
function noiseLevel(M: number, sigma2: number, eps: number): number {
  return sigma2 / eps + M;
}

/** b_crit = σ⋆²/ε + M + 1: near-linear speedup up to here ([CP] Sec. 5). */
export function criticalBatch(M: number, sigma2: number, eps: number): number {
  return noiseLevel(M, sigma2, eps) + 1;
}

/** S(b) = b (σ⋆²/ε + M + 1) / (σ⋆²/ε + M + b) ([CP] Sec. 5; Fig. 2 left with σ⋆ = 0). */
export function speedup(b: number, M: number, sigma2: number, eps: number): number {
  const n = noiseLevel(M, sigma2, eps);
  return (b * (n + 1)) / (n + b);
}

/** Fig. 1: iterations at batch b relative to b = 1, (n + b)/(b (n + 1)) = 1/S(b). */
export function relativeIterations(b: number, M: number, sigma2: number, eps: number): number {
  return 1 / speedup(b, M, sigma2, eps);
}

/**
 * γ_crit = 1/(10 L (M + τ)) of Theorem 1 with τ = b: the step per summed gradient. With L = 1 the
 * returned value is γ·L.
 */
export function criticalStepSummed(b: number, M: number, L = 1): number {
  return 1 / (10 * L * (M + b));
}

/** The same step for averaged mini-batches, γ_mb = b·γ ∝ b/(b + M) (Fig. 2 right). */
export function criticalStepAveraged(b: number, M: number, L = 1): number {
  return b * criticalStepSummed(b, M, L);
}

/** The linear scaling rule from b = 1: γ_mb(b) = b·γ_mb(1). */
export function linearScalingStep(b: number, M: number, L = 1): number {
  return b * criticalStepAveraged(1, M, L);
}

/** Batch sizes 2^0 … 2^bmax. */
export function powersOfTwo(maxExponent: number): number[] {
  return Array.from({ length: maxExponent + 1 }, (_, i) => pow(2, i));
}
