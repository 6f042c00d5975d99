// The exact gradient noise of one uniformly drawn example over a set, for [CP] Eq. 9's
// b̂(w) = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂):  E‖g − ∇f‖² = (1/n) Σᵢ ‖∇fᵢ(w) − ∇f(w)‖² (= tr Σ, McCandlish's
// B_simple·‖∇f‖²). By explicit differences in a second pass, not as (1/n)Σ‖∇fᵢ‖² − ‖∇f‖², which
// cancels catastrophically where the noise is small against the gradient. The ridge term is the same
// in every ∇fᵢ and cancels. A mini-batch of m (with replacement) has 1/m of it.

import type { DigitsSet } from './dataset';
import type { DigitsModel } from './model';

export interface GradientNoise {
  /** ‖∇f(w)‖². */
  grad2: number;
  /** E‖g − ∇f‖² of one uniformly drawn example. */
  noise: number;
}

/** Two passes over the set (2n per-example gradients); `scratch` must hold 2·model.dim numbers. */
export function gradientNoise(
  model: DigitsModel,
  w: Float64Array,
  set: DigitsSet,
  scratch: Float64Array,
): GradientNoise {
  const d = model.dim;
  if (scratch.length < 2 * d) throw new RangeError(`scratch needs ${2 * d} numbers, has ${scratch.length}`);
  const full = scratch.subarray(0, d);
  const gi = scratch.subarray(d, 2 * d);
  model.fullGradient(w, set, full);
  let grad2 = 0;
  for (let j = 0; j < d; j++) grad2 += full[j] * full[j];
  let s = 0;
  for (let i = 0; i < set.n; i++) {
    model.exampleGradient(w, set, i, gi);
    for (let j = 0; j < d; j++) {
      const diff = gi[j] - full[j];
      s += diff * diff;
    }
  }
  return { grad2, noise: s / set.n };
}
