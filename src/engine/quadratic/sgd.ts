// Mini-batch SGD on the quadratic, as [CP] Algorithm 1 with τ = b: all b stochastic gradients are
// taken at the same x and SUMMED, x ← x − γ Σ_{i<b} gᵢ(x) (optionally with heavy-ball momentum
// v ← mom·v + Σgᵢ, x ← x − γv). Σgᵢ = b∇f + Σuᵢ, and the sum of b independent N(0, s²I) draws is
// one N(0, b·s²I) draw, so a step costs O(d) whatever b: y ← (1 − γbh)∘y − γ√b·s·z, z ~ N(0, I).
// The run lives in the eigenbasis (problem.ts says why that is exact in distribution).
//
// A run is resumable: `advance(until)` steps synchronously up to a step count and returns, so the
// callers can yield to the event loop between chunks while this loop allocates nothing.
//
// Kernels. The three loops below have WebAssembly twins (wasm/quadratic.ts) that give the same
// bits; a run uses them when the thread has the kernels installed (src/engine/wasm/kernels.ts), and
// its arrays then live in the instance's memory. These loops are the reference
// (test/unit/engine/wasm compares them).

import type { Xoshiro128 } from '../random/xoshiro128';
import { instanceOrNull, type KernelChoice, kernelFor } from '../wasm/kernels';
import { SgdKernel, type SgdLoop } from '../wasm/sgdKernel';
import { fillGaussians } from './gaussian';
import { type NoiseParams, noiseCoefficients } from './noise';
import type { Quadratic } from './problem';
import { summarizeIterate } from './summary';
import { type TargetParams, targetBound } from './target';

/** Everything that defines one run besides the problem and the random stream. */
export interface SgdParams extends NoiseParams, TargetParams {
  /** Batch size b ≥ 1 (integer). */
  b: number;
  /** Step per summed gradient, γ > 0. */
  gamma: number;
  /** Heavy-ball momentum in [0, 1); 0 is plain SGD. */
  mom: number;
}

/**
 * A run is declared diverged once ‖x‖ exceeds BLOWUP·‖x0‖ (or any tracked quantity stops being
 * finite). Divergence is geometric, so this costs at most ln(1e12)/ln(rate) extra steps.
 */
export const BLOWUP = 1e12;

export type RunState = 'running' | 'reached' | 'diverged';

export class SgdRun {
  readonly problem: Quadratic;
  private readonly y: Float64Array;
  private readonly v: Float64Array;
  /** The step's d standard normal draws. */
  private readonly z: Float64Array;
  /** 1 − γbhᵢ: the deterministic contraction of each mode. */
  private readonly contract: Float64Array;
  /** bhᵢ: the summed gradient's mean per unit of y, for momentum. */
  private readonly bh: Float64Array;
  private rng: Xoshiro128 | null = null;
  private alpha = 0;
  private beta = 0;
  private gamma = 0;
  private sqrtB = 1;
  private mom = 0;
  private onGap = false;
  private bound = 0;
  private blow2 = 0;
  /** Steps done so far. */
  steps = 0;
  state: RunState = 'running';
  /** ‖x‖², ‖∇f‖² and 2f at the current iterate. */
  norm2 = 0;
  grad2 = 0;
  twoF = 0;

  /** The WebAssembly kernel and the memory the arrays live in, or null (JavaScript). */
  private readonly wasm: SgdKernel | null;

  constructor(problem: Quadratic, kernel: KernelChoice = 'auto') {
    this.problem = problem;
    const d = problem.d;
    const module = kernelFor(kernel);
    this.wasm = module ? instanceOrNull(kernel, () => new SgdKernel(module, problem.h)) : null;
    const w = this.wasm;
    this.y = w ? w.y : new Float64Array(d);
    this.v = w ? w.v : new Float64Array(d);
    this.z = w ? w.z : new Float64Array(d);
    this.contract = w ? w.contract : new Float64Array(d);
    this.bh = w ? w.bh : new Float64Array(d);
  }

  /** A fresh run on the same problem and kernel (the tuner races grid points side by side). */
  clone(): SgdRun {
    return new SgdRun(this.problem, this.kernel);
  }

  /** Which kernel steps this run. */
  get kernel(): 'js' | 'wasm' {
    return this.wasm ? 'wasm' : 'js';
  }

  /** Restarts at y0 with these settings and random stream; reuses the buffers. */
  reset(p: SgdParams, rng: Xoshiro128): void {
    const { d, h, y0, x0Norm2 } = this.problem;
    if (!(p.gamma > 0)) throw new RangeError(`gamma must be > 0, got ${p.gamma}`);
    if (!Number.isInteger(p.b) || p.b < 1) throw new RangeError(`b must be a positive integer, got ${p.b}`);
    if (!(p.mom >= 0 && p.mom < 1)) throw new RangeError(`mom must be in [0, 1), got ${p.mom}`);
    const { alpha, beta } = noiseCoefficients(p, d);
    const t = targetBound(p, d);
    this.rng = rng;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = p.gamma;
    this.sqrtB = Math.sqrt(p.b);
    this.mom = p.mom;
    this.onGap = t.onGap;
    this.bound = t.bound;
    this.blow2 = BLOWUP * BLOWUP * x0Norm2;
    this.y.set(y0);
    this.v.fill(0);
    for (let i = 0; i < d; i++) {
      this.contract[i] = 1 - p.gamma * p.b * h[i];
      this.bh[i] = p.b * h[i];
    }
    const x0 = summarizeIterate(h, y0);
    this.norm2 = x0.norm2;
    this.grad2 = x0.grad2;
    this.twoF = x0.twoF;
    this.steps = 0;
    this.state = (t.onGap ? x0.twoF : x0.norm2) <= t.bound ? 'reached' : 'running';
  }

  /** A copy of the current eigen-coordinates y = Qᵀx (for tests and diagnostics). */
  coordinates(): Float64Array {
    return this.y.slice();
  }

  /**
   * Steps until `until` steps are done, the target is reached or the run diverges; the state says
   * which. Reached at step t means the first iterate x_t inside the target.
   */
  advance(until: number): RunState {
    if (this.state !== 'running' || this.steps >= until) return this.state;
    const noiseless = this.alpha === 0 && this.beta === 0;
    if (this.wasm) this.advanceWasm(this.mom > 0 ? 'momentum' : noiseless ? 'noiseless' : 'plain', until);
    else if (this.mom > 0) this.advanceMomentum(until, noiseless);
    else if (noiseless) this.advanceNoiseless(until);
    else this.advancePlain(until);
    return this.state;
  }

  /** One of the loops below in WebAssembly: the same steps, bit for bit. */
  private advanceWasm(loop: SgdLoop, until: number): void {
    const s = {
      alpha: this.alpha,
      beta: this.beta,
      noiseScale: this.gamma * this.sqrtB,
      gamma: this.gamma,
      sqrtB: this.sqrtB,
      mom: this.mom,
      bound: this.bound,
      blow2: this.blow2,
      onGap: this.onGap,
      noiseless: this.alpha === 0 && this.beta === 0,
      steps: this.steps,
      norm2: this.norm2,
      grad2: this.grad2,
      twoF: this.twoF,
    };
    // advanceMomentum zeroes z once when noiseless (s·z is then 0·0, as there).
    if (loop === 'momentum' && s.noiseless) this.z.fill(0);
    this.wasm!.advance(loop, s, this.rng!, until);
    this.finishStep(s.steps, s.norm2, s.grad2, s.twoF);
  }

  /** Stores the iterate's summaries and decides the state after step t. */
  private finishStep(t: number, n2: number, g2: number, f2: number): void {
    this.steps = t;
    this.norm2 = n2;
    this.grad2 = g2;
    this.twoF = f2;
    if ((this.onGap ? f2 : n2) <= this.bound) this.state = 'reached';
    // `!(x <= limit)` also catches NaN.
    else if (!(n2 <= this.blow2)) this.state = 'diverged';
  }

  // The three loops below differ only in the update line; they are kept apart so the hot one has
  // no branch per coordinate. The noisy ones draw the step's d normals with one fillGaussians call
  // (its generator state stays in registers), then update: ≈ 7 ns per coordinate for the draw,
  // ≈ 3 for the update.

  private advancePlain(until: number): void {
    const { d, h } = this.problem;
    const { y, z, contract, alpha, beta } = this;
    const rng = this.rng!;
    const noiseScale = this.gamma * this.sqrtB; // the step's noise is γ√b·s·z
    const bound = this.bound;
    const blow2 = this.blow2;
    const onGap = this.onGap;
    let t = this.steps;
    let g2 = this.grad2;
    let n2 = this.norm2;
    let f2 = this.twoF;
    while (t < until) {
      const s = noiseScale * Math.sqrt(alpha * g2 + beta);
      fillGaussians(rng, z, d);
      n2 = 0;
      g2 = 0;
      f2 = 0;
      for (let i = 0; i < d; i++) {
        const yi = contract[i] * y[i] - s * z[i];
        y[i] = yi;
        const hy = h[i] * yi;
        n2 += yi * yi;
        g2 += hy * hy;
        f2 += hy * yi;
      }
      t++;
      // Early exit; finishStep sets the state and the fields.
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    this.finishStep(t, n2, g2, f2);
  }

  private advanceNoiseless(until: number): void {
    const { d, h } = this.problem;
    const { y, contract } = this;
    const bound = this.bound;
    const blow2 = this.blow2;
    const onGap = this.onGap;
    let t = this.steps;
    let n2 = this.norm2;
    let g2 = this.grad2;
    let f2 = this.twoF;
    while (t < until) {
      n2 = 0;
      g2 = 0;
      f2 = 0;
      for (let i = 0; i < d; i++) {
        const yi = contract[i] * y[i];
        y[i] = yi;
        const hy = h[i] * yi;
        n2 += yi * yi;
        g2 += hy * hy;
        f2 += hy * yi;
      }
      t++;
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    this.finishStep(t, n2, g2, f2);
  }

  private advanceMomentum(until: number, noiseless: boolean): void {
    const { d, h } = this.problem;
    const { y, v, z, bh, alpha, beta, mom, gamma } = this;
    const rng = this.rng!;
    const sqrtB = this.sqrtB;
    const bound = this.bound;
    const blow2 = this.blow2;
    const onGap = this.onGap;
    let t = this.steps;
    let g2 = this.grad2;
    let n2 = this.norm2;
    let f2 = this.twoF;
    if (noiseless) z.fill(0);
    while (t < until) {
      // v ← mom·v + Σgᵢ with Σgᵢ = b h∘y + √b·s·z; y ← y − γv.
      const s = noiseless ? 0 : sqrtB * Math.sqrt(alpha * g2 + beta);
      if (!noiseless) fillGaussians(rng, z, d);
      n2 = 0;
      g2 = 0;
      f2 = 0;
      for (let i = 0; i < d; i++) {
        const vi = mom * v[i] + bh[i] * y[i] + s * z[i];
        v[i] = vi;
        const yi = y[i] - gamma * vi;
        y[i] = yi;
        const hy = h[i] * yi;
        n2 += yi * yi;
        g2 += hy * hy;
        f2 += hy * yi;
      }
      t++;
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    this.finishStep(t, n2, g2, f2);
  }
}
