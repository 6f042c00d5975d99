// What the two digits models share: the regularised objective, exact per-example and mini-batch
// gradients, the training loss and the test error. A model states only its logits and how to add one
// example's data-term gradient (./softmax.ts, ./mlp.ts); everything else is here.
//
//   fᵢ(w) = ℓ(w; xᵢ, yᵢ) + (λ/2)‖w‖²,   ℓ = log Σₖ e^(zₖ(w; xᵢ)) − z_{yᵢ}(w; xᵢ)   (cross-entropy)
//   f(w)  = (1/n) Σᵢ fᵢ(w)
//
// The ridge term is on every parameter, biases included: with λ > 0 it makes the softmax regression
// strongly convex with μ ≥ λ (its logits are invariant under adding one vector to every class, so
// without a ridge on everything it has a flat direction and no unique minimiser). It is part of every
// per-example gradient, so that a uniformly drawn ∇fᵢ is an unbiased estimate of ∇f.

import type { DigitsSet } from './dataset';
import { CLASSES, PIXELS } from './decode';
import { crossEntropyResidual, logSumExp } from './logSumExp';

export abstract class DigitsModel {
  /** Number of parameters. */
  abstract readonly dim: number;
  /** Ridge λ ≥ 0. */
  readonly lambda: number;
  /** Logits of the last forward pass (and then the residual p − e_y). */
  protected readonly z = new Float64Array(CLASSES);

  constructor(lambda: number) {
    if (!(lambda >= 0)) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
    this.lambda = lambda;
  }

  /** The starting parameters for this seed. */
  abstract init(seed: number): Float64Array;

  /** The logits of the example whose features start at X[off] into this.z. */
  protected abstract forward(w: Float64Array, X: Float64Array, off: number): void;

  /**
   * Adds `scale`·∇ℓ(w; x, y) to `out` (data term only) and returns ℓ, for the example whose features
   * start at X[off].
   */
  protected abstract addDataGradient(
    w: Float64Array,
    X: Float64Array,
    off: number,
    y: number,
    scale: number,
    out: Float64Array,
  ): number;

  /** (λ/2)‖w‖². */
  ridge(w: Float64Array): number {
    if (this.lambda === 0) return 0;
    let s = 0;
    for (let j = 0; j < this.dim; j++) s += w[j] * w[j];
    return 0.5 * this.lambda * s;
  }

  /** fᵢ(w) of example i of the set. */
  exampleLoss(w: Float64Array, set: DigitsSet, i: number): number {
    this.forward(w, set.X, i * PIXELS);
    return logSumExp(this.z, 0, CLASSES) - this.z[set.y[i]] + this.ridge(w);
  }

  /** f(w) over the set: mean cross-entropy plus the ridge term. */
  loss(w: Float64Array, set: DigitsSet): number {
    let s = 0;
    for (let i = 0; i < set.n; i++) {
      this.forward(w, set.X, i * PIXELS);
      s += logSumExp(this.z, 0, CLASSES) - this.z[set.y[i]];
    }
    return s / set.n + this.ridge(w);
  }

  /** ∇fᵢ(w) of example i into `out`. */
  exampleGradient(w: Float64Array, set: DigitsSet, i: number, out: Float64Array): void {
    out.fill(0);
    this.addDataGradient(w, set.X, i * PIXELS, set.y[i], 1, out);
    this.addRidgeGradient(w, out);
  }

  /**
   * The averaged mini-batch gradient (1/m) Σ_{k<m} ∇f_{batch[k]}(w) into `out`; returns the batch's
   * mean cross-entropy (free with the gradient). Examples are added in the batch's order.
   */
  batchGradient(
    w: Float64Array,
    set: DigitsSet,
    batch: ArrayLike<number>,
    m: number,
    out: Float64Array,
  ): number {
    if (!(m >= 1)) throw new RangeError(`a mini-batch needs m ≥ 1, got ${m}`);
    out.fill(0);
    const scale = 1 / m;
    let s = 0;
    for (let k = 0; k < m; k++) {
      const i = batch[k];
      s += this.addDataGradient(w, set.X, i * PIXELS, set.y[i], scale, out);
    }
    this.addRidgeGradient(w, out);
    return s / m;
  }

  /** ∇f(w) over the whole set into `out` (examples in order). */
  fullGradient(w: Float64Array, set: DigitsSet, out: Float64Array): void {
    out.fill(0);
    const scale = 1 / set.n;
    for (let i = 0; i < set.n; i++) this.addDataGradient(w, set.X, i * PIXELS, set.y[i], scale, out);
    this.addRidgeGradient(w, out);
  }

  /** Fraction of the set misclassified (the predicted class is the first largest logit). */
  errorRate(w: Float64Array, set: DigitsSet): number {
    let wrong = 0;
    for (let i = 0; i < set.n; i++) {
      this.forward(w, set.X, i * PIXELS);
      let best = 0;
      for (let k = 1; k < CLASSES; k++) if (this.z[k] > this.z[best]) best = k;
      if (best !== set.y[i]) wrong++;
    }
    return wrong / set.n;
  }

  private addRidgeGradient(w: Float64Array, out: Float64Array): void {
    const lambda = this.lambda;
    if (lambda === 0) return;
    for (let j = 0; j < this.dim; j++) out[j] += lambda * w[j];
  }

  /** Residual p − e_y of the logits in this.z, in place; returns ℓ. For addDataGradient. */
  protected residual(y: number): number {
    return crossEntropyResidual(this.z, CLASSES, y);
  }
}
