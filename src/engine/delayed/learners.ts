// Asynchronous SGD with P learners ([SS] Async SGD, K = 1) on the [CP] Sec. 7.1 quadratic: the
// delays are not a parameter but come from random compute times, so the two papers meet in one
// model ([SS] prices the time per update, [CP] the updates needed; the race
// view's who-wins map puts the two together).
//
// The model. P learners; each computes one gradient (a batch of b, summed, as DelayedRun) at the
// iterate it READ when it started, taking a compute time X ~ `dist`, i.i.d. across learners and
// gradients. At time 0 every learner reads x_0. When a learner finishes (earliest finish time
// first; ties to the lower learner index, so the order is deterministic), the parameter server
// applies its gradient at once, x_{t+1} = x_t − γ(b∇f(x̂) + √b·s(x̂)·z), and the learner reads
// x_{t+1} and starts its next gradient. The staleness of an applied gradient is t minus the step
// number of its read. P = 1 is sequential SGD. The run's clock is the finish time of the last
// applied gradient (`time`); by renewal theory ([SS] Lemma 4, K = 1) time per update → E[X]/P.
// Mean staleness → P − 1 for EVERY distribution: count the pairs (gradient, update during its
// computation, its own included) by update — exactly P each, one per learner — and by gradient —
// staleness + 1 each; after N updates Σ staleness = N(P − 1) − Σ_l (N − read step of l), the last
// sum being the gradients still in flight. Its maximum is unbounded unless X is bounded.
//
// Representation. Staleness is unbounded for random compute times, so there is no ring of past
// iterates (DelayedRun's): each learner keeps its own copy of the iterate it read, in the
// eigenbasis (problem.ts: whole-iterate reads keep the eigenbasis exact), with its ‖∇f‖² for the
// noise — memory O(P·d). The current iterate needs no slot of its own: it is always the read copy
// of the learner that applied last (`cur`). Finish times sit in a binary heap on (time, learner):
// time per step O(d + log P). The pop order depends only on that total order, not on the heap's
// layout. Staleness statistics (sum, max, histogram with exact bins 0..63 and one tail bin) cost a
// few operations a step and are always kept.
//
// Streams (part of the link format). The Gaussian noise is drawn from the run's stream `rng`, one
// fillGaussians call of d values per applied gradient (none when noiseless), exactly as SgdRun and
// DelayedRun draw it. Compute times are drawn with the distribution's sampler from a second stream,
// `clock`: by default `rng` jumped by 2⁶⁴ words at reset (learnersClock.ts), or one the caller
// passes. Clock order: at reset the P initial compute times in learner order, then at each
// application the finishing learner's next compute time. Two streams because one would make the
// P = 1 run draw compute times between SgdRun's Gaussians; with two, P = 1 is sequential SGD bit
// for bit (steps of staleness 0 use SgdRun's arithmetic (1 − γbh)·y − s·z; learners.test.ts).
//
// Divergence, cap and target exactly as SgdRun / DelayedRun: reached at step t when x_t is inside
// the target, diverged when ‖x‖² > BLOWUP²·‖x0‖² or not finite (never NaN in the state).

import { type Distribution, type DistSpec, makeDistribution } from '../distributions';
import { fillGaussians } from '../quadratic/gaussian';
import { type NoiseParams, noiseCoefficients } from '../quadratic/noise';
import type { Quadratic } from '../quadratic/problem';
import { BLOWUP, type RunState } from '../quadratic/sgd';
import { summarizeIterate } from '../quadratic/summary';
import { type TargetParams, targetBound } from '../quadratic/target';
import type { Rng, Xoshiro128 } from '../random/xoshiro128';
import { jumpedStream } from './learnersClock';

/** Largest P accepted (2¹⁶: the read copies are then 8·P·d bytes, 10 MB at d = 20). */
export const MAX_LEARNERS = 65536;

/** Staleness histogram: bins 0..STALENESS_BINS − 1 exact, bin STALENESS_BINS counts the rest. */
export const STALENESS_BINS = 64;

/** Everything that defines one learners run besides the problem, the streams and the step. */
export interface LearnersSettings extends NoiseParams, TargetParams {
  /** Batch size b ≥ 1 per gradient (summed, all at the learner's read). */
  b: number;
  /** Number of learners P ≥ 1; P = 1 is sequential SGD. */
  P: number;
  /** Compute time of one gradient ([SS] X), i.i.d. across learners and gradients. */
  dist: DistSpec;
}

export interface LearnersParams extends LearnersSettings {
  /** Step per summed gradient, γ > 0. */
  gamma: number;
}

export class LearnersRun {
  readonly problem: Quadratic;
  private readonly d: number;
  /** P·d: learner l's read iterate at offset l·d (eigenbasis). */
  private reads: Float64Array;
  /** ‖∇f‖² of each learner's read (its gradient's noise). */
  private readG2: Float64Array;
  /** Step number of each learner's read. */
  private readStep: Float64Array;
  /** Binary heap of finish times, ordered by (time, learner). */
  private heapT: Float64Array;
  private heapL: Int32Array;
  private readonly z: Float64Array;
  private readonly contract: Float64Array;
  private readonly gbh: Float64Array;
  private rng: Xoshiro128 | null = null;
  private clock: Rng | null = null;
  private dist: Distribution | null = null;
  private distSpec: DistSpec | null = null;
  private P = 1;
  private alpha = 0;
  private beta = 0;
  private gamma = 0;
  private sqrtB = 1;
  private onGap = false;
  private bound = 0;
  private blow2 = 0;
  /** The learner whose read copy is the current iterate x_t. */
  private cur = 0;
  steps = 0;
  state: RunState = 'running';
  /** ‖x‖², ‖∇f‖² and 2f at the current iterate. */
  norm2 = 0;
  grad2 = 0;
  twoF = 0;
  /** Wall-clock time: the finish time of the last applied gradient (0 before the first). */
  time = 0;
  /** Staleness of the last applied gradient. */
  lastStaleness = 0;
  /** Σ staleness and max staleness over the applied gradients. */
  stalenessSum = 0;
  maxStaleness = 0;
  /** Counts of staleness 0..STALENESS_BINS − 1, then of staleness ≥ STALENESS_BINS. */
  readonly histogram = new Float64Array(STALENESS_BINS + 1);

  constructor(problem: Quadratic) {
    this.problem = problem;
    const d = problem.d;
    this.d = d;
    this.reads = new Float64Array(d);
    this.readG2 = new Float64Array(1);
    this.readStep = new Float64Array(1);
    this.heapT = new Float64Array(1);
    this.heapL = new Int32Array(1);
    this.z = new Float64Array(d);
    this.contract = new Float64Array(d);
    this.gbh = new Float64Array(d);
  }

  /** Mean staleness of the applied gradients (0 before the first). */
  get meanStaleness(): number {
    return this.steps > 0 ? this.stalenessSum / this.steps : 0;
  }

  /**
   * Restarts at x_0: every learner reads x_0 and draws its first compute time. Noise from `rng`,
   * compute times from `clock` (default: `rng` jumped by 2⁶⁴, see the header).
   */
  reset(p: LearnersParams, rng: Xoshiro128, clock?: Rng): void {
    const { d } = this;
    const q = this.problem;
    if (!(p.gamma > 0)) throw new RangeError(`gamma must be > 0, got ${p.gamma}`);
    if (!Number.isInteger(p.b) || p.b < 1) throw new RangeError(`b must be a positive integer, got ${p.b}`);
    if (!Number.isInteger(p.P) || p.P < 1 || p.P > MAX_LEARNERS)
      throw new RangeError(`P must be an integer in [1, ${MAX_LEARNERS}], got ${p.P}`);
    const { alpha, beta } = noiseCoefficients(p, d);
    const t = targetBound(p, d);
    // gridSearch passes the same spec object to every reset: build the distribution once.
    if (p.dist !== this.distSpec || !this.dist) {
      this.dist = makeDistribution(p.dist);
      this.distSpec = p.dist;
    }
    const P = p.P;
    if (this.readStep.length < P) {
      this.reads = new Float64Array(P * d);
      this.readG2 = new Float64Array(P);
      this.readStep = new Float64Array(P);
      this.heapT = new Float64Array(P);
      this.heapL = new Int32Array(P);
    }
    this.rng = rng;
    this.clock = clock ?? jumpedStream(rng);
    this.P = P;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = p.gamma;
    this.sqrtB = Math.sqrt(p.b);
    this.onGap = t.onGap;
    this.bound = t.bound;
    this.blow2 = BLOWUP * BLOWUP * q.x0Norm2;
    for (let i = 0; i < d; i++) {
      this.contract[i] = 1 - p.gamma * p.b * q.h[i];
      this.gbh[i] = p.gamma * p.b * q.h[i];
    }
    const x0 = summarizeIterate(q.h, q.y0);
    for (let l = 0; l < P; l++) {
      this.reads.set(q.y0, l * d);
      this.readG2[l] = x0.grad2;
      this.readStep[l] = 0;
    }
    // Initial compute times in learner order, then a heap built bottom-up (layout is irrelevant
    // to the pop order, which is the total order on (time, learner)).
    for (let l = 0; l < P; l++) {
      this.heapT[l] = this.drawTime(0);
      this.heapL[l] = l;
    }
    for (let k = (P >> 1) - 1; k >= 0; k--) this.siftDown(k, this.heapT[k], this.heapL[k]);
    this.z.fill(0);
    this.cur = 0;
    this.norm2 = x0.norm2;
    this.grad2 = x0.grad2;
    this.twoF = x0.twoF;
    this.time = 0;
    this.lastStaleness = 0;
    this.stalenessSum = 0;
    this.maxStaleness = 0;
    this.histogram.fill(0);
    this.steps = 0;
    this.state = (t.onGap ? x0.twoF : x0.norm2) <= t.bound ? 'reached' : 'running';
  }

  /** A copy of the current eigen-coordinates y = Qᵀx. */
  coordinates(): Float64Array {
    return this.reads.slice(this.cur * this.d, (this.cur + 1) * this.d);
  }

  /** Start time + one compute time; a draw that is not a finite time ≥ 0 would corrupt the heap. */
  private drawTime(start: number): number {
    const x = this.dist!.sample(this.clock!);
    if (!(x >= 0 && x < Number.POSITIVE_INFINITY))
      throw new RangeError(`compute time must be finite and ≥ 0, drew ${x}`);
    return start + x;
  }

  /** Places (time, learner) at heap node k or below it. */
  private siftDown(k: number, time: number, learner: number): void {
    const { heapT, heapL, P } = this;
    let i = k;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= P) break;
      const r = c + 1;
      if (r < P && (heapT[r] < heapT[c] || (heapT[r] === heapT[c] && heapL[r] < heapL[c]))) c = r;
      if (heapT[c] < time || (heapT[c] === time && heapL[c] < learner)) {
        heapT[i] = heapT[c];
        heapL[i] = heapL[c];
        i = c;
      } else break;
    }
    heapT[i] = time;
    heapL[i] = learner;
  }

  /** Applies gradients until `until` steps are done, the target is reached or the run diverges. */
  advance(until: number): RunState {
    if (this.state !== 'running' || this.steps >= until) return this.state;
    const { d, reads, readG2, readStep, z, contract, gbh, alpha, beta, heapT, heapL, histogram } = this;
    const h = this.problem.h;
    const rng = this.rng!;
    const noiseless = alpha === 0 && beta === 0;
    const noiseScale = this.gamma * this.sqrtB;
    const { bound, blow2, onGap } = this;
    let cur = this.cur;
    let t = this.steps;
    let n2 = this.norm2;
    let g2 = this.grad2;
    let f2 = this.twoF;
    let finish = this.time;
    let stale = this.lastStaleness;
    let staleSum = this.stalenessSum;
    let staleMax = this.maxStaleness;
    while (t < until) {
      const l = heapL[0];
      finish = heapT[0];
      stale = t - readStep[l];
      const s = noiseless ? 0 : noiseScale * Math.sqrt(alpha * readG2[l] + beta);
      if (!noiseless) fillGaussians(rng, z, d);
      const co = cur * d;
      const lo = l * d;
      n2 = 0;
      g2 = 0;
      f2 = 0;
      if (stale === 0) {
        // SgdRun's arithmetic: (1 − γbh)·y − s·z (the read equals x_t).
        for (let i = 0; i < d; i++) {
          const yi = contract[i] * reads[lo + i] - s * z[i];
          reads[lo + i] = yi;
          const hy = h[i] * yi;
          n2 += yi * yi;
          g2 += hy * hy;
          f2 += hy * yi;
        }
      } else {
        // Stale ⇒ l ≠ cur (the last applier read x_t), so the two copies do not alias.
        for (let i = 0; i < d; i++) {
          const yi = reads[co + i] - gbh[i] * reads[lo + i] - s * z[i];
          reads[lo + i] = yi;
          const hy = h[i] * yi;
          n2 += yi * yi;
          g2 += hy * hy;
          f2 += hy * yi;
        }
      }
      t++;
      staleSum += stale;
      if (stale > staleMax) staleMax = stale;
      histogram[Math.min(stale, STALENESS_BINS)]++;
      readStep[l] = t;
      readG2[l] = g2;
      cur = l;
      this.siftDown(0, this.drawTime(finish), l);
      if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
    }
    this.cur = cur;
    this.time = finish;
    this.lastStaleness = stale;
    this.stalenessSum = staleSum;
    this.maxStaleness = staleMax;
    this.steps = t;
    this.norm2 = n2;
    this.grad2 = g2;
    this.twoF = f2;
    if ((onGap ? f2 : n2) <= bound) this.state = 'reached';
    else if (!(n2 <= blow2)) this.state = 'diverged';
    return this.state;
  }
}
