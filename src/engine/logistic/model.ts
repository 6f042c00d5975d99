// Ridge-regularised logistic regression on a finite dataset, with everything the estimator view
// needs computed exactly over the dataset:
//   fᵢ(w) = log(1 + exp(−yᵢ⟨xᵢ, w⟩)) + (λ/2)‖w‖²,   f = (1/n) Σ fᵢ,
//   ∇fᵢ(w) = −yᵢ σ(−yᵢ⟨xᵢ, w⟩) xᵢ + λw,
//   E‖g − ∇f‖² per example (one example drawn uniformly) = (1/n) Σ ‖∇fᵢ − ∇f‖² = tr(Σ).
// Every full evaluation is O(n·dim). λ > 0 makes f strongly convex, so the minimiser exists and
// is unique; `minimise` finds it with Newton's method.

import { drainSync } from '../control';
import { exp, log1p } from '../math';
import { type Dataset, sigmoid } from './dataset';

/** log(1 + e^(−m)) without overflow. */
export function logisticLoss(m: number): number {
  return m >= 0 ? log1p(exp(-m)) : -m + log1p(exp(m));
}

function margin(ds: Dataset, w: Float64Array, i: number): number {
  const { dim, X } = ds;
  let z = 0;
  const o = i * dim;
  for (let j = 0; j < dim; j++) z += X[o + j] * w[j];
  return ds.y[i] * z;
}

/** f(w). */
export function loss(ds: Dataset, lambda: number, w: Float64Array): number {
  let s = 0;
  for (let i = 0; i < ds.n; i++) s += logisticLoss(margin(ds, w, i));
  let w2 = 0;
  for (let j = 0; j < ds.dim; j++) w2 += w[j] * w[j];
  return s / ds.n + 0.5 * lambda * w2;
}

/** The coefficient cᵢ with ∇fᵢ(w) = cᵢ xᵢ + λw: cᵢ = −yᵢ σ(−mᵢ). */
export function exampleCoefficient(ds: Dataset, w: Float64Array, i: number): number {
  return -ds.y[i] * sigmoid(-margin(ds, w, i));
}

/** ∇fᵢ(w) into `out`. */
export function exampleGradient(
  ds: Dataset,
  lambda: number,
  w: Float64Array,
  i: number,
  out: Float64Array,
): void {
  const c = exampleCoefficient(ds, w, i);
  const o = i * ds.dim;
  for (let j = 0; j < ds.dim; j++) out[j] = c * ds.X[o + j] + lambda * w[j];
}

/** ∇f(w) into `out`; returns ‖∇f(w)‖². */
export function gradient(ds: Dataset, lambda: number, w: Float64Array, out: Float64Array): number {
  const { n, dim, X } = ds;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const c = exampleCoefficient(ds, w, i);
    const o = i * dim;
    for (let j = 0; j < dim; j++) out[j] += c * X[o + j];
  }
  let g2 = 0;
  for (let j = 0; j < dim; j++) {
    out[j] = out[j] / n + lambda * w[j];
    g2 += out[j] * out[j];
  }
  return g2;
}

export interface NoiseAt {
  /** ‖∇f(w)‖². */
  grad2: number;
  /** E‖g − ∇f‖² of one uniformly drawn example = (1/n) Σ ‖∇fᵢ − ∇f‖² = tr(Σ). */
  noise: number;
}

/**
 * The exact per-example gradient noise over the dataset, by explicit differences (two O(n·dim)
 * passes; no cancellation-prone Σ‖∇fᵢ‖² − n‖∇f‖²). The ridge term is the same in every ∇fᵢ and
 * cancels. `scratch` must hold 2·dim numbers.
 */
export function noiseAt(ds: Dataset, lambda: number, w: Float64Array, scratch: Float64Array): NoiseAt {
  const { n, dim, X } = ds;
  const grad = scratch.subarray(0, dim);
  const grad2 = gradient(ds, lambda, w, grad);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const c = exampleCoefficient(ds, w, i);
    const o = i * dim;
    for (let j = 0; j < dim; j++) {
      const diff = c * X[o + j] + lambda * w[j] - grad[j];
      s += diff * diff;
    }
  }
  return { grad2, noise: s / n };
}

export interface Minimum {
  w: Float64Array;
  fStar: number;
  /** ‖∇f(w⋆)‖ at the returned point. */
  gradNorm: number;
  iterations: number;
}

/**
 * The ridge minimiser by damped Newton's method (backtracking on f), from w = 0, until
 * ‖∇f‖ ≤ 1e-13·max(1, ‖∇f(0)‖) or 100 iterations. O(n·dim²) per iteration.
 */
export function minimise(ds: Dataset, lambda: number): Minimum {
  return drainSync(minimiseGen(ds, lambda));
}

/** The same, yielding between chunks of ≈ 10⁵ multiply-adds or one O(n·dim) pass (for a worker cell's checkpoints). */
export function* minimiseGen(ds: Dataset, lambda: number): Generator<void, Minimum> {
  if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const { n, dim, X } = ds;
  const w = new Float64Array(dim);
  const g = new Float64Array(dim);
  const H = new Float64Array(dim * dim);
  const step = new Float64Array(dim);
  const trial = new Float64Array(dim);
  let g2 = gradient(ds, lambda, w, g);
  const stop = 1e-13 * Math.max(1, Math.sqrt(g2));
  yield;
  let f = loss(ds, lambda, w);
  let it = 0;
  for (; it < 100 && Math.sqrt(g2) > stop; it++) {
    H.fill(0);
    const chunk = Math.max(1, Math.floor(200_000 / (dim * dim)));
    for (let i = 0; i < n; i++) {
      if (i % chunk === chunk - 1) yield;
      const s = sigmoid(margin(ds, w, i));
      const c = (s * (1 - s)) / n;
      const o = i * dim;
      for (let a = 0; a < dim; a++) {
        const ca = c * X[o + a];
        for (let b = 0; b <= a; b++) H[a * dim + b] += ca * X[o + b];
      }
    }
    for (let a = 0; a < dim; a++) H[a * dim + a] += lambda;
    choleskySolve(H, dim, g, step);
    let t = 1;
    let fNew = f;
    for (let k = 0; k < 60; k++) {
      for (let j = 0; j < dim; j++) trial[j] = w[j] - t * step[j];
      fNew = loss(ds, lambda, trial);
      if (fNew <= f) break;
      t *= 0.5;
      yield; // each trial is a full pass; near w⋆ rounding can make all 60 fail
    }
    w.set(trial);
    f = fNew;
    g2 = gradient(ds, lambda, w, g);
    yield;
  }
  return { w, fStar: loss(ds, lambda, w), gradNorm: Math.sqrt(g2), iterations: it };
}

/**
 * Solves H s = g for a symmetric positive definite H whose lower triangle is filled (row-major
 * dim × dim), by Cholesky in place of the lower triangle.
 */
function choleskySolve(H: Float64Array, dim: number, g: Float64Array, out: Float64Array): void {
  for (let j = 0; j < dim; j++) {
    let d = H[j * dim + j];
    for (let k = 0; k < j; k++) d -= H[j * dim + k] * H[j * dim + k];
    const ljj = Math.sqrt(Math.max(d, 1e-300));
    H[j * dim + j] = ljj;
    for (let i = j + 1; i < dim; i++) {
      let s = H[i * dim + j];
      for (let k = 0; k < j; k++) s -= H[i * dim + k] * H[j * dim + k];
      H[i * dim + j] = s / ljj;
    }
  }
  for (let i = 0; i < dim; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= H[i * dim + k] * out[k];
    out[i] = s / H[i * dim + i];
  }
  for (let i = dim - 1; i >= 0; i--) {
    let s = out[i];
    for (let k = i + 1; k < dim; k++) s -= H[k * dim + i] * out[k];
    out[i] = s / H[i * dim + i];
  }
}
