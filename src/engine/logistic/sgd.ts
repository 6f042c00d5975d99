// Mini-batch SGD on the ridge logistic regression of model.ts, with AVERAGED mini-batches of m
// examples drawn uniformly WITH replacement (so one example's noise is exactly
// (1/n)Σ‖∇fᵢ − ∇f‖² and a batch's is 1/m of it): w ← w − γₜ·(1/m)Σ∇fᵢ(w), from w = 0, with the
// step-decay schedule of schedule.ts. The estimator's inputs (‖∇f‖², the exact per-example noise,
// f − f⋆) are evaluated in O(n·dim) at ~`points` log-spaced checkpoints only, plus `window`
// evenly spaced checkpoints in the last 10 epochs for ε̂_T.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { rngFor } from '../random/seed';
import { type Dataset, type DatasetParams, makeDataset } from './dataset';
import { exampleCoefficient, loss, minimiseGen, noiseAt } from './model';
import { type DecaySchedule, decaySteps, logSpacedSteps, phaseLength, phaseSteps } from './schedule';

export interface LogisticRunParams extends DatasetParams, DecaySchedule {
  /** Ridge λ > 0. */
  lambda: number;
  /** Mini-batch size m (averaged). */
  mb: number;
  /** Target: f − f⋆ ≤ tol. */
  tol: number;
  /** About how many log-spaced checkpoints (default 100). */
  points?: number;
  /** Checkpoints in the final window that ε̂_T averages (default 50). */
  window?: number;
}

/** Plain JSON. */
export interface LogisticRun {
  n: number;
  dim: number;
  flipped: number;
  fStar: number;
  /** ‖∇f(w⋆)‖ of the Newton solution. */
  gradNormStar: number;
  /** E‖g − ∇f‖² per example at w⋆: the noise that does not vanish (σ⋆²). */
  noiseStar: number;
  /** Steps of one epoch: ⌈n/m⌉. */
  epoch: number;
  /** Checkpoint steps (log-spaced) and the exact quantities there. */
  steps: number[];
  grad2: number[];
  noise: number[];
  gap: number[];
  /** Running minimum of ‖∇f‖² over the checkpoints so far (the live stand-in for ε̂_T). */
  runMin: number[];
  /** ε̂_T: mean ‖∇f‖² over the evenly spaced checkpoints of the last 10 epochs (null if diverged). */
  epsHat: number | null;
  /** First step (checkpoint) with f − f⋆ ≤ tol, or null. */
  reached: number | null;
  /** First step of the final window (0 when the run is shorter than 10 epochs). */
  windowStart: number;
  decays: number[];
  status: 'done' | 'diverged';
  endStep: number;
}

const CHUNK = 4096;

/** The dataset depends on the seed and its own four parameters only (not on the run's settings). */
export function datasetIdentity(p: DatasetParams): string {
  return `logistic-data|n=${p.n}|dim=${p.dim}|sep=${p.sep}|flip=${p.flip}`;
}

function* runGen(p: LogisticRunParams, seed: number, identity: string): Generator<void, LogisticRun> {
  if (!Number.isInteger(p.mb) || p.mb < 1) throw new RangeError(`mb must be a positive integer, got ${p.mb}`);
  if (!Number.isInteger(p.steps) || p.steps < 1) throw new RangeError(`steps must be ≥ 1, got ${p.steps}`);
  const ds: Dataset = makeDataset(p, seed, datasetIdentity(p));
  yield;
  const star = yield* minimiseGen(ds, p.lambda);
  const scratch = new Float64Array(2 * ds.dim);
  const noiseStar = noiseAt(ds, p.lambda, star.w, scratch).noise;
  yield;
  const { n, dim, X } = ds;
  const T = p.steps;
  const epoch = Math.ceil(n / p.mb);
  const windowStart = Math.max(0, T - 10 * epoch);
  const logMarks = logSpacedSteps(T, p.points ?? 100);
  const nWin = p.window ?? 50;
  const winMarks: number[] = [];
  for (let k = 1; k <= nWin; k++) {
    const t = windowStart + Math.ceil(((T - windowStart) * k) / nWin);
    if (t > windowStart && (winMarks.length === 0 || t > winMarks[winMarks.length - 1])) winMarks.push(t);
  }
  const logSet = new Set(logMarks);
  const winSet = new Set(winMarks);
  const marks = [...new Set([...logMarks, ...winMarks])].sort((a, b) => a - b);
  const gammas = phaseSteps(p);
  const len = phaseLength(p);
  const rng = rngFor(seed, `${identity}|sgd`);
  const w = new Float64Array(dim);
  const g = new Float64Array(dim);
  const out: LogisticRun = {
    n,
    dim,
    flipped: ds.flipped,
    fStar: star.fStar,
    gradNormStar: star.gradNorm,
    noiseStar,
    epoch,
    steps: [],
    grad2: [],
    noise: [],
    gap: [],
    runMin: [],
    epsHat: null,
    reached: null,
    windowStart,
    decays: decaySteps(p),
    status: 'done',
    endStep: 0,
  };
  let runMin = noiseAt(ds, p.lambda, w, scratch).grad2;
  let winSum = 0;
  let winCount = 0;
  let t = 0;
  let sinceYield = 0;
  for (const mark of marks) {
    while (t < mark) {
      const gamma = gammas[Math.min(gammas.length - 1, Math.floor(t / len))];
      g.fill(0);
      for (let k = 0; k < p.mb; k++) {
        const i = Math.min(n - 1, Math.floor(rng.uniform() * n));
        const c = exampleCoefficient(ds, w, i);
        const o = i * dim;
        for (let j = 0; j < dim; j++) g[j] += c * X[o + j];
      }
      for (let j = 0; j < dim; j++) w[j] -= gamma * (g[j] / p.mb + p.lambda * w[j]);
      t++;
      sinceYield += p.mb;
      if (sinceYield >= CHUNK) {
        sinceYield = 0;
        yield;
      }
    }
    const at = noiseAt(ds, p.lambda, w, scratch);
    sinceYield += 2 * n;
    if (!Number.isFinite(at.grad2) || !Number.isFinite(at.noise)) {
      out.status = 'diverged';
      break;
    }
    if (at.grad2 < runMin) runMin = at.grad2;
    if (winSet.has(mark)) {
      winSum += at.grad2;
      winCount++;
    }
    if (logSet.has(mark)) {
      const gap = loss(ds, p.lambda, w) - star.fStar;
      out.steps.push(mark);
      out.grad2.push(at.grad2);
      out.noise.push(at.noise);
      out.gap.push(gap);
      out.runMin.push(runMin);
      if (out.reached === null && gap <= p.tol) out.reached = mark;
    }
  }
  out.endStep = t;
  if (out.status === 'done' && winCount > 0) out.epsHat = winSum / winCount;
  return out;
}

export function logisticRunSync(p: LogisticRunParams, seed: number, identity: string): LogisticRun {
  return drainSync(runGen(p, seed, identity));
}

export function logisticRun(
  p: LogisticRunParams,
  seed: number,
  identity: string,
  ctl: Checkpointer,
): Promise<LogisticRun> {
  return drainAsync(runGen(p, seed, identity), ctl);
}
