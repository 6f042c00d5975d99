// A synthetic binary classification dataset for the estimator view ([CP] Sec. 7.2–7.3 used
// ResNets on CIFAR-10, which cannot ship in a browser page): n examples xᵢ ~ N(0, I_dim), a true
// weight vector w_true = sep·u (u a uniformly random unit vector), labels yᵢ = +1 with probability
// σ(⟨xᵢ, w_true⟩) and −1 otherwise, then each label flipped with probability `flip`. Larger `sep`
// makes the classes more separable. Everything is drawn from one stream, so the dataset is a
// function of (seed, identity).

import { drainSync } from '../control';
import { exp } from '../math';
import { rngFor } from '../random/seed';

export interface DatasetParams {
  /** Number of examples n ≥ 2. */
  n: number;
  /** Dimension of the features (no intercept). */
  dim: number;
  /** Norm of the true weights: the separability. */
  sep: number;
  /** Label-noise probability in [0, 0.5]. */
  flip: number;
}

export interface Dataset {
  readonly n: number;
  readonly dim: number;
  /** Row-major n × dim features. */
  readonly X: Float64Array;
  /** Labels ±1. */
  readonly y: Float64Array;
  /** How many labels the label noise flipped. */
  readonly flipped: number;
  readonly wTrue: Float64Array;
}

/** The logistic function σ(z) = 1/(1 + e^(−z)), without overflow for either sign of z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exp(-z));
  const e = exp(z);
  return e / (1 + e);
}

export function makeDataset(p: DatasetParams, seed: number, identity: string): Dataset {
  return drainSync(makeDatasetGen(p, seed, identity));
}

/** The same, yielding every ≈ 2·10⁴ features drawn (a worker cell's checkpoints; n·dim reaches 10⁶). */
export function* makeDatasetGen(p: DatasetParams, seed: number, identity: string): Generator<void, Dataset> {
  const { n, dim, sep, flip } = p;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer ≥ 2, got ${n}`);
  if (!Number.isInteger(dim) || dim < 1) throw new RangeError(`dim must be a positive integer, got ${dim}`);
  if (!(sep >= 0)) throw new RangeError(`sep must be ≥ 0, got ${sep}`);
  if (!(flip >= 0 && flip <= 0.5)) throw new RangeError(`flip must be in [0, 0.5], got ${flip}`);
  const rng = rngFor(seed, `${identity}|dataset`);
  const wTrue = new Float64Array(dim);
  let norm2 = 0;
  for (let j = 0; j < dim; j++) {
    wTrue[j] = rng.normal();
    norm2 += wTrue[j] * wTrue[j];
  }
  const scale = norm2 > 0 ? sep / Math.sqrt(norm2) : 0;
  for (let j = 0; j < dim; j++) wTrue[j] *= scale;
  const X = new Float64Array(n * dim);
  const y = new Float64Array(n);
  let flipped = 0;
  const rows = Math.max(1, Math.floor(20_000 / dim));
  for (let i = 0; i < n; i++) {
    if (i % rows === rows - 1) yield;
    let z = 0;
    for (let j = 0; j < dim; j++) {
      const x = rng.normal();
      X[i * dim + j] = x;
      z += x * wTrue[j];
    }
    let label = rng.uniform() < sigmoid(z) ? 1 : -1;
    if (rng.uniform() < flip) {
      label = -label;
      flipped++;
    }
    y[i] = label;
  }
  return { n, dim, X, y, flipped, wTrue };
}
