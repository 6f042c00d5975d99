// A gradient-noise log of the explorer's logistic model (the estimator view's dataset) with the
// truth EXACT over the dataset at every step: |G|² = ‖∇f(w)‖² and tr Σ = (1/n) Σᵢ ‖∇fᵢ(w) − ∇f(w)‖²
// (noiseAt), the per-example covariance of drawing one example uniformly WITH replacement. The job
// draws its batches that way (worker 0: b_small examples; the others: b_big − b_small more; the
// global gradient averages all b_big), so E‖G_B‖² = |G|² + tr Σ/B holds exactly and the two-batch
// estimates are unbiased. Unlike the quadratic's, this noise is not Gaussian and B_simple changes
// along the run (it grows as the gradient shrinks towards the ridge minimiser: about 25 at the start,
// 60 at step 500, 400–470 at step 2 000 with the defaults). A faster run (larger lr) soon reaches
// B_simple ≫ b_big, where the |G|² estimates drown in noise and the band's upper end is unbounded —
// as it would in a real job: the defaults keep the validation log where b_big = 256 can measure it.

import { makeDataset } from '../logistic/dataset';
import { exampleCoefficient, loss, noiseAt } from '../logistic/model';
import { xoshiroFor } from '../random/seed';
import { type ExampleLog, emptyExampleLog } from './exampleLog';

export interface LogisticExampleParams {
  n: number;
  dim: number;
  sep: number;
  flip: number;
  lambda: number;
  lr: number;
  bSmall: number;
  workers: number;
  steps: number;
  seed: number;
}

export const DEFAULT_LOGISTIC_EXAMPLE: LogisticExampleParams = {
  n: 1000,
  dim: 10,
  sep: 3,
  flip: 0.05,
  lambda: 0.01,
  lr: 0.005,
  bSmall: 32,
  workers: 8,
  steps: 2000,
  seed: 1,
};

export function logisticExampleLog(p: LogisticExampleParams): ExampleLog {
  const identity = `advisor-logistic|n=${p.n}|dim=${p.dim}|sep=${p.sep}|flip=${p.flip}`;
  const ds = makeDataset(p, p.seed, identity);
  const rng = xoshiroFor(p.seed, `${identity}|lambda=${p.lambda}|lr=${p.lr}|bs=${p.bSmall}|P=${p.workers}`);
  const { dim, X } = ds;
  const bs = p.bSmall;
  const bb = p.bSmall * p.workers;
  const w = new Float64Array(dim);
  const scratch = new Float64Array(2 * dim);
  const small = new Float64Array(dim);
  const rest = new Float64Array(dim);
  const n = p.steps;
  const out = emptyExampleLog(bs, bb, p.lr, n);
  const addExample = (into: Float64Array) => {
    const i = Math.floor(rng.uniform() * ds.n);
    const c = exampleCoefficient(ds, w, i);
    const o = i * dim;
    for (let j = 0; j < dim; j++) into[j] += c * X[o + j];
  };
  for (let t = 0; t < n; t++) {
    const truth = noiseAt(ds, p.lambda, w, scratch);
    small.fill(0);
    rest.fill(0);
    for (let k = 0; k < bs; k++) addExample(small);
    for (let k = bs; k < bb; k++) addExample(rest);
    let gs = 0;
    let gb = 0;
    for (let j = 0; j < dim; j++) {
      // The ridge term λw is in every example's gradient, so in every average.
      const a = small[j] / bs + p.lambda * w[j];
      const b = (small[j] + rest[j]) / bb + p.lambda * w[j];
      gs += a * a;
      gb += b * b;
      rest[j] = b;
    }
    out.step[t] = t;
    out.gSmallSq[t] = gs;
    out.gBigSq[t] = gb;
    out.loss[t] = loss(ds, p.lambda, w);
    out.trueGSq[t] = truth.grad2;
    out.trueTrSigma[t] = truth.noise;
    for (let j = 0; j < dim; j++) w[j] -= p.lr * rest[j];
  }
  return out;
}
