// Plain mini-batch SGD on a digits model: m examples drawn uniformly with replacement, averaged,
// w ← w − η·(1/m)Σ∇fᵢ(w). In place, allocation-free after the first call; the race and the estimator
// drive the models themselves, this is the reference loop (tests, benchmark).

import type { Rng } from '../random/xoshiro128';
import type { DigitsSet } from './dataset';
import type { DigitsModel } from './model';

export interface SgdSettings {
  /** Step size η > 0. */
  eta: number;
  /** Mini-batch size m ≥ 1. */
  mb: number;
  /** Number of updates. */
  steps: number;
}

/** Runs `steps` updates of w in place, drawing the batches from `rng`; returns the last batch's mean loss. */
export function sgd(model: DigitsModel, set: DigitsSet, w: Float64Array, s: SgdSettings, rng: Rng): number {
  if (!(s.eta > 0)) throw new RangeError(`eta must be > 0, got ${s.eta}`);
  const g = new Float64Array(model.dim);
  const batch = new Int32Array(s.mb);
  const n = set.n;
  let last = Number.NaN;
  for (let t = 0; t < s.steps; t++) {
    for (let k = 0; k < s.mb; k++) batch[k] = Math.min(n - 1, Math.floor(rng.uniform() * n));
    last = model.batchGradient(w, set, batch, s.mb, g);
    for (let j = 0; j < model.dim; j++) w[j] -= s.eta * g[j];
  }
  return last;
}
