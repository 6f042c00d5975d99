// Delayed (asynchronous) SGD on the [CP] Sec. 7.1 quadratic, as [CP] Algorithm 1 with degree of
// parallelism τ = max delay + 1: x_{t+1} = x_t − γ Σ_{i<b} g_i(x̂_t), the b stochastic gradients
// SUMMED and all taken at one read x̂_t, which is an older iterate (or a mix of older iterates).
// b and τ together, so [CP]'s critical product b·τ can be seen. Noise and target as the quadratic
// engine (src/engine/quadratic): u ~ N(0, s²(x̂)·I) with s² = α‖∇f(x̂)‖² + β, Σ of b draws in one.
//
// Delay models (`delay`):
//  - `const`:   x̂_t = x_{t−τ+1}: every applied gradient is τ − 1 steps old.
//  - `uniform`: x̂_t = x_{t−δ_t}, δ_t uniform on {0, …, τ − 1}, drawn per step (independent).
//  - `hogwild`: inconsistent reads: [x̂_t]_j = [x_{t−δ_{t,j}}]_j with δ_{t,j} uniform on
//    {0, …, τ − 1}, drawn independently per coordinate j and step t; the update is applied to the
//    current x_t as atomic adds (Assumption 4), so x_{t+1} = x_t − γ(b∇f(x̂_t) + √b·s(x̂_t)·z).
// Before the start, iterates are the start: x_{−k} = x_0 (a worker that has not yet seen an
// update reads x_0), i.e. the read index is max(0, t − δ).
//
// Coordinates. `const` and `uniform` read whole iterates, so the quadratic engine's argument holds
// unchanged (problem.ts): with H = Q diag(h) Qᵀ and y = Qᵀx, the delayed step is
// y_{t+1} = y_t − γ(b h∘y_{t−δ} + √b·s·Qᵀz), Qᵀz ~ N(0, I), ‖∇f‖² and ‖x‖ preserved: the run in the
// eigenbasis has exactly the law of the run in x, at O(d) a step. `hogwild` does NOT survive the
// change of basis: a per-coordinate mix of iterates in x is not a per-coordinate mix in y (Q mixes
// coordinates), and "coordinate" in the Hogwild sense means a coordinate of the model, x. So
// `hogwild` runs in the ORIGINAL coordinates, with H applied as the tridiagonal matrix
// (A + λI)_{jj} = 2 + λ, off-diagonals −1 (`diag` family: H = diag(h), its basis is the standard
// one), still O(d) a step. The noise is drawn in x-coordinates (isotropic, so the same law).
//
// Memory O(τ·d): a ring of the last τ iterates (slot t mod τ holds x_t), plus ‖∇f‖² of each for
// the noise of a whole-iterate read; time per step O(d), independent of τ (one slot read, one
// written; `hogwild` reads d slots, one coordinate each). At reset every slot holds x_0, which
// realises x_{−k} = x_0 without a branch.
//
// τ = 1 is sequential SGD, bit for bit: `const`/`uniform` with τ = 1 draw no delay and make the
// step SgdRun makes, in the same arithmetic ((1 − γbh)·y − s·z, same fillGaussians call), so the
// same stream gives the same iterates (test/unit/engine/delayed/run.test.ts). Any step whose delay
// is 0 uses that form.
//
// Divergence, cap and target exactly as SgdRun: reached at step t when x_t is inside the target
// (tested on ‖x‖² or 2f), diverged when ‖x‖² > BLOWUP²·‖x0‖² or not finite.
//
// Kernels. advanceWhole (const, uniform) has a WebAssembly twin (wasm/delayed.ts) that gives the
// same bits; a run uses it when the thread has the kernels installed (src/engine/wasm/kernels.ts),
// and its arrays then live in the instance's memory, shared by both kernels. This file's loop is the
// reference (test/unit/engine/wasm compares them). hogwild runs in JavaScript either way.

import { fillGaussians } from '../quadratic/gaussian';
import { type NoiseParams, noiseCoefficients } from '../quadratic/noise';
import { makeQuadratic, type ProblemParams, type Quadratic, X0 } from '../quadratic/problem';
import { BLOWUP, type RunState } from '../quadratic/sgd';
import { summarizeIterate } from '../quadratic/summary';
import { type TargetParams, targetBound } from '../quadratic/target';
import type { Xoshiro128 } from '../random/xoshiro128';
import { DelayedKernel } from '../wasm/delayedKernel';
import { instanceOrNull, type KernelChoice, kernelFor } from '../wasm/kernels';

/** How the delays arise (header). */
export type DelayModel = 'const' | 'uniform' | 'hogwild';

/** Largest τ accepted (2²⁴; the ring alone is then 8·τ·d bytes). */
export const MAX_TAU = 16777216;

export const DELAY_MODELS: readonly DelayModel[] = ['const', 'uniform', 'hogwild'];

/** Everything that defines one delayed run besides the problem and the random stream. */
export interface DelayedParams extends NoiseParams, TargetParams {
  /** Batch size b ≥ 1: gradients summed per step, all at the same read. */
  b: number;
  /** Degree of parallelism τ ≥ 1 (max delay τ − 1); τ = 1 is sequential SGD. */
  tau: number;
  delay: DelayModel;
  /** Step per summed gradient, γ > 0. */
  gamma: number;
}

/** The problem in both coordinate systems: the eigenbasis (const, uniform) and x (hogwild). */
export interface DelayedProblem {
  /** The quadratic engine's problem (eigenbasis). */
  readonly q: Quadratic;
  /** H in x-coordinates: diagonal and the (constant) off-diagonal of a symmetric tridiagonal. */
  readonly hDiag: Float64Array;
  readonly hOff: number;
  /** x0 = X0·1_d. */
  readonly x0: Float64Array;
}

export function makeDelayedProblem(p: ProblemParams): DelayedProblem {
  const q = makeQuadratic(p);
  const d = q.d;
  const hDiag = p.family === 'tridiag' ? new Float64Array(d).fill(2 + p.lambda) : q.h.slice();
  const hOff = p.family === 'tridiag' ? -1 : 0;
  return { q, hDiag, hOff, x0: new Float64Array(d).fill(X0) };
}

/**
 * Uniform integer on {0, …, n − 1} from 32-bit words, exactly (Lemire's multiply-and-reject:
 * u·n < 2⁵³ is exact in a double; words whose low part falls below 2³² mod n are redrawn).
 */
export function boundedInt(rng: Xoshiro128, n: number, threshold: number): number {
  for (;;) {
    const m = rng.nextU32() * n;
    // ⌊m/2³²⌋ and m mod 2³², exactly (scaling by 2⁻³² is exact; no slow floating `%`).
    const high = Math.floor(m * 2.3283064365386963e-10);
    if (m - high * 4294967296 >= threshold) return high;
  }
}

/** 2³² mod n: boundedInt's rejection threshold. */
export function rejectThreshold(n: number): number {
  return 4294967296 % n;
}

export class DelayedRun {
  readonly problem: DelayedProblem;
  private readonly d: number;
  /** τ·d: slot k holds the iterate whose step number is ≡ k (mod τ). */
  private ring: Float64Array;
  /** ‖∇f‖² of each slot's iterate (whole-iterate reads' noise). */
  private ringG2: Float64Array;
  /** Step number of each slot's iterate (0 for the x_0 copies of the prefill). */
  private stamp: Float64Array;
  private z: Float64Array;
  /** const/uniform: 1 − γbhᵢ and γbhᵢ. hogwild: the read x̂ and ∇f(x̂). */
  private contract: Float64Array;
  private gbh: Float64Array;
  private readonly xhat: Float64Array;
  private readonly gr: Float64Array;
  /** hogwild: the slot each coordinate of the last step's read came from. */
  private readonly readSlot: Int32Array;
  private rng: Xoshiro128 | null = null;
  private tau = 1;
  private delay: DelayModel = 'const';
  private threshold = 0;
  private alpha = 0;
  private beta = 0;
  private gamma = 0;
  private b = 1;
  private sqrtB = 1;
  private onGap = false;
  private bound = 0;
  private blow2 = 0;
  /** Slot of the current iterate x_t. */
  private cur = 0;
  /** Delay of the last step's read (const/uniform). */
  lastDelay = 0;
  steps = 0;
  state: RunState = 'running';
  /** ‖x‖², ‖∇f‖² and 2f at the current iterate. */
  norm2 = 0;
  grad2 = 0;
  twoF = 0;

  /** The WebAssembly kernel and the memory the arrays live in, or null (JavaScript). */
  private readonly wasm: DelayedKernel | null;

  constructor(problem: DelayedProblem, kernel: KernelChoice = 'auto') {
    this.problem = problem;
    const d = problem.q.d;
    this.d = d;
    const module = kernelFor(kernel);
    this.wasm = module ? instanceOrNull(kernel, () => new DelayedKernel(module, problem.q.h)) : null;
    this.ring = new Float64Array(d);
    this.ringG2 = new Float64Array(1);
    this.stamp = new Float64Array(1);
    this.z = new Float64Array(d);
    this.contract = new Float64Array(d);
    this.gbh = new Float64Array(d);
    if (this.wasm) this.bindKernelArrays();
    this.xhat = new Float64Array(d);
    this.gr = new Float64Array(d);
    this.readSlot = new Int32Array(d);
  }

  /** A fresh run on the same problem and kernel (the tuner races grid points side by side). */
  clone(): DelayedRun {
    return new DelayedRun(this.problem, this.kernel);
  }

  /** Which kernel steps this run (const and uniform delays; hogwild is JavaScript either way). */
  get kernel(): 'js' | 'wasm' {
    return this.wasm ? 'wasm' : 'js';
  }

  /** Points the arrays at the kernel's memory (after it may have grown). */
  private bindKernelArrays(): void {
    const w = this.wasm!;
    this.ring = w.ring;
    this.ringG2 = w.ringG2;
    this.stamp = w.stamp;
    this.z = w.z;
    this.contract = w.contract;
    this.gbh = w.gbh;
  }

  /** Restarts at x_0 with these settings and random stream; reuses the ring when τ allows. */
  reset(p: DelayedParams, rng: Xoshiro128): void {
    const { d } = this;
    const { q } = this.problem;
    if (!(p.gamma > 0)) throw new RangeError(`gamma must be > 0, got ${p.gamma}`);
    if (!Number.isInteger(p.b) || p.b < 1) throw new RangeError(`b must be a positive integer, got ${p.b}`);
    if (!Number.isInteger(p.tau) || p.tau < 1 || p.tau > MAX_TAU)
      throw new RangeError(`tau must be an integer in [1, ${MAX_TAU}], got ${p.tau}`);
    if (!DELAY_MODELS.includes(p.delay)) throw new RangeError(`unknown delay model ${p.delay}`);
    const { alpha, beta } = noiseCoefficients(p, d);
    const t = targetBound(p, d);
    const tau = p.tau;
    if (this.wasm) {
      this.wasm.reserve(tau);
      this.bindKernelArrays();
    } else if (this.stamp.length < tau) {
      this.ring = new Float64Array(tau * d);
      this.ringG2 = new Float64Array(tau);
      this.stamp = new Float64Array(tau);
    }
    this.rng = rng;
    this.tau = tau;
    this.delay = p.delay;
    this.threshold = rejectThreshold(tau);
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = p.gamma;
    this.b = p.b;
    this.sqrtB = Math.sqrt(p.b);
    this.onGap = t.onGap;
    this.bound = t.bound;
    this.blow2 = BLOWUP * BLOWUP * q.x0Norm2;
    const start = p.delay === 'hogwild' ? this.problem.x0 : q.y0;
    for (let i = 0; i < d; i++) {
      this.contract[i] = 1 - p.gamma * p.b * q.h[i];
      this.gbh[i] = p.gamma * p.b * q.h[i];
    }
    // Summaries of x_0 (basis-independent), computed in the eigenbasis as SgdRun does.
    const { norm2: n2, grad2: g2, twoF: f2 } = summarizeIterate(q.h, q.y0);
    const { ring, ringG2, stamp } = this;
    for (let k = 0; k < tau; k++) {
      ring.set(start, k * d);
      ringG2[k] = g2;
      stamp[k] = 0;
    }
    this.z.fill(0);
    this.cur = 0;
    this.lastDelay = 0;
    this.readSlot.fill(0);
    this.norm2 = n2;
    this.grad2 = g2;
    this.twoF = f2;
    this.steps = 0;
    this.state = (t.onGap ? f2 : n2) <= t.bound ? 'reached' : 'running';
  }

  /** A copy of the current iterate: eigen-coordinates y for const/uniform, x for hogwild. */
  coordinates(): Float64Array {
    return this.ring.slice(this.cur * this.d, (this.cur + 1) * this.d);
  }

  /** Which coordinates the run lives in. */
  get basis(): 'eigen' | 'original' {
    return this.delay === 'hogwild' ? 'original' : 'eigen';
  }

  /**
   * Instrumentation of the last step's read (tests): for each coordinate, the step number of the
   * iterate it was read from and the value read. For const/uniform every coordinate has the same
   * stamp; values in the run's basis (y or x). Meaningful after stepInstrumented() only.
   */
  lastRead(): { stamps: number[]; values: number[] } {
    const stamps: number[] = [];
    if (this.delay === 'hogwild') for (let j = 0; j < this.d; j++) stamps.push(this.readStamp[j]);
    else stamps.push(...new Array<number>(this.d).fill(this.readStampWhole));
    return { stamps, values: Array.from(this.lastValues) };
  }

  // Instrumentation kept outside the hot loops' data: filled only by `stepInstrumented()`.
  private readStamp = new Float64Array(0);
  private readStampWhole = 0;
  private lastValues = new Float64Array(0);

  /**
   * One step with the read recorded for lastRead() (slow path for tests; same numbers as advance:
   * it records the stamps of the slots before advance overwrites one, then advances one step).
   */
  stepInstrumented(): RunState {
    if (this.state !== 'running') return this.state;
    const { d } = this;
    const stampsBefore = this.stamp.slice(0, this.tau);
    const ringBefore = this.ring.slice(0, this.tau * d);
    this.advance(this.steps + 1);
    if (this.delay === 'hogwild') {
      this.readStamp = new Float64Array(d);
      this.lastValues = new Float64Array(d);
      for (let j = 0; j < d; j++) {
        const slot = this.readSlot[j];
        this.readStamp[j] = stampsBefore[slot];
        this.lastValues[j] = ringBefore[slot * d + j];
      }
    } else {
      const slot = this.readSlot[0];
      this.readStampWhole = stampsBefore[slot];
      this.lastValues = ringBefore.slice(slot * d, (slot + 1) * d);
    }
    return this.state;
  }

  /** Steps until `until` steps are done, the target is reached or the run diverges. */
  advance(until: number): RunState {
    if (this.state !== 'running' || this.steps >= until) return this.state;
    if (this.delay === 'hogwild') this.advanceHogwild(until);
    else if (this.wasm) this.advanceWholeWasm(until);
    else this.advanceWhole(until);
    return this.state;
  }

  private finishStep(t: number, n2: number, g2: number, f2: number): void {
    this.steps = t;
    this.norm2 = n2;
    this.grad2 = g2;
    this.twoF = f2;
    if ((this.onGap ? f2 : n2) <= this.bound) this.state = 'reached';
    else if (!(n2 <= this.blow2)) this.state = 'diverged';
  }

  /** advanceWhole in WebAssembly: the same steps, bit for bit. */
  private advanceWholeWasm(until: number): void {
    const tau = this.tau;
    const s = {
      alpha: this.alpha,
      beta: this.beta,
      noiseScale: this.gamma * this.sqrtB,
      bound: this.bound,
      blow2: this.blow2,
      threshold: this.threshold,
      tau,
      uniform: this.delay === 'uniform' && tau > 1,
      fixedDelay: this.delay === 'const' ? tau - 1 : 0,
      onGap: this.onGap,
      noiseless: this.alpha === 0 && this.beta === 0,
      cur: this.cur,
      steps: this.steps,
      norm2: this.norm2,
      grad2: this.grad2,
      twoF: this.twoF,
      lastDelay: this.lastDelay,
    };
    this.wasm!.advanceWhole(s, this.rng!, until);
    this.cur = s.cur;
    this.lastDelay = s.lastDelay;
    this.readSlot[0] = this.wasm!.lastRead;
    this.finishStep(s.steps, s.norm2, s.grad2, s.twoF);
  }

  /** const / uniform, in the eigenbasis (the reference of advanceWholeWasm). */
  private advanceWhole(until: number): void {
    const { d, ring, ringG2, stamp, z, contract, gbh, alpha, beta, tau, threshold } = this;
    const h = this.problem.q.h;
    const rng = this.rng!;
    const noiseless = alpha === 0 && beta === 0;
    const noiseScale = this.gamma * this.sqrtB;
    const uniform = this.delay === 'uniform' && tau > 1;
    const fixedDelay = this.delay === 'const' ? tau - 1 : 0;
    const { bound, blow2, onGap } = this;
    let cur = this.cur;
    let t = this.steps;
    let n2 = this.norm2;
    let g2 = this.grad2;
    let f2 = this.twoF;
    let delay = this.lastDelay;
    let read = cur;
    while (t < until) {
      delay = uniform ? boundedInt(rng, tau, threshold) : fixedDelay;
      read = cur - delay;
      if (read < 0) read += tau;
      const next = cur + 1 === tau ? 0 : cur + 1;
      const s = noiseless ? 0 : noiseScale * Math.sqrt(alpha * ringG2[read] + beta);
      if (!noiseless) fillGaussians(rng, z, d);
      const co = cur * d;
      const ro = read * d;
      const no = next * d;
      n2 = 0;
      g2 = 0;
      f2 = 0;
      if (delay === 0) {
        // SgdRun's arithmetic: (1 − γbh)·y − s·z.
        for (let i = 0; i < d; i++) {
          const yi = contract[i] * ring[co + i] - s * z[i];
          ring[no + i] = yi;
          const hy = h[i] * yi;
          n2 += yi * yi;
          g2 += hy * hy;
          f2 += hy * yi;
        }
      } else {
        // Read slot before write slot, per coordinate: correct also when read === next.
        for (let i = 0; i < d; i++) {
          const yi = ring[co + i] - gbh[i] * ring[ro + i] - s * z[i];
          ring[no + i] = yi;
          const hy = h[i] * yi;
          n2 += yi * yi;
          g2 += hy * hy;
          f2 += hy * yi;
        }
      }
      t++;
      ringG2[next] = g2;
      stamp[next] = t;
      cur = next;
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    this.cur = cur;
    this.lastDelay = delay;
    this.readSlot[0] = read;
    this.finishStep(t, n2, g2, f2);
  }

  /** hogwild, in the original coordinates with the tridiagonal H. */
  private advanceHogwild(until: number): void {
    const { d, ring, stamp, z, xhat, gr, readSlot, alpha, beta, tau, threshold, gamma, b } = this;
    const { hDiag, hOff } = this.problem;
    const rng = this.rng!;
    const S = rng.s;
    const noiseless = alpha === 0 && beta === 0;
    const noiseScale = gamma * this.sqrtB;
    const gb = gamma * b;
    const { bound, blow2, onGap } = this;
    const last = d - 1;
    let cur = this.cur;
    let t = this.steps;
    let n2 = this.norm2;
    let g2 = this.grad2;
    let f2 = this.twoF;
    while (t < until) {
      // The read: coordinate j from x_{t−δ_j}, δ_j uniform on {0, …, τ − 1}, drawn as boundedInt
      // would draw them, with xoshiro128**'s nextU32 inlined on local copies of the state words
      // (written back before fillGaussians draws): the same words in the same order.
      if (tau > 1) {
        let s0 = S[0];
        let s1 = S[1];
        let s2 = S[2];
        let s3 = S[3];
        for (let j = 0; j < d; j++) {
          let delta = 0;
          for (;;) {
            const m5 = Math.imul(s1, 5);
            const word = Math.imul((m5 << 7) | (m5 >>> 25), 9) >>> 0;
            const t2 = s2 ^ s0;
            const t3 = s3 ^ s1;
            s0 ^= t3;
            s2 = t2 ^ (s1 << 9);
            s1 ^= t2;
            s3 = (t3 << 11) | (t3 >>> 21);
            const m = word * tau;
            const high = Math.floor(m * 2.3283064365386963e-10);
            if (m - high * 4294967296 >= threshold) {
              delta = high;
              break;
            }
          }
          let slot = cur - delta;
          if (slot < 0) slot += tau;
          readSlot[j] = slot;
          xhat[j] = ring[slot * d + j];
        }
        S[0] = s0;
        S[1] = s1;
        S[2] = s2;
        S[3] = s3;
      } else {
        for (let j = 0; j < d; j++) {
          readSlot[j] = cur;
          xhat[j] = ring[cur * d + j];
        }
      }
      // ∇f(x̂) = H x̂, H symmetric tridiagonal (ends outside the loop: no branch per coordinate).
      let v = hDiag[0] * xhat[0] + (d > 1 ? hOff * xhat[1] : 0);
      gr[0] = v;
      let rg2 = v * v;
      for (let j = 1; j < last; j++) {
        v = hDiag[j] * xhat[j] + hOff * (xhat[j - 1] + xhat[j + 1]);
        gr[j] = v;
        rg2 += v * v;
      }
      if (d > 1) {
        v = hDiag[last] * xhat[last] + hOff * xhat[last - 1];
        gr[last] = v;
        rg2 += v * v;
      }
      const s = noiseless ? 0 : noiseScale * Math.sqrt(alpha * rg2 + beta);
      if (!noiseless) fillGaussians(rng, z, d);
      const next = cur + 1 === tau ? 0 : cur + 1;
      const co = cur * d;
      const no = next * d;
      n2 = 0;
      for (let j = 0; j < d; j++) {
        const xj = ring[co + j] - gb * gr[j] - s * z[j];
        ring[no + j] = xj;
        n2 += xj * xj;
      }
      t++;
      stamp[next] = t;
      cur = next;
      // 2f = ⟨x, Hx⟩ only when the target needs it (‖∇f‖² is formed once, after the loop).
      if (onGap) f2 = this.summarize(no).f2;
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    const sum = this.summarize(cur * d);
    g2 = sum.g2;
    f2 = sum.f2;
    this.cur = cur;
    this.finishStep(t, n2, g2, f2);
  }

  /** ‖Hx‖² and ⟨x, Hx⟩ of the iterate at ring offset `o` (x-coordinates, hogwild). */
  private summarize(o: number): { g2: number; f2: number } {
    const { d, ring } = this;
    const { hDiag, hOff } = this.problem;
    let g2 = 0;
    let f2 = 0;
    for (let j = 0; j < d; j++) {
      let v = hDiag[j] * ring[o + j];
      if (j > 0) v += hOff * ring[o + j - 1];
      if (j < d - 1) v += hOff * ring[o + j + 1];
      g2 += v * v;
      f2 += v * ring[o + j];
    }
    return { g2, f2 };
  }
}
