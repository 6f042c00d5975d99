// Gradient-noise logs with a known truth (issue 17 "Validation"), made by the explorer's own
// quadratic ([CP] Sec. 7.1: makeQuadratic, the Property 3 noise of noise.ts) trained by data-parallel
// mini-batch SGD with AVERAGED gradients, as a PyTorch DDP job runs: P workers of b_small examples
// each, b_big = P·b_small. Each step logs what such a job can log for free — the squared norm of
// worker 0's gradient before the all-reduce and of the global one after — and the generator also
// keeps the truth at that iterate: |G|² = ‖∇f(x)‖², tr Σ = d·s²(x) (per-example covariance s²·I),
// so B_simple = tr Σ/|G|² is known exactly at every step; with σ² = 0 it is the constant
// effectiveM (d·M under `literal`, M under `coord`) and [CP]'s b_crit = M_eff + 1.
//
// One step costs O(d): worker 0's noise u_s ~ N(0, s²/b_small·I) and the other workers' mean
// u_r ~ N(0, s²/(b_big − b_small)·I) are one Gaussian vector each (a sum of Gaussian draws is one
// Gaussian draw); the global gradient's noise is their weighted mean, so it CONTAINS worker 0's
// batch, as in a real all-reduce (the estimators stay unbiased; their variance is the real one).

import { makeQuadratic, type NoiseConvention, noiseCoefficients } from '../quadratic';
import { xoshiroFor } from '../random/seed';

export interface ExampleLogParams {
  M: number;
  sigma2: number;
  noise: NoiseConvention;
  /** Problem size (paper: 20) and ridge (paper: 0.2); the tridiagonal family. */
  d: number;
  lambda: number;
  /** Learning rate of the averaged gradient. */
  lr: number;
  bSmall: number;
  workers: number;
  steps: number;
  seed: number;
}

export const DEFAULT_EXAMPLE: ExampleLogParams = {
  M: 100,
  sigma2: 0,
  noise: 'coord',
  d: 20,
  lambda: 0.2,
  lr: 0.005,
  bSmall: 32,
  workers: 8,
  steps: 2000,
  seed: 1,
};

/** A logged run and its truth (the quadratic here, the logistic model in logisticExampleLog.ts). */
export interface ExampleLog {
  bSmall: number;
  bBig: number;
  lr: number;
  step: Float64Array;
  gSmallSq: Float64Array;
  gBigSq: Float64Array;
  loss: Float64Array;
  /** The truth at each step's iterate. */
  trueGSq: Float64Array;
  trueTrSigma: Float64Array;
}

/** A log of `n` steps with every column zero, for a generator to fill. */
export function emptyExampleLog(bSmall: number, bBig: number, lr: number, n: number): ExampleLog {
  return {
    bSmall,
    bBig,
    lr,
    step: new Float64Array(n),
    gSmallSq: new Float64Array(n),
    gBigSq: new Float64Array(n),
    loss: new Float64Array(n),
    trueGSq: new Float64Array(n),
    trueTrSigma: new Float64Array(n),
  };
}

/** Runs the job and records its log and the truth. */
export function exampleLog(p: ExampleLogParams): ExampleLog {
  const q = makeQuadratic({ family: 'tridiag', d: p.d, lambda: p.lambda });
  const { alpha, beta } = noiseCoefficients({ M: p.M, sigma2: p.sigma2, noise: p.noise }, p.d);
  const d = p.d;
  const bs = p.bSmall;
  const bb = p.bSmall * p.workers;
  const rng = xoshiroFor(
    p.seed,
    `advisor-example|M=${p.M}|sigma2=${p.sigma2}|noise=${p.noise}|d=${p.d}|lambda=${p.lambda}|lr=${p.lr}|bs=${bs}|P=${p.workers}`,
  );
  const y = Float64Array.from(q.y0);
  const n = p.steps;
  const out = emptyExampleLog(bs, bb, p.lr, n);
  const grad = new Float64Array(d);
  for (let t = 0; t < n; t++) {
    let g2 = 0;
    let f = 0;
    for (let i = 0; i < d; i++) {
      grad[i] = q.h[i] * y[i];
      g2 += grad[i] * grad[i];
      f += 0.5 * q.h[i] * y[i] * y[i];
    }
    const s2 = alpha * g2 + beta;
    const sdSmall = Math.sqrt(s2 / bs);
    const sdRest = Math.sqrt(s2 / (bb - bs));
    let gs = 0;
    let gb = 0;
    for (let i = 0; i < d; i++) {
      const us = sdSmall * rng.normal();
      const ub = (bs * us + (bb - bs) * sdRest * rng.normal()) / bb;
      const a = grad[i] + us;
      const b = grad[i] + ub;
      gs += a * a;
      gb += b * b;
      y[i] -= p.lr * b;
    }
    out.step[t] = t;
    out.gSmallSq[t] = gs;
    out.gBigSq[t] = gb;
    out.loss[t] = f;
    out.trueGSq[t] = g2;
    out.trueTrSigma[t] = d * s2;
  }
  return out;
}

/** A number as logged: 9 significant digits (enough that |G|²'s difference formula loses nothing). */
const num = (x: number) => String(Number(x.toPrecision(9)));

/** The log in the two-batch format: `step,b_small,b_big,g_small_sq,g_big_sq,loss,lr`. */
export function twoBatchCsv(e: ExampleLog): string {
  const lines = ['step,b_small,b_big,g_small_sq,g_big_sq,loss,lr'];
  for (let t = 0; t < e.step.length; t++)
    lines.push(
      `${e.step[t]},${e.bSmall},${e.bBig},${num(e.gSmallSq[t])},${num(e.gBigSq[t])},${num(e.loss[t])},${e.lr}`,
    );
  return `${lines.join('\n')}\n`;
}

/** The same run in the `trace` format: the per-step unbiased estimates of tr Σ and |G|². */
export function traceCsv(e: ExampleLog): string {
  const bs = e.bSmall;
  const bb = e.bBig;
  const lines = ['step,tr_sigma,g_sq,loss'];
  for (let t = 0; t < e.step.length; t++) {
    const g = (bb * e.gBigSq[t] - bs * e.gSmallSq[t]) / (bb - bs);
    const s = ((e.gSmallSq[t] - e.gBigSq[t]) * bs * bb) / (bb - bs);
    lines.push(`${e.step[t]},${num(s)},${num(g)},${num(e.loss[t])}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same run as a tool that prints B_simple would log it: `step,noise_scale`, the ratio of two
 * EMAs (β = 0.99, per step) of the estimates, as McCandlish et al.'s and GPT-NeoX's loggers do;
 * rows whose EMA of |G|² is ≤ 0 are not written (such tools print nothing usable there either).
 */
export function noiseScaleCsv(e: ExampleLog): string {
  const bs = e.bSmall;
  const bb = e.bBig;
  const lines = ['step,noise_scale'];
  let ms = 0;
  let mg = 0;
  for (let t = 0; t < e.step.length; t++) {
    ms = 0.99 * ms + 0.01 * (((e.gSmallSq[t] - e.gBigSq[t]) * bs * bb) / (bb - bs));
    mg = 0.99 * mg + 0.01 * ((bb * e.gBigSq[t] - bs * e.gSmallSq[t]) / (bb - bs));
    if (mg > 0) lines.push(`${e.step[t]},${num(ms / mg)}`);
  }
  return `${lines.join('\n')}\n`;
}
