// [CP] Sec. 6.1's tightness construction under delay: B = 1/Δ blocks, each a copy of the base
// quadratic F (src/engine/quadratic), f(x) = Σ_{i<B} F([x]_{B_i}) on D = B·d coordinates, start
// x_0 = X0·1_D. The stochastic gradient touches one block: i uniform on {0, …, B − 1},
// g(x̂) = B·(∇F(x̂_{B_i}) + u)·e_{B_i}, u ~ N(0, s²·I_d), s² = α‖∇F(x̂_{B_i})‖² + β with the base noise
// coefficients (noiseCoefficients; M = 0 is exactly the paper's g). E g = ∇f, and
//   E‖g − ∇f‖² = (B(1 + M0eff) − 1)‖∇f‖² + B²·d·β,   M0eff = d·α (d·M `literal`, M `coord`),
// since E‖g‖² = (1/B)Σᵢ B²(‖∇Fᵢ‖² + d·s²ᵢ) = B(1 + dα)Σᵢ‖∇Fᵢ‖² + B²dβ (blockRelativeNoise).
// Batch b = 1.
//
// Delays (x_{t+1} = x_t − γ·g(x̂_t), only block i changes, applied to its CURRENT state):
//  - `const`:   x̂_t's block i is [x_{t−τ+1}]_{B_i};
//  - `uniform`: [x_{t−δ}]_{B_i}, δ uniform on {0, …, τ − 1}, drawn per step.
// Before the start everything is x_0 (read index max(0, t − δ)). As in DelayedRun, a step with δ = 0
// uses SgdRun's arithmetic (1 − γBh)·y − s·z, any other y − γBh·ŷ − s·z (also when ŷ happens to be
// the current state: same value, other rounding), with s = γB·√(α‖h∘ŷ‖² + β).
// All blocks share the eigenbasis Q of F, so each block lives in y-coordinates as in DelayedRun's
// const/uniform path (problem.ts says why that is exact in law); ‖x‖ and f are basis independent.
// So B = 1 is DelayedRun (b = 1) bit for bit, and B = 1, τ = 1 is SgdRun bit for bit.
//
// Memory O(B·d + τ·d), not a ring of τ whole D-vectors. Kept: the current y (B·d), and for each of
// the last τ − 1 steps one ring entry (block id, step, the block's d values and ‖∇F‖² BEFORE that
// step's update). The state of block i at step r ≥ t − τ + 1 is then the pre-update state of the
// earliest update of block i after r, or its current state if there is none (every such update
// lies in the window). Per block, a deque of its ring slots in step order finds it: `const` takes
// its front (after the entry of step t − τ + 1 is evicted, every entry is newer than the read);
// `uniform` binary-searches. Deques are power-of-two circular arrays, grown and shrunk (at ¼ full)
// so their total size stays O(τ + B). Per step: O(d + log τ) time.
//
// Stream order per step (part of the link format): [block: boundedInt(B), only when B > 1],
// [delay: boundedInt(τ), `uniform` with τ > 1 only], [d normals: one fillGaussians call, noisy runs
// only].
//
// Target: the base targetBound applied to the block average — the bound on ‖x‖² (or on 2f, `gap`)
// times B — so "steps per block" compare across B. Divergence: ‖x‖² > BLOWUP²·‖x_0‖² or not
// finite (a NaN ‖x‖² is then reported as +∞). ‖x‖², 2f and ‖∇f‖² are sums of per-block terms;
// each term is recomputed exactly when its block changes, the totals are updated by the
// difference, and re-summed from the terms every 1024 steps and whenever the update says
// "reached"/"diverged" (the decision is then taken on the exact sum), so rounding never drifts and
// the state does not depend on how advance() is chunked.

import { boundedInt, rejectThreshold } from '../delayed/run';
import { fillGaussians } from '../quadratic/gaussian';
import { effectiveM, type NoiseParams, noiseCoefficients } from '../quadratic/noise';
import { makeQuadratic, type ProblemParams, type Quadratic } from '../quadratic/problem';
import { BLOWUP, type RunState } from '../quadratic/sgd';
import { summarizeIterate } from '../quadratic/summary';
import { type TargetParams, targetBound } from '../quadratic/target';
import type { TunableRun } from '../quadratic/tune';
import type { Xoshiro128 } from '../random/xoshiro128';

/** Largest τ accepted (as DelayedRun). */
export const MAX_BLOCK_TAU = 16777216;
/** Largest number of blocks (2²⁰). */
export const MAX_BLOCKS = 1048576;
/** Totals are re-summed from the per-block terms every RESUM_EVERY steps (a power of two). */
const RESUM_MASK = 1023;
/** Smallest deque capacity. */
const MIN_CAP = 4;

export type BlockDelay = 'const' | 'uniform';

export interface BlockProblemParams extends ProblemParams {
  /** Number of blocks B = 1/Δ ≥ 1. */
  B: number;
}

export interface BlockProblem {
  /** The base quadratic F, one block (eigenbasis). */
  readonly base: Quadratic;
  readonly B: number;
  /** D = B·d. */
  readonly D: number;
  /** ‖x_0‖² = B·‖x_0 of F‖². */
  readonly x0Norm2: number;
}

/** Settings of a run besides γ (the tuner adds γ). */
export interface BlockSettings extends NoiseParams, TargetParams {
  /** Degree of parallelism τ ≥ 1 (max delay τ − 1). */
  tau: number;
  delay: BlockDelay;
}

export type BlockParams = BlockSettings & { gamma: number };

export function makeBlockProblem(p: BlockProblemParams): BlockProblem {
  if (!Number.isInteger(p.B) || p.B < 1 || p.B > MAX_BLOCKS)
    throw new RangeError(`B must be an integer in [1, ${MAX_BLOCKS}], got ${p.B}`);
  const base = makeQuadratic(p);
  return { base, B: p.B, D: p.B * base.d, x0Norm2: p.B * base.x0Norm2 };
}

/** The exact relative noise M of g: E‖g − ∇f‖² = M‖∇f‖² when β = 0 (header). */
export function blockRelativeNoise(p: NoiseParams & { B: number; d: number }): number {
  return p.B * (1 + effectiveM(p, p.d)) - 1;
}

export class BlockRun implements TunableRun<BlockParams> {
  readonly problem: BlockProblem;
  private readonly d: number;
  private readonly B: number;
  /** Current eigen-coordinates, block i at [i·d, (i+1)·d). */
  private readonly y: Float64Array;
  /** Per-block ‖y_i‖², ‖h∘y_i‖², ⟨h∘y_i, y_i⟩ of the current state. */
  private readonly bN2: Float64Array;
  private readonly bG2: Float64Array;
  private readonly bF2: Float64Array;
  /** Ring of τ entries: pre-update block values, their ‖∇F‖², block id, step (0 = empty). */
  private ring: Float64Array;
  private ringG2: Float64Array;
  private ringBlock: Int32Array;
  private stamp: Float64Array;
  /** Per-block deques of ring slots (power-of-two circular arrays). */
  private readonly dq: Int32Array[];
  private readonly dqHead: Int32Array;
  private readonly dqLen: Int32Array;
  private readonly z: Float64Array;
  /** 1 − γBhₖ and γBhₖ. */
  private readonly contract: Float64Array;
  private readonly gbh: Float64Array;
  private rng: Xoshiro128 | null = null;
  private tau = 1;
  private delay: BlockDelay = 'const';
  private thrB = 0;
  private thrT = 0;
  private alpha = 0;
  private beta = 0;
  private gamma = 0;
  private onGap = false;
  private bound = 0;
  private blow2 = 0;
  /** Ring slot the next step writes. */
  private next = 0;
  /** Block and delay of the last step (diagnostics, tests). */
  lastBlock = 0;
  lastDelay = 0;
  steps = 0;
  state: RunState = 'running';
  /** ‖x‖², ‖∇f‖² and 2f at the current iterate (sums of per-block terms, header). */
  norm2 = 0;
  grad2 = 0;
  twoF = 0;

  constructor(problem: BlockProblem) {
    this.problem = problem;
    const d = problem.base.d;
    const B = problem.B;
    this.d = d;
    this.B = B;
    this.y = new Float64Array(B * d);
    this.bN2 = new Float64Array(B);
    this.bG2 = new Float64Array(B);
    this.bF2 = new Float64Array(B);
    this.ring = new Float64Array(d);
    this.ringG2 = new Float64Array(1);
    this.ringBlock = new Int32Array(1);
    this.stamp = new Float64Array(1);
    this.dq = [];
    for (let i = 0; i < B; i++) this.dq.push(new Int32Array(MIN_CAP));
    this.dqHead = new Int32Array(B);
    this.dqLen = new Int32Array(B);
    this.z = new Float64Array(d);
    this.contract = new Float64Array(d);
    this.gbh = new Float64Array(d);
  }

  clone(): BlockRun {
    return new BlockRun(this.problem);
  }

  reset(p: BlockParams, rng: Xoshiro128): void {
    const { d, B } = this;
    const { base } = this.problem;
    if (!(p.gamma > 0)) throw new RangeError(`gamma must be > 0, got ${p.gamma}`);
    if (!Number.isInteger(p.tau) || p.tau < 1 || p.tau > MAX_BLOCK_TAU)
      throw new RangeError(`tau must be an integer in [1, ${MAX_BLOCK_TAU}], got ${p.tau}`);
    if (p.delay !== 'const' && p.delay !== 'uniform') throw new RangeError(`unknown delay model ${p.delay}`);
    const { alpha, beta } = noiseCoefficients(p, d);
    const t = targetBound(p, d);
    const tau = p.tau;
    if (this.stamp.length < tau) {
      this.ring = new Float64Array(tau * d);
      this.ringG2 = new Float64Array(tau);
      this.ringBlock = new Int32Array(tau);
      this.stamp = new Float64Array(tau);
    }
    this.stamp.fill(0);
    for (let i = 0; i < B; i++) {
      if (this.dq[i].length > MIN_CAP) this.dq[i] = new Int32Array(MIN_CAP);
      this.dqHead[i] = 0;
      this.dqLen[i] = 0;
    }
    this.rng = rng;
    this.tau = tau;
    this.delay = p.delay;
    this.thrB = rejectThreshold(B);
    this.thrT = rejectThreshold(tau);
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = p.gamma;
    this.onGap = t.onGap;
    this.bound = t.bound * B;
    this.blow2 = BLOWUP * BLOWUP * this.problem.x0Norm2;
    for (let k = 0; k < d; k++) {
      this.contract[k] = 1 - p.gamma * B * base.h[k];
      this.gbh[k] = p.gamma * B * base.h[k];
    }
    const s0 = summarizeIterate(base.h, base.y0);
    for (let i = 0; i < B; i++) {
      this.y.set(base.y0, i * d);
      this.bN2[i] = s0.norm2;
      this.bG2[i] = s0.grad2;
      this.bF2[i] = s0.twoF;
    }
    this.z.fill(0);
    this.next = tau > 1 ? 1 : 0;
    this.lastBlock = 0;
    this.lastDelay = 0;
    this.steps = 0;
    this.resum();
    this.state = (t.onGap ? this.twoF : this.norm2) <= this.bound ? 'reached' : 'running';
  }

  /** A copy of the current iterate in eigen-coordinates, block after block (B·d values). */
  coordinates(): Float64Array {
    return this.y.slice();
  }

  /** Allocated sizes, in numbers stored: the ring holds τ·d values, not τ·D (tests). */
  memory(): { ringValues: number; blockValues: number; dequeSlots: number } {
    let slots = 0;
    for (const q of this.dq) slots += q.length;
    return { ringValues: this.ring.length, blockValues: this.y.length, dequeSlots: slots };
  }

  /** The totals from the per-block terms, in block order. */
  private resum(): void {
    let n = 0;
    let g = 0;
    let f = 0;
    for (let i = 0; i < this.B; i++) {
      n += this.bN2[i];
      g += this.bG2[i];
      f += this.bF2[i];
    }
    this.norm2 = n;
    this.grad2 = g;
    this.twoF = f;
  }

  private push(i: number, slot: number): void {
    let buf = this.dq[i];
    const len = this.dqLen[i];
    if (len === buf.length) {
      const grown = new Int32Array(2 * len);
      const head = this.dqHead[i];
      for (let k = 0; k < len; k++) grown[k] = buf[(head + k) & (len - 1)];
      this.dq[i] = buf = grown;
      this.dqHead[i] = 0;
    }
    buf[(this.dqHead[i] + len) & (buf.length - 1)] = slot;
    this.dqLen[i] = len + 1;
  }

  /** Drops block i's oldest entry (the evicted ring slot); shrinks at ¼ full. */
  private popFront(i: number): void {
    const buf = this.dq[i];
    const cap = buf.length;
    const head = (this.dqHead[i] + 1) & (cap - 1);
    const len = this.dqLen[i] - 1;
    this.dqLen[i] = len;
    if (cap > MIN_CAP && 4 * len <= cap) {
      const shrunk = new Int32Array(cap >> 1);
      for (let k = 0; k < len; k++) shrunk[k] = buf[(head + k) & (cap - 1)];
      this.dq[i] = shrunk;
      this.dqHead[i] = 0;
    } else this.dqHead[i] = head;
  }

  advance(until: number): RunState {
    if (this.state !== 'running' || this.steps >= until) return this.state;
    const { d, B, y, bN2, bG2, bF2, z, contract, gbh, alpha, beta, tau, dq, dqHead, dqLen } = this;
    const h = this.problem.base.h;
    const rng = this.rng!;
    const noiseless = alpha === 0 && beta === 0;
    const noiseScale = this.gamma * B;
    const uniform = this.delay === 'uniform' && tau > 1;
    const fixedDelay = this.delay === 'const' ? tau - 1 : 0;
    const { bound, blow2, onGap, thrB, thrT } = this;
    let t = this.steps;
    let n2 = this.norm2;
    let g2 = this.grad2;
    let f2 = this.twoF;
    let i = this.lastBlock;
    let delay = this.lastDelay;
    let next = this.next;
    while (t < until) {
      i = B > 1 ? boundedInt(rng, B, thrB) : 0;
      delay = uniform ? boundedInt(rng, tau, thrT) : fixedDelay;
      const o = i * d;
      // The read: block i's state at step r = t − δ (header).
      let src = y;
      let so = o;
      let rg2 = bG2[i];
      if (tau > 1) {
        const ring = this.ring;
        const stamp = this.stamp;
        // Evict the entry of step t + 1 − τ (≤ r, never needed) from its block's deque.
        if (stamp[next] > 0) {
          this.popFront(this.ringBlock[next]);
          stamp[next] = 0;
        }
        const len = dqLen[i];
        if (len > 0) {
          const buf = dq[i];
          const mask = buf.length - 1;
          const head = dqHead[i];
          let k = 0;
          if (uniform) {
            // Earliest entry with step > r (steps increase along the deque).
            const r = t - delay;
            let hi = len;
            while (k < hi) {
              const mid = (k + hi) >> 1;
              if (stamp[buf[(head + mid) & mask]] > r) hi = mid;
              else k = mid + 1;
            }
          }
          if (k < len) {
            const slot = buf[(head + k) & mask];
            src = ring;
            so = slot * d;
            rg2 = this.ringG2[slot];
          }
        }
        // Record block i's pre-update state for the reads of the next τ − 1 steps.
        const no = next * d;
        for (let k = 0; k < d; k++) ring[no + k] = y[o + k];
        this.ringG2[next] = bG2[i];
        this.ringBlock[next] = i;
        stamp[next] = t + 1;
        this.push(i, next);
        next = next + 1 === tau ? 0 : next + 1;
      }
      const s = noiseless ? 0 : noiseScale * Math.sqrt(alpha * rg2 + beta);
      if (!noiseless) fillGaussians(rng, z, d);
      let n = 0;
      let g = 0;
      let f = 0;
      if (delay === 0) {
        // SgdRun's arithmetic: (1 − γBh)·y − s·z.
        for (let k = 0; k < d; k++) {
          const yk = contract[k] * y[o + k] - s * z[k];
          y[o + k] = yk;
          const hy = h[k] * yk;
          n += yk * yk;
          g += hy * hy;
          f += hy * yk;
        }
      } else {
        for (let k = 0; k < d; k++) {
          const yk = y[o + k] - gbh[k] * src[so + k] - s * z[k];
          y[o + k] = yk;
          const hy = h[k] * yk;
          n += yk * yk;
          g += hy * hy;
          f += hy * yk;
        }
      }
      if (B === 1) {
        n2 = n;
        g2 = g;
        f2 = f;
      } else {
        n2 += n - bN2[i];
        g2 += g - bG2[i];
        f2 += f - bF2[i];
      }
      bN2[i] = n;
      bG2[i] = g;
      bF2[i] = f;
      t++;
      if (B > 1 && (t & RESUM_MASK) === 0) {
        this.resum();
        n2 = this.norm2;
        g2 = this.grad2;
        f2 = this.twoF;
      }
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) {
        if (B === 1) break;
        this.resum();
        n2 = this.norm2;
        g2 = this.grad2;
        f2 = this.twoF;
        if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
      }
    }
    this.next = next;
    this.lastBlock = i;
    this.lastDelay = delay;
    this.steps = t;
    this.norm2 = n2;
    this.grad2 = g2;
    this.twoF = f2;
    if ((onGap ? f2 : n2) <= bound) this.state = 'reached';
    else if (!(n2 <= blow2)) {
      this.state = 'diverged';
      // Inf − Inf in one huge step can make NaN: a diverged run reports +∞, never NaN.
      if (Number.isNaN(n2)) this.norm2 = Infinity;
    }
    return this.state;
  }
}
