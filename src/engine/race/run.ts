// The race: real SGD on a problem (the [CP] Sec. 7.1 quadratic or a ridge logistic regression)
// driven by [SS]'s parameter-server model (Sec. 3, Figs. 3–4), so the error f − f⋆ can be plotted
// against wall-clock time for the four variants and the learning-rate rules of [SS] Sec. 5–6.
// docs/ps-model.md states the model the event loops below follow (the same events as
// ../events/simulate.ts's kernels, a test checks the update times bit for bit) and, in "The race",
// the SGD, the problems, the error evaluations and stopping rule, the measured γ, the streams
// (noise from rng, compute times from jumpedStream(rng)) and the cost and yields.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { jumpedStream } from '../delayed/learnersClock';
import { heapArrays, heapClear, heapPop, heapPush, heapReplaceTop } from '../events/heap';
import { ComputeTimes, validatePs } from '../events/model';
import { exp, ln } from '../math';
import { type Rng, Xoshiro128 } from '../random/xoshiro128';
import { makeModelGen, type RaceModel } from './models';
import type { LrRule, RaceCheckpoint, RaceParams, RaceResult } from './types';

/** Largest number of checkpoints accepted. */
export const MAX_RACE_CHECKPOINTS = 100_000;
/** Divergence: error > DIVERGE·initial error (or not finite). */
export const DIVERGE = 1e12;

/** Work units between two yields of raceRunGen (docs/ps-model.md, "Yields"): ≈ 4 ms on a desktop CPU. */
export const CHUNK_WORK = 4_000_000;
/** Work of one arrival besides its gradient: the heap, the clock, the bookkeeping, a pull's copy. */
const ARRIVAL_WORK = 500;

/** The PS shape (the model's one validation) and the race's own parameters; returns speeds (null: all 1). */
function validate(p: RaceParams): Float64Array | null {
  const { speeds } = validatePs(p);
  if (!Number.isInteger(p.mb) || p.mb < 1) throw new RangeError(`mb must be an integer ≥ 1, got ${p.mb}`);
  if (!(p.eta > 0 && Number.isFinite(p.eta)))
    throw new RangeError(`eta must be finite and > 0, got ${p.eta}`);
  if (!['fixed', 'eq13', 'staleness', 'adasync'].includes(p.lr)) throw new RangeError(`unknown lr ${p.lr}`);
  if (p.C !== undefined && !(p.C > 0 && Number.isFinite(p.C)))
    throw new RangeError(`C must be finite and > 0, got ${p.C}`);
  if (!(p.maxTime > 0 && Number.isFinite(p.maxTime)))
    throw new RangeError(`maxTime must be finite and > 0, got ${p.maxTime}`);
  if (!Number.isInteger(p.maxUpdates) || p.maxUpdates < 1)
    throw new RangeError(`maxUpdates must be an integer ≥ 1, got ${p.maxUpdates}`);
  if (!Number.isInteger(p.checkpoints) || p.checkpoints < 1 || p.checkpoints > MAX_RACE_CHECKPOINTS)
    throw new RangeError(
      `checkpoints must be an integer in 1..${MAX_RACE_CHECKPOINTS}, got ${p.checkpoints}`,
    );
  if (p.target !== undefined && !(p.target >= 0)) throw new RangeError(`target must be ≥ 0, got ${p.target}`);
  return speeds;
}

/** The SGD state and all bookkeeping; the variant loops call arrive() and update(). */
class Race {
  readonly d: number;
  readonly w: Float64Array;
  private readonly acc: Float64Array;
  private readonly g: Float64Array;
  /** Read parameters of each learner (async variants), row l at l·d. */
  readonly reads: Float64Array;
  readonly rv: Int32Array;
  version = 0;
  count = 0;
  Kcur: number;
  stopped = false;
  /** Work units since the last yield (docs/ps-model.md, "Yields"); the variant loops reset it. */
  work = 0;

  private readonly rule: LrRule;
  private readonly eta: number;
  private readonly C: number;
  private readonly Kmax: number;
  private readonly target: number;
  private readonly limit: number;
  private readonly cheap: boolean;
  private readonly evalEvery: number;
  private readonly periodic: boolean;
  private nextDecade: number;

  // the update being collected
  private uStale = 0;
  private uEta = 0;
  private uFresh = 0;
  private uEtaMax = 0;
  private uRatioSum = 0;
  private uRatioMax = 0;
  private uRatioN = 0;
  // totals over applied gradients
  gradients = 0;
  private staleSum = 0;
  private fresh = 0;
  private etaMaxSeen = 0;
  private ratioSum = 0;
  private ratioMax = 0;
  private ratioN = 0;
  private sampleRatio = true;
  // since the previous checkpoint
  private cStale = 0;
  private cEta = 0;
  private cN = 0;
  private sinceEval = 0;

  readonly checkpoints: RaceCheckpoint[] = [];
  private cpTimes: Float64Array | null = null;
  private cpNext = 0;
  private lastCpUpdates = 0;
  /**
   * The time of a checkpoint that is due, recorded once every update at that instant has been
   * applied: by the first later update, the stop or the horizon (docs/ps-model.md, "Error evaluations").
   */
  private pendingCp: number | null = null;
  /** The error evaluated at the last update (NaN if it was not evaluated). */
  private lastErr = Number.NaN;
  status: RaceResult['status'] = 'horizon';
  reached: RaceResult['reached'] = null;

  constructor(
    private readonly model: RaceModel,
    private readonly p: RaceParams,
    private readonly noise: Xoshiro128,
  ) {
    const d = model.d;
    this.d = d;
    this.w = Float64Array.from(model.w0);
    this.acc = new Float64Array(d);
    this.g = new Float64Array(d);
    const async = p.variant === 'kasync' || p.variant === 'kbatchasync';
    this.reads = new Float64Array(async ? p.P * d : 0);
    if (async) for (let l = 0; l < p.P; l++) this.reads.set(this.w, l * d);
    this.rv = new Int32Array(p.P);
    this.rule = p.lr;
    this.eta = p.eta;
    this.C = p.C ?? 0.005 * p.eta;
    this.Kmax = p.K;
    this.Kcur = p.lr === 'adasync' ? 1 : p.K;
    this.target = p.target ?? Number.NEGATIVE_INFINITY;
    const e0 = model.initialError;
    this.limit = DIVERGE * e0;
    this.nextDecade = e0 / 10;
    this.cheap = model.cheapRatio;
    this.periodic = !model.cheapRatio && (p.target !== undefined || p.lr === 'adasync');
    const n = p.problem.kind === 'logistic' ? p.problem.n : (model.n ?? 1);
    this.evalEvery = Math.ceil((2 * n) / p.mb);
    this.checkpoints.push({
      time: 0,
      updates: 0,
      gradients: 0,
      error: e0,
      staleness: 0,
      eta: 0,
      K: this.Kcur,
      ...(model.heldOutError ? { testError: model.heldOutError(model.w0) } : {}),
    });
    if (e0 <= this.target) {
      this.status = 'reached';
      this.reached = { time: 0, updates: 0, gradients: 0 };
      this.stopped = true;
    }
  }

  /**
   * Learner l's gradient arrives: computed at its read parameters (R at off: `reads` for the async
   * variants, w itself for the sync ones) and accumulated. Returns true when it is the K-th.
   */
  arrive(l: number, R: Float64Array, off: number): boolean {
    const { d, w, g, acc } = this;
    const s = this.version - this.rv[l];
    this.model.grad(R, off, g, this.noise);
    this.work += ARRIVAL_WORK + this.model.gradWork;
    let eta = this.eta;
    if (this.rule === 'eq13') {
      if (s > 0) {
        let d2 = 0;
        for (let i = 0; i < d; i++) {
          const v = w[i] - R[off + i];
          d2 += v * v;
        }
        const e = this.C / d2;
        if (e < eta) eta = e;
      }
    } else if (this.rule === 'staleness') eta = eta / (s + 1);
    for (let i = 0; i < d; i++) acc[i] += eta * g[i];
    this.uStale += s;
    this.uEta += eta;
    if (eta > this.uEtaMax) this.uEtaMax = eta;
    if (s === 0) this.uFresh++;
    else if (this.cheap || this.sampleRatio) {
      const r = this.model.gradRatio(w, R, off);
      this.work += this.model.ratioWork;
      this.sampleRatio = false;
      if (!Number.isNaN(r)) {
        this.uRatioSum += r;
        this.uRatioN++;
        if (r > this.uRatioMax) this.uRatioMax = r;
      }
    }
    return ++this.count === this.Kcur;
  }

  /** The update at time t with the Kcur gradients collected. Sets `stopped` when the run ends. */
  update(t: number): void {
    if (this.pendingCp !== null && t > this.pendingCp) this.flushCheckpoint();
    const { d, w, acc } = this;
    const K = this.Kcur;
    for (let i = 0; i < d; i++) {
      w[i] -= acc[i] / K;
      acc[i] = 0;
    }
    this.version++;
    this.count = 0;
    this.gradients += K;
    this.staleSum += this.uStale;
    this.fresh += this.uFresh;
    if (this.uEtaMax > this.etaMaxSeen) this.etaMaxSeen = this.uEtaMax;
    this.ratioSum += this.uRatioSum;
    this.ratioN += this.uRatioN;
    if (this.uRatioMax > this.ratioMax) this.ratioMax = this.uRatioMax;
    this.cStale += this.uStale;
    this.cEta += this.uEta;
    this.cN += K;
    this.sinceEval += K;
    this.uStale = this.uEta = this.uFresh = this.uEtaMax = 0;
    this.uRatioSum = this.uRatioMax = this.uRatioN = 0;

    if (this.cpTimes === null) this.cpTimes = checkpointTimes(t, this.p.maxTime, this.p.checkpoints);
    const atCp = this.cpNext < this.cpTimes.length && t >= this.cpTimes[this.cpNext];
    let err = Number.NaN;
    if (this.cheap || atCp || (this.periodic && this.sinceEval >= this.evalEvery)) {
      err = this.model.error(w);
      this.work += this.model.errorWork;
      this.sinceEval = 0;
      this.sampleRatio = true;
      if (!(err <= this.limit)) {
        this.status = 'diverged';
        this.stopped = true;
        this.pendingCp = null;
        if (Number.isFinite(err)) this.record(t, err);
        return;
      }
      while (err <= this.nextDecade && this.Kcur < this.Kmax) {
        this.Kcur = Math.min(this.Kmax, 2 * this.Kcur);
        this.nextDecade /= 10;
      }
      if (err <= this.target) {
        this.status = 'reached';
        this.reached = { time: t, updates: this.version, gradients: this.gradients };
        this.stopped = true;
      }
    } else if (!(this.model.errorLowerBound(w) <= this.limit)) {
      this.status = 'diverged';
      this.stopped = true;
      this.pendingCp = null;
      return;
    }
    if (atCp) {
      this.pendingCp = t;
      while (this.cpNext < this.cpTimes.length && t >= this.cpTimes[this.cpNext]) this.cpNext++;
    }
    this.lastErr = err;
    if (this.version >= this.p.maxUpdates) this.stopped = true;
    if (this.stopped) {
      this.pendingCp = null;
      if (this.lastCpUpdates !== this.version) this.record(t, err);
    }
  }

  /** Records the pending checkpoint with the state after the last update at its instant. */
  private flushCheckpoint(): void {
    const t = this.pendingCp as number;
    this.pendingCp = null;
    this.record(t, this.lastErr);
  }

  /** Whether a chunk of work is done (docs/ps-model.md, "Yields"): the event loop then yields, and a new one starts. */
  chunkDone(): boolean {
    if (this.work < CHUNK_WORK) return false;
    this.work = 0;
    return true;
  }

  /** Whether the next event, at time a, lies beyond maxTime: then the run ends there. */
  beyondHorizon(a: number): boolean {
    if (!(a > this.p.maxTime)) return false;
    this.horizon();
    return true;
  }

  /** Ends a run stopped by the time horizon: a last checkpoint at maxTime. */
  private horizon(): void {
    this.stopped = true;
    if (this.pendingCp !== null) this.flushCheckpoint();
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (last.time < this.p.maxTime) this.record(this.p.maxTime, Number.NaN);
  }

  private record(t: number, error: number): void {
    let err = error;
    if (Number.isNaN(err)) {
      err = this.model.error(this.w);
      this.work += this.model.errorWork;
    }
    if (!Number.isFinite(err)) return;
    const n = this.cN;
    this.checkpoints.push({
      time: t,
      updates: this.version,
      gradients: this.gradients,
      error: err,
      staleness: n > 0 ? this.cStale / n : 0,
      eta: n > 0 ? this.cEta / n : 0,
      K: this.Kcur,
      ...(this.model.heldOutError ? { testError: this.model.heldOutError(this.w) } : {}),
    });
    this.cStale = this.cEta = this.cN = 0;
    this.lastCpUpdates = this.version;
    // No re-arming of the γ sample here: the evaluation at the checkpoint's update armed it, and a
    // deferred record (ties) comes after arrivals that may already have used it.
  }

  result(): RaceResult {
    const n = this.gradients;
    const stale = n - this.fresh;
    return {
      checkpoints: this.checkpoints,
      reached: this.reached,
      status: this.status,
      meanStaleness: n > 0 ? this.staleSum / n : 0,
      freshFraction: n > 0 ? this.fresh / n : 1,
      maxGradRatio: this.ratioMax,
      meanGradRatio: n > 0 && this.ratioN > 0 ? ((this.ratioSum / this.ratioN) * stale) / n : 0,
      etaMaxSeen: this.etaMaxSeen,
    };
  }
}

/** t₁·(T/t₁)^(k/(N−1)), k = 0..N−1 (just t₁ when N = 1). */
function checkpointTimes(t1: number, T: number, N: number): Float64Array {
  const out = new Float64Array(N);
  out[0] = t1;
  if (N === 1) return out;
  const span = t1 > 0 && T > t1 ? ln(T / t1) : 0;
  for (let k = 1; k < N; k++) out[k] = k === N - 1 ? Math.max(T, t1) : t1 * exp((span * k) / (N - 1));
  return out;
}

// ---- the event loops (docs/ps-model.md; the same events as simulate.ts's kernels, with SGD hooks) ----

/**
 * K-sync and K-batch-sync: every iteration all P learners pull w_j, the K-th arrival makes the
 * update and the rest is cancelled. A K-batch-sync learner (`restart`) that arrives starts another
 * mini-batch at once at w_j (no pull); a K-sync learner waits for the next iteration.
 */
function* runSync(
  r: Race,
  P: number,
  c: number,
  draws: ComputeTimes,
  restart: boolean,
): Generator<void, void> {
  const [ht, hl] = heapArrays(P);
  const { w, rv } = r;
  let t = 0;
  while (!r.stopped) {
    rv.fill(r.version); // every learner reads w_j: staleness 0
    let n = 0;
    for (let l = 0; l < P; l++) heapPush(ht, hl, n++, t + c + draws.next(l) + c, l);
    for (;;) {
      if (r.chunkDone()) yield;
      const a = ht[0];
      if (r.beyondHorizon(a)) return;
      const l = hl[0];
      if (r.arrive(l, w, 0)) {
        r.update(a);
        t = a;
        break;
      }
      if (restart) heapReplaceTop(ht, hl, n, a + draws.next(l) + c, l);
      else heapPop(ht, hl, n--);
    }
    heapClear(ht, hl, n); // the update cancels the rest
  }
}

/**
 * K-async and K-batch-async: one heap of arrivals, nothing cancelled; a learner that restarts
 * pulls the current w. A K-async learner (`hold`) waits after its arrival until the update that
 * applies its gradient, then restarts with the others of that update in arrival order.
 */
function* runAsync(r: Race, P: number, c: number, draws: ComputeTimes, hold: boolean): Generator<void, void> {
  const [ht, hl] = heapArrays(P);
  const { d, w, reads, rv } = r;
  const pend = new Int32Array(hold ? P : 0);
  const cf = new Float64Array(hold ? P : 0);
  for (let l = 0; l < P; l++) heapPush(ht, hl, l, c + draws.next(l) + c, l);
  let n = P;
  let waiting = 0;
  while (!r.stopped) {
    if (r.chunkDone()) yield;
    const a = ht[0];
    if (r.beyondHorizon(a)) return;
    const l = hl[0];
    if (r.arrive(l, reads, l * d)) {
      r.update(a);
      if (r.stopped) return;
    } else if (hold) {
      pend[waiting++] = l;
      heapPop(ht, hl, n--);
      continue;
    }
    // the waiting learners (arrival order), then l, pull the current w and restart
    const b = a + c;
    for (let i = 0; i < waiting; i++) {
      const m = pend[i];
      cf[m] = b + draws.next(m);
      rv[m] = r.version;
      reads.set(w, m * d);
    }
    const x = draws.next(l);
    rv[l] = r.version;
    reads.set(w, l * d);
    heapReplaceTop(ht, hl, n, b + x + c, l);
    for (let i = 0; i < waiting; i++) heapPush(ht, hl, n++, cf[pend[i]] + c, pend[i]);
    waiting = 0;
  }
}

/** Turns any Rng into the concrete generator (itself when it already is one). */
function asXoshiro(rng: Rng): Xoshiro128 {
  return rng instanceof Xoshiro128
    ? rng
    : new Xoshiro128(rng.nextU32(), rng.nextU32(), rng.nextU32(), rng.nextU32());
}

/** One race run (docs/ps-model.md, "The race") as a generator that yields every CHUNK_WORK units of work (docs/ps-model.md, "Yields"). */
export function* raceRunGen(p: RaceParams, rng: Rng): Generator<void, RaceResult> {
  const speeds = validate(p);
  const model = yield* makeModelGen(p.problem, p.mb);
  const noise = asXoshiro(rng);
  const draws = new ComputeTimes(p.dist, jumpedStream(noise), speeds);
  const r = new Race(model, p, noise);
  if (r.stopped) return r.result();
  const c = p.comm ?? 0;
  if (p.variant === 'ksync' || p.variant === 'kbatchsync')
    yield* runSync(r, p.P, c, draws, p.variant === 'kbatchsync');
  else yield* runAsync(r, p.P, c, draws, p.variant === 'kasync');
  return r.result();
}

/** One race run, synchronously. */
export function raceRun(p: RaceParams, rng: Rng): RaceResult {
  return drainSync(raceRunGen(p, rng));
}

/** The same run, awaiting ctl.checkpoint() between chunks (a worker can cancel a long run). */
export function raceRunAsync(p: RaceParams, rng: Rng, ctl: Checkpointer): Promise<RaceResult> {
  return drainAsync(raceRunGen(p, rng), ctl);
}
