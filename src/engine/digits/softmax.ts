// Multinomial (softmax) regression on all ten classes: [SS] Fig. 8's logistic regression on MNIST, in
// kind. Logits z = Wᵀx + b with W a 64 × 10 matrix, so
//   ∇_W ℓ = x (p − e_y)ᵀ,   ∇_b ℓ = p − e_y,   p = softmax(z).
// Convex; strongly convex with μ ≥ λ when λ > 0 (see ./model.ts). Starts at w = 0 (every class equally
// likely, ℓ = ln 10), whatever the seed.
//
// Parameter layout (dim = 650): W pixel-major, W[p·10 + k] the weight of pixel p for class k, at
// [0, 640); b at [640, 650). Pixel-major so that a pixel's ten weights are contiguous: about half the
// pixels of an image are 0 and are skipped in both passes.

import { CLASSES, PIXELS } from './decode';
import { DigitsModel } from './model';

const BIAS = PIXELS * CLASSES;

export class SoftmaxModel extends DigitsModel {
  readonly dim = BIAS + CLASSES;

  init(_seed: number): Float64Array {
    return new Float64Array(this.dim);
  }

  protected forward(w: Float64Array, X: Float64Array, off: number): void {
    const z = this.z;
    for (let k = 0; k < CLASSES; k++) z[k] = w[BIAS + k];
    for (let p = 0; p < PIXELS; p++) {
      const x = X[off + p];
      if (x === 0) continue;
      const o = p * CLASSES;
      for (let k = 0; k < CLASSES; k++) z[k] += w[o + k] * x;
    }
  }

  protected addDataGradient(
    w: Float64Array,
    X: Float64Array,
    off: number,
    y: number,
    scale: number,
    out: Float64Array,
  ): number {
    this.forward(w, X, off);
    const loss = this.residual(y);
    const r = this.z;
    for (let p = 0; p < PIXELS; p++) {
      const x = X[off + p];
      if (x === 0) continue;
      const sx = scale * x;
      const o = p * CLASSES;
      for (let k = 0; k < CLASSES; k++) out[o + k] += sx * r[k];
    }
    for (let k = 0; k < CLASSES; k++) out[BIAS + k] += scale * r[k];
    return loss;
  }
}
