// The two problems of the race engine, each as a "model": the start w0, a stochastic mini-batch
// gradient at any (possibly stale) parameters, the error f(w) − f⋆, and the constants the bounds
// need (problemInfo). Conventions: docs/ps-model.md.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { type Dataset, makeDatasetGen, sigmoid } from '../logistic/dataset';
import { gradient, loss, minimiseGen } from '../logistic/model';
import { datasetIdentity } from '../logistic/sgd';
import { fillGaussians } from '../quadratic/gaussian';
import { noiseCoefficients } from '../quadratic/noise';
import { makeQuadratic } from '../quadratic/problem';
import type { Xoshiro128 } from '../random/xoshiro128';
import { DigitsRaceModel } from './digitsModel';
import type { LogisticRaceProblem, ProblemInfo, QuadraticRaceProblem, RaceProblem } from './types';

/** What the event loop needs from a problem. */
export interface RaceModel {
  readonly d: number;
  /** Start point (copied by the run). */
  readonly w0: Float64Array;
  readonly initialError: number;
  /** Whether gradRatio is cheap (O(d)) and so measured on every applied stale gradient. */
  readonly cheapRatio: boolean;
  /** Stochastic mini-batch gradient at R[off .. off + d) into g; draws its noise from `noise`. */
  grad(R: Float64Array, off: number, g: Float64Array, noise: Xoshiro128): void;
  /** f(w) − f⋆, clamped at 0 below (the logistic f⋆ is a numerical minimum). */
  error(w: Float64Array): number;
  /**
   * A cheap (O(d)) lower bound on f(w) − f⋆ for the divergence test between full evaluations
   * (the quadratic's error itself).
   */
  errorLowerBound(w: Float64Array): number;
  /** ‖∇F(w) − ∇F(R)‖²/‖∇F(w)‖² (0 when ∇F(w) = 0). */
  gradRatio(w: Float64Array, R: Float64Array, off: number): number;
  /**
   * The work of one grad, one error and one gradRatio call, in run.ts's work units (≈ 1 ns each
   * on a desktop CPU), so the run can yield after a bounded amount of work whatever m, n and d are.
   */
  readonly gradWork: number;
  readonly errorWork: number;
  readonly ratioWork: number;
  /** Examples in one full evaluation, for models that have a data set (run.ts spaces evaluations by it). */
  readonly n?: number;
  /** Held-out error rate at w, recorded at every checkpoint (models with a held-out set). */
  heldOutError?(w: Float64Array): number;
}

/**
 * Work of one logistic example (a margin, a sigmoid or loss term through the project's own exp,
 * and an axpy): measured ≈ 200–500 ns at dim = 10–50.
 */
function exampleWork(dim: number): number {
  return 100 + 8 * dim;
}

// ---- quadratic ----

class QuadraticModel implements RaceModel {
  readonly d: number;
  readonly w0: Float64Array;
  readonly initialError: number;
  readonly cheapRatio = true;
  private readonly h: Float64Array;
  private readonly alpha: number;
  private readonly beta: number;
  private readonly noisy: boolean;
  private readonly mb: number;
  private readonly z: Float64Array;
  readonly gradWork: number;
  readonly errorWork: number;
  readonly ratioWork: number;

  constructor(p: QuadraticRaceProblem, mb: number) {
    const q = makeQuadratic({ family: p.family, d: p.d, lambda: p.lambda, kappa: p.kappa });
    const { alpha, beta } = noiseCoefficients({ M: p.M, sigma2: p.sigma2, noise: p.noise }, q.d);
    this.d = q.d;
    this.h = q.h;
    this.w0 = q.y0;
    this.alpha = alpha;
    this.beta = beta;
    this.noisy = alpha > 0 || beta > 0;
    this.mb = mb;
    this.z = new Float64Array(q.d);
    this.initialError = this.error(q.y0);
    // d Gaussians (a log and a square root per pair) dominate a noisy gradient
    this.gradWork = 50 * q.d;
    this.errorWork = 2 * q.d;
    this.ratioWork = 4 * q.d;
  }

  grad(R: Float64Array, off: number, g: Float64Array, noise: Xoshiro128): void {
    const { d, h } = this;
    let g2 = 0;
    for (let i = 0; i < d; i++) {
      const v = h[i] * R[off + i];
      g[i] = v;
      g2 += v * v;
    }
    if (!this.noisy) return;
    const s = Math.sqrt((this.alpha * g2 + this.beta) / this.mb);
    const z = this.z;
    fillGaussians(noise, z, d);
    for (let i = 0; i < d; i++) g[i] += s * z[i];
  }

  error(w: Float64Array): number {
    const { d, h } = this;
    let f = 0;
    for (let i = 0; i < d; i++) f += h[i] * w[i] * w[i];
    return 0.5 * f;
  }

  errorLowerBound(w: Float64Array): number {
    return this.error(w);
  }

  gradRatio(w: Float64Array, R: Float64Array, off: number): number {
    const { d, h } = this;
    let num = 0;
    let den = 0;
    for (let i = 0; i < d; i++) {
      const a = h[i] * w[i];
      const b = h[i] * (w[i] - R[off + i]);
      den += a * a;
      num += b * b;
    }
    return den > 0 ? num / den : 0;
  }
}

// ---- logistic ----

interface LogisticData {
  ds: Dataset;
  lambda: number;
  fStar: number;
  /** Newton's ‖∇f(w⋆)‖. */
  gradNormStar: number;
  /** λ + ¼·λ_max(XᵀX/n). */
  L: number;
  /** (1/n) Σ ‖xᵢ‖²: bounds one example's E‖∇fᵢ − ∇f‖² at every w. */
  sigma2: number;
}

const cache = new Map<string, LogisticData>();
const CACHE_SIZE = 8;

function logisticKey(p: LogisticRaceProblem): string {
  return `${p.n}|${p.dim}|${p.sep}|${p.flip}|${p.ridge}|${p.dataSeed}`;
}

/**
 * Largest eigenvalue of the dim × dim Gram matrix XᵀX/n, by power iteration (to 1e-12 relative);
 * yields every ≈ 10⁶ multiply-adds (building G is n·dim², up to 5·10⁷).
 */
function* gramMaxEigenGen(ds: Dataset): Generator<void, number> {
  const { n, dim, X } = ds;
  const every = Math.max(1, Math.floor(1e6 / (dim * dim)));
  const G = new Float64Array(dim * dim);
  for (let i = 0; i < n; i++) {
    if (i % every === every - 1) yield;
    const o = i * dim;
    for (let a = 0; a < dim; a++) {
      const xa = X[o + a] / n;
      for (let b = 0; b < dim; b++) G[a * dim + b] += xa * X[o + b];
    }
  }
  let v = new Float64Array(dim).fill(1 / Math.sqrt(dim));
  let next = new Float64Array(dim);
  let lam = 0;
  for (let it = 0; it < 10000; it++) {
    if (it % every === every - 1) yield;
    let norm2 = 0;
    for (let a = 0; a < dim; a++) {
      let s = 0;
      for (let b = 0; b < dim; b++) s += G[a * dim + b] * v[b];
      next[a] = s;
      norm2 += s * s;
    }
    const norm = Math.sqrt(norm2);
    if (norm === 0) return 0;
    for (let a = 0; a < dim; a++) next[a] /= norm;
    [v, next] = [next, v];
    if (Math.abs(norm - lam) <= 1e-12 * norm) return norm;
    lam = norm;
  }
  return lam;
}

/** The dataset (the estimator view's, for the same seed and parameters), f⋆ and the constants; cached. */
export function logisticData(p: LogisticRaceProblem): LogisticData {
  return drainSync(logisticDataGen(p));
}

/** Whether logisticData(p) is cached (built and not yet evicted) in this thread. */
export function hasLogisticData(p: LogisticRaceProblem): boolean {
  return cache.has(logisticKey(p));
}

/**
 * The same, yielding every few milliseconds of work (at n = 20 000 the build takes seconds, most
 * of it Newton's method): a worker checks for cancellation at each yield. A build abandoned at a
 * yield caches nothing; a cached one returns without yielding.
 */
export function* logisticDataGen(p: LogisticRaceProblem): Generator<void, LogisticData> {
  if (!(p.ridge > 0)) throw new RangeError(`ridge must be > 0, got ${p.ridge}`);
  const key = logisticKey(p);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const dp = { n: p.n, dim: p.dim, sep: p.sep, flip: p.flip };
  const ds = yield* makeDatasetGen(dp, p.dataSeed, datasetIdentity(dp));
  yield;
  const star = yield* minimiseGen(ds, p.ridge);
  let sigma2 = 0;
  for (let k = 0; k < ds.X.length; k++) sigma2 += ds.X[k] * ds.X[k];
  const lambdaMax = yield* gramMaxEigenGen(ds);
  const data: LogisticData = {
    ds,
    lambda: p.ridge,
    fStar: star.fStar,
    gradNormStar: star.gradNorm,
    L: p.ridge + 0.25 * lambdaMax,
    sigma2: sigma2 / ds.n,
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, data);
  return data;
}

class LogisticModel implements RaceModel {
  readonly d: number;
  readonly w0: Float64Array;
  readonly initialError: number;
  readonly cheapRatio = false;
  private readonly data: LogisticData;
  private readonly mb: number;
  private readonly ga: Float64Array;
  private readonly gb: Float64Array;
  readonly gradWork: number;
  readonly errorWork: number;
  readonly ratioWork: number;

  constructor(data: LogisticData, mb: number) {
    this.data = data;
    this.d = this.data.ds.dim;
    this.w0 = new Float64Array(this.d);
    this.mb = mb;
    this.ga = new Float64Array(this.d);
    this.gb = new Float64Array(this.d);
    this.initialError = this.error(this.w0);
    const { n, dim } = data.ds;
    this.gradWork = mb * exampleWork(dim);
    this.errorWork = n * (exampleWork(dim) + 50); // a loss term is an exp and a log1p
    this.ratioWork = 2 * n * exampleWork(dim);
  }

  grad(R: Float64Array, off: number, g: Float64Array, noise: Xoshiro128): void {
    const { ds, lambda } = this.data;
    const { n, X, y } = ds;
    const d = this.d;
    const mb = this.mb;
    for (let j = 0; j < d; j++) g[j] = 0;
    for (let k = 0; k < mb; k++) {
      const i = Math.min(n - 1, Math.floor(noise.uniform() * n));
      const o = i * d;
      let z = 0;
      for (let j = 0; j < d; j++) z += X[o + j] * R[off + j];
      const c = -y[i] * sigmoid(-y[i] * z);
      for (let j = 0; j < d; j++) g[j] += c * X[o + j];
    }
    for (let j = 0; j < d; j++) g[j] = g[j] / mb + lambda * R[off + j];
  }

  error(w: Float64Array): number {
    const e = loss(this.data.ds, this.data.lambda, w) - this.data.fStar;
    return Math.max(0, e); // NaN stays NaN (divergence)
  }

  errorLowerBound(w: Float64Array): number {
    // every logistic loss term is ≥ 0, so f(w) ≥ (λ/2)‖w‖²
    let w2 = 0;
    for (let j = 0; j < this.d; j++) w2 += w[j] * w[j];
    return 0.5 * this.data.lambda * w2 - this.data.fStar;
  }

  gradRatio(w: Float64Array, R: Float64Array, off: number): number {
    const { ds, lambda } = this.data;
    const den = gradient(ds, lambda, w, this.ga);
    gradient(ds, lambda, R.subarray(off, off + this.d), this.gb);
    let num = 0;
    for (let j = 0; j < this.d; j++) {
      const v = this.ga[j] - this.gb[j];
      num += v * v;
    }
    return den > 0 ? num / den : 0;
  }
}

export function makeModel(problem: RaceProblem, mb: number): RaceModel {
  return drainSync(makeModelGen(problem, mb));
}

/** The same, yielding while a logistic model's data and f⋆ are built (logisticDataGen). */
export function* makeModelGen(problem: RaceProblem, mb: number): Generator<void, RaceModel> {
  if (problem.kind === 'quadratic') return new QuadraticModel(problem, mb);
  if (problem.kind === 'logistic') return new LogisticModel(yield* logisticDataGen(problem), mb);
  if (problem.kind === 'digits') return new DigitsRaceModel(problem, mb);
  throw new RangeError(`unknown problem kind ${String((problem as { kind: unknown }).kind)}`);
}

/**
 * Constants for the bounds ([SS] Lemma 2, Theorems 3–4). Quadratic: L and c are the Hessian's
 * extreme eigenvalues, f⋆ = 0, and the noise of ONE sample is exactly E‖g − ∇F‖² = d(α‖∇F‖² + β)
 * (α, β of noiseCoefficients), so σ² = dβ and M_G = dα (literal: dσ², dM; coord: σ², M).
 * Logistic: L = λ + ¼λ_max(XᵀX/n), c = λ (the ridge), f⋆ from Newton's method, and the noise of
 * one example, E‖∇fᵢ(w) − ∇F(w)‖² = (1/n)Σ cᵢ²‖xᵢ‖² − ‖(1/n)Σ cᵢxᵢ‖² with |cᵢ| ≤ 1, is bounded
 * at every w by σ² = (1/n)Σ‖xᵢ‖² with M_G = 0 (a valid bound, loose near w⋆).
 */
export function problemInfo(problem: RaceProblem): ProblemInfo {
  return drainSync(problemInfoGen(problem));
}

/** The same, awaiting ctl.checkpoint() while a logistic model is built (a worker can cancel it). */
export function problemInfoAsync(problem: RaceProblem, ctl: Checkpointer): Promise<ProblemInfo> {
  return drainAsync(problemInfoGen(problem), ctl);
}

/** The same, yielding while a logistic model is built (for a worker cell: seconds at n = 20 000). */
export function* problemInfoGen(problem: RaceProblem): Generator<void, ProblemInfo> {
  if (problem.kind === 'quadratic') {
    const q = makeQuadratic({
      family: problem.family,
      d: problem.d,
      lambda: problem.lambda,
      kappa: problem.kappa,
    });
    const { alpha, beta } = noiseCoefficients(
      { M: problem.M, sigma2: problem.sigma2, noise: problem.noise },
      q.d,
    );
    let f0 = 0;
    for (let i = 0; i < q.d; i++) f0 += q.h[i] * q.y0[i] * q.y0[i];
    return {
      d: q.d,
      L: q.L,
      c: q.mu,
      fStar: 0,
      initialError: 0.5 * f0,
      sigma2Eff: q.d * beta,
      MG: q.d * alpha,
    };
  }
  if (problem.kind === 'digits')
    throw new RangeError(
      'the digits problem has no bound constants: its f⋆ is not computed (digitsModel.ts)',
    );
  const data = yield* logisticDataGen(problem);
  return {
    d: data.ds.dim,
    L: data.L,
    c: data.lambda,
    fStar: data.fStar,
    initialError: Math.max(0, loss(data.ds, data.lambda, new Float64Array(data.ds.dim)) - data.fStar),
    sigma2Eff: data.sigma2,
    MG: 0,
  };
}
