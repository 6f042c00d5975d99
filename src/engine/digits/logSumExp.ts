// Softmax cross-entropy of a vector of logits, computed without overflow: log Σₖ e^(zₖ) is evaluated
// as m + log Σₖ e^(zₖ − m) with m = maxₖ zₖ, so every exponent is ≤ 0 and the sum is in [1, K].

import { exp, ln } from '../math';

/** log Σ_{k<K} e^(z[off + k]) (K ≥ 1), stable for any finite logits. */
export function logSumExp(z: Float64Array, off: number, K: number): number {
  let m = z[off];
  for (let k = 1; k < K; k++) if (z[off + k] > m) m = z[off + k];
  let s = 0;
  for (let k = 0; k < K; k++) s += exp(z[off + k] - m);
  return m + ln(s);
}

/**
 * Overwrites z[0 .. K) with the residual p − e_y of cross-entropy (p = softmax(z)), the gradient of
 * ℓ = log Σₖ e^(zₖ) − z_y with respect to the logits, and returns ℓ = log Σₖ e^(zₖ − m) − (z_y − m).
 */
export function crossEntropyResidual(z: Float64Array, K: number, y: number): number {
  let m = z[0];
  for (let k = 1; k < K; k++) if (z[k] > m) m = z[k];
  const zy = z[y] - m;
  let s = 0;
  for (let k = 0; k < K; k++) {
    const e = exp(z[k] - m);
    s += e;
    z[k] = e;
  }
  for (let k = 0; k < K; k++) z[k] /= s;
  z[y] -= 1;
  return ln(s) - zy;
}
