// One SGD run on the [CP] Sec. 7.1 quadratic with a step-decay schedule, for the estimator (Eq. 9).
// SgdRun (sgd.ts) keeps one step, stops at the target and tracks nothing per step, which keeps its
// hot loop minimal; this run is the same update (eigenbasis, summed batch of m as one Gaussian draw,
// optional heavy ball; a test checks it against SgdRun without decays) with the step changing
// between phases; it runs for a fixed T steps (it does not stop at
// the target) and records ‖∇f‖² at log-spaced steps, the running minimum of ‖∇f‖² over every step
// so far, the first step inside the target, and ε̂_T = mean ‖∇f‖² over every step of the last 10
// epochs.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { logSpacedSteps, phaseLength, phaseSteps } from '../logistic';
import { xoshiroFor } from '../random/seed';
import { CHUNK_STEPS } from './chunk';
import { fillGaussians } from './gaussian';
import { type NoiseParams, noiseCoefficients } from './noise';
import { makeQuadratic, type ProblemParams } from './problem';
import { BLOWUP } from './sgd';
import { summarizeIterate } from './summary';
import { type TargetParams, targetBound } from './target';

export interface DecayRunParams extends ProblemParams, NoiseParams, TargetParams {
  /** Batch size m (gradients summed, as Algorithm 1). */
  mb: number;
  /** Initial step per summed gradient. */
  gamma: number;
  decays: number;
  factor: number;
  /** Total steps T. */
  steps: number;
  /** Steps per "epoch" (ε̂_T averages the last 10 epochs). */
  epoch: number;
  mom: number;
  points?: number;
}

/** Plain JSON. */
export interface DecayRun {
  steps: number[];
  grad2: number[];
  /** Running minimum of ‖∇f‖² over every step up to the recorded one (the live ε̂ stand-in). */
  runMin: number[];
  /** ε̂_T (null when the run diverged). */
  epsHat: number | null;
  windowStart: number;
  /** First step inside the target, or null. */
  reached: number | null;
  status: 'done' | 'diverged';
  endStep: number;
}

function* gen(p: DecayRunParams, seed: number, identity: string): Generator<void, DecayRun> {
  if (!Number.isInteger(p.mb) || p.mb < 1) throw new RangeError(`mb must be a positive integer, got ${p.mb}`);
  const q = makeQuadratic(p);
  const { d, h, y0 } = q;
  const { alpha, beta } = noiseCoefficients(p, d);
  const { onGap, bound } = targetBound(p, d);
  const blow2 = BLOWUP * BLOWUP * q.x0Norm2;
  const rng = xoshiroFor(seed, identity);
  const T = p.steps;
  const marks = logSpacedSteps(T, p.points ?? 200);
  const windowStart = Math.max(0, T - 10 * p.epoch);
  const gammas = phaseSteps(p);
  const len = phaseLength(p);
  const y = Float64Array.from(y0);
  const v = new Float64Array(d);
  const z = new Float64Array(d);
  const sqrtM = Math.sqrt(p.mb);
  let { norm2: n2, grad2: g2, twoF: f2 } = summarizeIterate(h, y);
  let runMin = g2;
  let reached: number | null = (onGap ? f2 : n2) <= bound ? 0 : null;
  let winSum = 0;
  let winCount = 0;
  const out: DecayRun = {
    steps: [],
    grad2: [],
    runMin: [],
    epsHat: null,
    windowStart,
    reached: null,
    status: 'done',
    endStep: 0,
  };
  let t = 0;
  let m = 0;
  while (t < T) {
    const gamma = gammas[Math.min(gammas.length - 1, Math.floor(t / len))];
    const s = sqrtM * Math.sqrt(alpha * g2 + beta);
    fillGaussians(rng, z, d);
    g2 = 0;
    n2 = 0;
    f2 = 0;
    for (let i = 0; i < d; i++) {
      // v ← mom·v + Σg (Σg = m h∘y + √m·s·z), y ← y − γv; with mom = 0 plain SGD.
      const vi = p.mom * v[i] + p.mb * h[i] * y[i] + s * z[i];
      v[i] = vi;
      const yi = y[i] - gamma * vi;
      y[i] = yi;
      const hy = h[i] * yi;
      g2 += hy * hy;
      n2 += yi * yi;
      f2 += hy * yi;
    }
    t++;
    if (!(n2 <= blow2)) {
      out.status = 'diverged';
      break;
    }
    if (g2 < runMin) runMin = g2;
    if (reached === null && (onGap ? f2 : n2) <= bound) reached = t;
    if (t > windowStart) {
      winSum += g2;
      winCount++;
    }
    if (t === marks[m]) {
      out.steps.push(t);
      out.grad2.push(g2);
      out.runMin.push(runMin);
      m++;
    }
    if (t % CHUNK_STEPS === 0) yield;
  }
  out.endStep = t;
  out.reached = reached;
  if (out.status === 'done' && winCount > 0) out.epsHat = winSum / winCount;
  return out;
}

export function decayRunSync(p: DecayRunParams, seed: number, identity: string): DecayRun {
  return drainSync(gen(p, seed, identity));
}

export function decayRun(
  p: DecayRunParams,
  seed: number,
  identity: string,
  ctl: Checkpointer,
): Promise<DecayRun> {
  return drainAsync(gen(p, seed, identity), ctl);
}
