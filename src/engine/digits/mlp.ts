// A small network for the estimator ([CP] Sec. 7.2–7.3 trained ResNets; this is the non-convex model
// that fits in a browser): 64 inputs, one hidden layer of H tanh units (default 32), 10 logits,
// cross-entropy. Forward: a = tanh(W₁ᵀx + b₁), z = W₂a + b₂. Backward, with r = p − e_y:
//   ∇_{W₂} ℓ = r aᵀ,  ∇_{b₂} ℓ = r,  δ = (W₂ᵀr) ⊙ (1 − a²),  ∇_{W₁} ℓ = x δᵀ,  ∇_{b₁} ℓ = δ.
// Weights start at N(0, 1/fan-in) (LeCun), drawn from rngFor(seed, initIdentity(H)); biases at 0.
//
// Parameter layout (dim = 64H + H + 10H + 10; 2410 for H = 32): W₁ pixel-major, W₁[p·H + j] the weight
// of pixel p into unit j, at [0, 64H) (contiguous per pixel, so the zero pixels of an image are
// skipped); b₁ at [64H, 65H); W₂ class-major, W₂[k·H + j], at [65H, 75H); b₂ at [75H, 75H + 10).

import { rngFor } from '../random/seed';
import { CLASSES, PIXELS } from './decode';
import { DigitsModel } from './model';
import { tanh } from './tanh';

export const HIDDEN = 32;

/** The identity of the initial weights' random stream (depends on the architecture only). */
export function initIdentity(hidden: number): string {
  return `digits-mlp-init|hidden=${hidden}`;
}

export class MlpModel extends DigitsModel {
  readonly dim: number;
  readonly hidden: number;
  private readonly b1: number;
  private readonly w2: number;
  private readonly b2: number;
  /** Hidden activations a, then the back-propagated δ. */
  private readonly a: Float64Array;
  private readonly delta: Float64Array;

  constructor(lambda: number, hidden = HIDDEN) {
    super(lambda);
    if (!(Number.isInteger(hidden) && hidden >= 1)) throw new RangeError(`hidden must be ≥ 1, got ${hidden}`);
    this.hidden = hidden;
    this.b1 = PIXELS * hidden;
    this.w2 = this.b1 + hidden;
    this.b2 = this.w2 + CLASSES * hidden;
    this.dim = this.b2 + CLASSES;
    this.a = new Float64Array(hidden);
    this.delta = new Float64Array(hidden);
  }

  init(seed: number): Float64Array {
    const H = this.hidden;
    const w = new Float64Array(this.dim);
    const rng = rngFor(seed, initIdentity(H));
    const s1 = 1 / Math.sqrt(PIXELS);
    for (let j = 0; j < this.b1; j++) w[j] = s1 * rng.normal();
    const s2 = 1 / Math.sqrt(H);
    for (let j = this.w2; j < this.b2; j++) w[j] = s2 * rng.normal();
    return w;
  }

  protected forward(w: Float64Array, X: Float64Array, off: number): void {
    const H = this.hidden;
    const a = this.a;
    for (let j = 0; j < H; j++) a[j] = w[this.b1 + j];
    for (let p = 0; p < PIXELS; p++) {
      const x = X[off + p];
      if (x === 0) continue;
      const o = p * H;
      for (let j = 0; j < H; j++) a[j] += w[o + j] * x;
    }
    for (let j = 0; j < H; j++) a[j] = tanh(a[j]);
    const z = this.z;
    for (let k = 0; k < CLASSES; k++) {
      const o = this.w2 + k * H;
      let s = w[this.b2 + k];
      for (let j = 0; j < H; j++) s += w[o + j] * a[j];
      z[k] = s;
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
    const H = this.hidden;
    this.forward(w, X, off);
    const loss = this.residual(y);
    const r = this.z;
    const a = this.a;
    const d = this.delta;
    d.fill(0);
    for (let k = 0; k < CLASSES; k++) {
      const rk = r[k];
      const sr = scale * rk;
      const o = this.w2 + k * H;
      for (let j = 0; j < H; j++) {
        out[o + j] += sr * a[j];
        d[j] += w[o + j] * rk;
      }
      out[this.b2 + k] += sr;
    }
    for (let j = 0; j < H; j++) {
      d[j] *= 1 - a[j] * a[j];
      out[this.b1 + j] += scale * d[j];
    }
    for (let p = 0; p < PIXELS; p++) {
      const x = X[off + p];
      if (x === 0) continue;
      const sx = scale * x;
      const o = p * H;
      for (let j = 0; j < H; j++) out[o + j] += sx * d[j];
    }
    return loss;
  }
}
