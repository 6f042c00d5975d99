// Monte Carlo measurement of the relative sparsity Δ ([CP] Definition 2) and the relative noise M of
// the Sec. 6 stochastic gradients at given points, against Corollary 2's bound M ≥ (1 − Δ)/Δ.
// Points are iterates in ORIGINAL coordinates (support is a statement about the model's
// coordinates): D = B·d values for `block`, d for `mask`; every point needs ∇f ≠ 0.
//   Δ̂ = max over coordinates of the fraction of all draws (all points) with the coordinate in
//       supp(g), i.e. g_j ≠ 0;
//   M̂ = mean over points of (mean over draws of ‖g − ∇f‖²)/‖∇f‖²;
//   Mbound = (1 − Δ̂)/Δ̂.
// The samplers are the runs' (blockRun.ts, maskRun.ts), in x-coordinates. Stream order per point,
// per draw: `block`: [boundedInt(B), B > 1 only], [d normals, noisy only]; `mask`: [mask words,
// mask.ts], [normals for the kept coordinates, noisy and at least one kept only].

import { boundedInt, makeDelayedProblem, rejectThreshold } from '../delayed/run';
import { fillGaussians } from '../quadratic/gaussian';
import { type NoiseParams, noiseCoefficients } from '../quadratic/noise';
import type { ProblemParams } from '../quadratic/problem';
import type { Xoshiro128 } from '../random/xoshiro128';
import { applyH } from './hessian';
import { checkAlpha, drawMask, maskBits } from './mask';

export type SparseKind = 'block' | 'mask';

/** The base problem and noise; B (blocks, `block`) or alpha (mask factor, `mask`), default 1. */
export interface SparsityParams extends ProblemParams, NoiseParams {
  B?: number;
  alpha?: number;
}

export interface SparsityMeasure {
  delta: number;
  M: number;
  Mbound: number;
}

export function measureSparsity(
  kind: SparseKind,
  params: SparsityParams,
  points: Float64Array[],
  draws: number,
  rng: Xoshiro128,
): SparsityMeasure {
  if (!Number.isInteger(draws) || draws < 1)
    throw new RangeError(`draws must be a positive integer, got ${draws}`);
  if (points.length === 0) throw new RangeError('need at least one point');
  const { hDiag, hOff, q } = makeDelayedProblem(params);
  const d = q.d;
  const { alpha: a0, beta: b0 } = noiseCoefficients(params, d);
  const noiseless = a0 === 0 && b0 === 0;
  const B = kind === 'block' ? (params.B ?? 1) : 1;
  const alpha = kind === 'mask' ? (params.alpha ?? 1) : 1;
  if (!Number.isInteger(B) || B < 1) throw new RangeError(`B must be a positive integer, got ${B}`);
  checkAlpha(alpha);
  const D = B * d;
  const hits = new Float64Array(D);
  const grad = new Float64Array(D);
  const blockG2 = new Float64Array(B);
  const z = new Float64Array(d);
  const keep = new Int32Array(d);
  const thrB = rejectThreshold(B);
  const bits = maskBits(alpha);
  const thrA = rejectThreshold(alpha);
  let ratioSum = 0;
  for (const x of points) {
    if (x.length !== D) throw new RangeError(`a point must have ${D} coordinates, got ${x.length}`);
    let g2 = 0;
    for (let i = 0; i < B; i++) {
      blockG2[i] = applyH(hDiag, hOff, x, i * d, d, grad, i * d);
      g2 += blockG2[i];
    }
    if (!(g2 > 0)) throw new RangeError('∇f must be non-zero at every point');
    let err = 0;
    for (let r = 0; r < draws; r++) {
      if (kind === 'block') {
        // g = B(∇F_i + u) on block i: ‖g − ∇f‖² = ‖∇f‖² − ‖∇F_i‖² + ‖(B − 1)∇F_i + B·u‖².
        const i = B > 1 ? boundedInt(rng, B, thrB) : 0;
        const s = noiseless ? 0 : Math.sqrt(a0 * blockG2[i] + b0);
        if (!noiseless) fillGaussians(rng, z, d);
        let e = 0;
        const o = i * d;
        for (let k = 0; k < d; k++) {
          const gk = B * (grad[o + k] + s * z[k]);
          if (gk !== 0) hits[o + k]++;
          const diff = gk - grad[o + k];
          e += diff * diff;
        }
        err += e + (g2 - blockG2[i]);
      } else {
        // g = α·m∘(∇f + u): off the mask the error is −∇_j f.
        const n = drawMask(rng, alpha, bits, thrA, d, keep);
        const s = noiseless ? 0 : Math.sqrt(a0 * g2 + b0);
        if (!noiseless && n > 0) fillGaussians(rng, z, n);
        let e = g2;
        for (let k = 0; k < n; k++) {
          const j = keep[k];
          const gj = alpha * (grad[j] + s * z[k]);
          if (gj !== 0) hits[j]++;
          const diff = gj - grad[j];
          e += diff * diff - grad[j] * grad[j];
        }
        err += e;
      }
    }
    ratioSum += err / draws / g2;
  }
  let maxHits = 0;
  for (let j = 0; j < D; j++) if (hits[j] > maxHits) maxHits = hits[j];
  const delta = maxHits / (points.length * draws);
  return { delta, M: ratioSum / points.length, Mbound: delta > 0 ? (1 - delta) / delta : Infinity };
}
