// Discrete-event simulation of [SS]'s parameter server (PS) with P learners (Sec. 3, Figs. 3–4):
// the wall-clock time of J updates, the staleness of the applied gradients, and how much learner
// time is spent computing or thrown away.
//
// THE MODEL. A learner's life is a sequence of mini-batches. Each mini-batch is: a pull of the
// current w from the PS (time c = `comm`, skipped in K-batch-sync when the learner already holds
// the current w), a compute of time speeds[l]·X (X ~ `dist`, i.i.d.), and a push of the gradient
// to the PS (time c). The PS receives a gradient when its push ends ("arrival"). A learner reads
// the version the PS has when its pull STARTS (readVersion = number of updates so far). Update v
// (v = 1..J) produces w_v from w_{v−1}; it applies its gradients at version v − 1, so the staleness
// of a gradient applied by update v is v − 1 − readVersion. The run ends at the J-th update
// (totalTime); nothing after it is simulated.
//
// - K-sync (1 ≤ K ≤ P): every iteration all P learners pull the current w at the time of the
//   previous update (0 for the first) and compute; the PS updates when the K-th gradient arrives
//   and cancels the rest, so an iteration lasts exactly X_{K:P} + 2c. A cancelled learner's work
//   so far is wasted (a learner that finished but whose gradient arrives after the K-th — a tie
//   at c = 0 — is wasted in full). Learners that arrived early idle until the update. Staleness 0.
// - K-batch-sync (any K ≥ 1): every iteration all P pull w_j and compute; a learner that finishes
//   pushes (c) and then immediately starts another mini-batch at the same w_j (no pull). The PS
//   updates when the K-th mini-batch of the iteration arrives (from any learners) and cancels all
//   work in progress (and pushes in flight: their compute is wasted). Exponential X, c = 0: the
//   time per iteration is Erlang(K, Pμ). Staleness 0.
// - K-async (1 ≤ K ≤ P): the PS updates when K gradients have arrived since the last update and
//   sends the new w to those K learners (each pulls it, c, and restarts); the others are never
//   cancelled and their gradients arrive later, stale. A learner whose gradient has arrived idles
//   until the update that applies it. K = 1 is Async SGD.
// - K-batch-async (any K ≥ 1): every learner, when its push ends, pulls the current w (after the
//   update its own gradient may have triggered) and starts again at once; the PS updates after
//   every K arrivals from whichever learners. A learner's cycle is X + 2c.
// The first mini-batch of every learner starts with a pull at time 0 (of w_0) in every variant.
//
// STATISTICS. Staleness over every applied gradient (J·K of them): histogram of 0..63 and one bin
// ≥ 64, mean, max, fresh = fraction 0. (In every variant a gradient is applied by the first update
// at or after its arrival, and no update happens in between, so its staleness is fixed on arrival.)
// utilization = (compute time inside [0, totalTime], applied, cancelled or still in progress at
// the end) / (P·totalTime). wasted = cancelled compute time / that compute time. The J-th update
// cancels what is in progress in K-sync and K-batch-sync (wasted, like every other update's);
// in the async variants nothing is ever cancelled (wasted = 0) and work in progress at the end
// counts as compute up to totalTime. completions (for throughput): K-sync, mini-batches whose
// compute finished before the update (including those cancelled in their push); the other
// variants, gradients that arrived (J·K).
// Runs start synchronised (all learners fresh at 0): K-batch-async's time per update then differs
// from Lemma 4's limit K·E[X]/P by a transient of about E[X] in total.
//
// DETERMINISM AND THE ORDER OF DRAWS (part of the share-link format). Every compute time comes from
// `rng` through the distribution's sampler, multiplied by speeds[l]. A mini-batch consumes the next
// draw when it STARTS (its pull starts): draws are consumed in the order mini-batches start.
// Events are processed in order of time, ties broken by learner index (lower first). Learners
// that start at the same instant draw in this order:
// - time 0, every variant: learners 0..P−1;
// - K-sync, K-batch-sync: each iteration, learners 0..P−1 (cancelled mini-batches have consumed
//   their draws too);
// - K-async: the K learners of an update, in the order their gradients arrived (the one whose
//   arrival made the update last);
// - K-batch-async and K-batch-sync restarts: one learner at a time, as its arrival is processed.
// K-sync draws each iteration's P times with one `sampleInto(rng, ·, P)` call; the other variants
// draw through a buffer refilled by `sampleInto(rng, ·, 256)`: the consumed sequence is the one
// above (sampleInto gives the same numbers as repeated `sample`), but the rng is left advanced by
// up to 255 unused draws, so do not draw from it afterwards expecting a particular state.
// tracePs runs the same kernels with a recorder, so its times are identical to simulatePs's for
// the updates it records.
//
// PERFORMANCE. simulatePs allocates only per run (typed arrays of size P), none per event:
// finish times sit in a binary heap on (time, learner) in a Float64Array / Int32Array pair.
// CANCELLATION. Each kernel runs in chunks of about CHUNK_DRAWS compute-time draws (a few ms; a
// K-sync or K-batch-sync iteration is never split, so K-batch-sync with K ≫ P overruns by up to
// K draws) and `run`, a generator, yields between chunks: simulatePsAsync (and ksyncAllKAsync,
// the *AllKAsync of ./allK.ts) awaits a worker's checkpoint there, even at J = 10⁶. A chunk
// boundary consumes no draws, so the numbers are those of the synchronous run.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { type Distribution, makeDistribution } from '../distributions';
import type { Rng } from '../random/xoshiro128';
import { heapArrays, heapPop, heapPush, heapReplaceTop } from './heap';
import type { PsParams, PsStats, PsTrace, TraceSegment, Variant } from './types';

/** Largest P accepted. */
export const MAX_PS_LEARNERS = 4096;
/** Largest K accepted by the K-batch variants. */
export const MAX_PS_K = 1 << 20;
/** Staleness histogram: bins 0..STALENESS_BINS − 1 exact, bin STALENESS_BINS counts the rest. */
export const PS_STALENESS_BINS = 64;
/** Largest P tracePs accepts (a Gantt chart of more rows is unreadable). */
export const MAX_TRACE_LEARNERS = 64;

const BLOCK = 256;

/** Compute-time draws between two yields of a kernel: about 1–5 ms of work (P = 20). */
export const CHUNK_DRAWS = 1 << 14;

interface Run {
  variant: Variant;
  dist: Distribution;
  P: number;
  K: number;
  J: number;
  c: number;
  speeds: Float64Array | null;
}

function validate(p: PsParams): Run {
  const { P, K, J } = p;
  if (!Number.isInteger(P) || P < 1 || P > MAX_PS_LEARNERS)
    throw new RangeError(`P must be an integer in 1..${MAX_PS_LEARNERS}, got ${P}`);
  const batch = p.variant === 'kbatchsync' || p.variant === 'kbatchasync';
  if (!batch && p.variant !== 'ksync' && p.variant !== 'kasync')
    throw new RangeError(`unknown variant ${String(p.variant)}`);
  const maxK = batch ? MAX_PS_K : P;
  if (!Number.isInteger(K) || K < 1 || K > maxK)
    throw new RangeError(`K must be an integer in 1..${maxK} for ${p.variant}, got ${K}`);
  if (!Number.isInteger(J) || J < 1) throw new RangeError(`J must be an integer ≥ 1, got ${J}`);
  const c = p.comm ?? 0;
  if (!(c >= 0 && Number.isFinite(c))) throw new RangeError(`comm must be finite and ≥ 0, got ${c}`);
  let speeds: Float64Array | null = null;
  if (p.speeds !== undefined) {
    if (p.speeds.length !== P)
      throw new RangeError(`speeds must have P = ${P} entries, got ${p.speeds.length}`);
    for (const s of p.speeds)
      if (!(s > 0 && Number.isFinite(s))) throw new RangeError(`speeds must be finite and > 0, got ${s}`);
    if (p.speeds.some((s) => s !== 1)) speeds = Float64Array.from(p.speeds);
  }
  return { variant: p.variant, dist: makeDistribution(p.dist), P, K, J, c, speeds };
}

/** Accumulated statistics of one run (internal). */
class Acc {
  hist = new Float64Array(PS_STALENESS_BINS + 1);
  applied = 0;
  staleSum = 0;
  staleMax = 0;
  compute = 0;
  wasted = 0;
  completions = 0;
  totalTime = 0;
  updates = 0;

  stale(s: number): void {
    this.hist[Math.min(s, PS_STALENESS_BINS)]++;
    this.applied++;
    this.staleSum += s;
    if (s > this.staleMax) this.staleMax = s;
  }

  stats(P: number): PsStats {
    const T = this.totalTime;
    return {
      totalTime: T,
      timePerUpdate: T / this.updates,
      staleness: {
        histogram: Array.from(this.hist),
        mean: this.applied > 0 ? this.staleSum / this.applied : 0,
        max: this.staleMax,
        fresh: this.applied > 0 ? this.hist[0] / this.applied : 0,
      },
      utilization: T > 0 ? this.compute / (P * T) : 1,
      wasted: this.compute > 0 ? this.wasted / this.compute : 0,
      completions: this.completions,
    };
  }
}

/** Records trace segments (tracePs only). Zero-length segments are dropped except applied computes. */
class Recorder {
  segments: TraceSegment[] = [];
  updates: PsTrace['updates'] = [];
  batch: number[] = [];

  seg(
    learner: number,
    start: number,
    end: number,
    kind: TraceSegment['kind'],
    readVersion: number,
    appliedVersion: number | null = null,
    staleness: number | null = null,
  ): void {
    if (end > start || appliedVersion !== null)
      this.segments.push({ learner, start, end, kind, readVersion, appliedVersion, staleness });
  }

  update(time: number, version: number, contributors: number[]): void {
    this.updates.push({ time, version, contributors });
  }
}

// ---- the kernels ----

/** Sorts a ascending in place (insertion sort for short arrays, faster there than the built-in). */
function sortAll(a: Float64Array): void {
  const n = a.length;
  if (n > 48) {
    a.sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

/** Trace of one K-sync iteration from time t (version j) to the update at tu. */
function recordKsync(
  rec: Recorder,
  xs: Float64Array,
  P: number,
  K: number,
  v: number,
  t: number,
  tu: number,
  c: number,
  j: number,
): void {
  let below = 0;
  for (let l = 0; l < P; l++) if (xs[l] < v) below++;
  let tiesLeft = K - below; // learners with x = v taken in index order
  const contributors: number[] = [];
  for (let l = 0; l < P; l++) {
    const x = xs[l];
    let chosen = x < v;
    if (!chosen && x === v && tiesLeft > 0) {
      chosen = true;
      tiesLeft--;
    }
    const cs = t + c;
    const cf = cs + x;
    rec.seg(l, t, cs, 'comm', j);
    if (chosen) {
      contributors.push(l);
      rec.seg(l, cs, cf, 'compute', j, j + 1, 0);
      rec.seg(l, cf, cf + c, 'comm', j);
      rec.seg(l, cf + c, tu, 'idle', j);
    } else if (cf < tu) {
      rec.seg(l, cs, cf, 'cancelled', j);
      rec.seg(l, cf, tu, 'comm', j);
    } else rec.seg(l, cs, tu, 'cancelled', j);
  }
  rec.update(tu, j + 1, contributors);
}

/**
 * End of an async run at T: work in progress (heap entries 1..n − 1; the root is the learner whose
 * arrival made the J-th update) counts as compute up to T. Returns the compute time NOT done by T
 * of the mini-batches drawn (to subtract from the sum of all drawn times).
 */
function finishAsync(
  hl: Int32Array,
  n: number,
  T: number,
  start: Float64Array,
  cs: Float64Array,
  cf: Float64Array,
  rv: Int32Array,
  rec: Recorder | null,
): number {
  let notDone = 0;
  for (let i = 1; i < n; i++) {
    const m = hl[i];
    const end = Math.min(cf[m], T);
    notDone += end > cs[m] ? cf[m] - end : cf[m] - cs[m];
    if (rec !== null) {
      rec.seg(m, start[m], Math.min(cs[m], T), 'comm', rv[m]);
      if (cs[m] < T) rec.seg(m, cs[m], end, 'compute', rv[m]);
      if (cf[m] < T) rec.seg(m, cf[m], T, 'comm', rv[m]);
    }
  }
  return notDone;
}

/**
 * A kernel advanced in chunks (the generator `run` yields between them): step(draws) does about
 * that many compute-time draws of work — at least one iteration (sync variants) or one arrival
 * (async variants), never splitting either — and returns whether the run has ended. The hot loops
 * live in plain methods with their state in locals: V8 runs them 10–20 % faster than inside a
 * generator function.
 */
interface Kernel {
  step(draws: number): boolean;
}

class KsyncKernel implements Kernel {
  private readonly xs: Float64Array;
  private readonly sorted: Float64Array;
  private j = 0;
  private t = 0;

  constructor(
    private readonly r: Run,
    private readonly rng: Rng,
    private readonly acc: Acc,
    private readonly rec: Recorder | null,
  ) {
    this.xs = new Float64Array(r.P);
    this.sorted = new Float64Array(r.P);
  }

  step(draws: number): boolean {
    const { r, rng, acc, rec, xs, sorted } = this;
    const { dist, P, K, J, c, speeds } = r;
    const end = Math.min(J, this.j + Math.max(1, Math.floor(draws / P)));
    let t = this.t;
    for (let j = this.j; j < end; j++) {
      dist.sampleInto(rng, xs, P);
      if (speeds !== null) for (let l = 0; l < P; l++) xs[l] *= speeds[l];
      sorted.set(xs);
      sortAll(sorted);
      const v = sorted[K - 1];
      let applied = 0;
      for (let i = 0; i < K; i++) applied += sorted[i];
      const cut = v + c; // compute time available before the update cancels
      let computed = 0;
      let finished = 0;
      for (let l = 0; l < P; l++) {
        const x = xs[l];
        if (x <= cut) {
          computed += x;
          finished++;
        } else computed += cut;
      }
      const tu = t + c + v + c;
      acc.compute += computed;
      acc.wasted += computed - applied;
      acc.completions += finished;
      acc.hist[0] += K; // staleness 0
      acc.applied += K;
      if (rec !== null) recordKsync(rec, xs, P, K, v, t, tu, c, j);
      t = tu;
    }
    this.j = end;
    this.t = t;
    if (end < J) return false;
    acc.totalTime = t;
    acc.updates = J;
    return true;
  }
}

class KbatchsyncKernel implements Kernel {
  private readonly ht: Float64Array;
  private readonly hl: Int32Array;
  private readonly start: Float64Array; // pull start of the current mini-batch (= cs when no pull)
  private readonly cs: Float64Array; // compute start
  private readonly cf: Float64Array; // compute end
  private readonly buf = new Float64Array(BLOCK);
  private bi = BLOCK;
  private j = 0;
  private t = 0;
  private completions = 0;
  private compute = 0;
  private wasted = 0;

  constructor(
    private readonly r: Run,
    private readonly rng: Rng,
    private readonly acc: Acc,
    private readonly rec: Recorder | null,
  ) {
    [this.ht, this.hl] = heapArrays(r.P);
    this.start = new Float64Array(r.P);
    this.cs = new Float64Array(r.P);
    this.cf = new Float64Array(r.P);
  }

  step(draws: number): boolean {
    const { r, rng, acc, rec, ht, hl, start, cs, cf, buf } = this;
    const { dist, P, K, J, c, speeds } = r;
    const last = Math.min(J, this.j + Math.max(1, Math.floor(draws / (P + K - 1))));
    let { bi, t, completions, compute, wasted } = this;
    for (let j = this.j; j < last; j++) {
      let n = 0;
      for (let l = 0; l < P; l++) {
        if (bi === BLOCK) {
          dist.sampleInto(rng, buf, BLOCK);
          bi = 0;
        }
        const x = speeds === null ? buf[bi++] : buf[bi++] * speeds[l];
        start[l] = t;
        const s = t + c;
        cs[l] = s;
        cf[l] = s + x;
        heapPush(ht, hl, n++, s + x + c, l);
      }
      let count = 0;
      for (;;) {
        const a = ht[0];
        const l = hl[0];
        completions++;
        count++;
        compute += cf[l] - cs[l];
        acc.stale(0);
        if (rec !== null) {
          rec.seg(l, start[l], cs[l], 'comm', j);
          rec.seg(l, cs[l], cf[l], 'compute', j, j + 1, 0);
          rec.seg(l, cf[l], a, 'comm', j);
          rec.batch.push(l);
        }
        if (count === K) {
          // update at a: cancel every mini-batch in progress or in its push
          heapPop(ht, hl, n--);
          for (let i = 0; i < n; i++) {
            const m = hl[i];
            const end = Math.min(cf[m], a);
            const part = end - cs[m];
            if (part > 0) {
              compute += part;
              wasted += part;
            }
            if (rec !== null) {
              rec.seg(m, start[m], Math.min(cs[m], a), 'comm', j);
              if (cs[m] < a) rec.seg(m, cs[m], end, 'cancelled', j);
              if (cf[m] < a) rec.seg(m, cf[m], a, 'comm', j);
            }
          }
          if (rec !== null) {
            rec.update(a, j + 1, rec.batch);
            rec.batch = [];
          }
          t = a;
          break;
        }
        if (bi === BLOCK) {
          dist.sampleInto(rng, buf, BLOCK);
          bi = 0;
        }
        const x = speeds === null ? buf[bi++] : buf[bi++] * speeds[l];
        start[l] = a;
        cs[l] = a;
        cf[l] = a + x;
        heapReplaceTop(ht, hl, n, a + x + c, l);
      }
    }
    this.j = last;
    this.bi = bi;
    this.t = t;
    this.completions = completions;
    this.compute = compute;
    this.wasted = wasted;
    if (last < J) return false;
    acc.totalTime = t;
    acc.updates = J;
    acc.completions = completions;
    acc.compute = compute;
    acc.wasted = wasted;
    return true;
  }
}

/** The state the async kernels share: learners' timings, the heap, the draw buffer, staleness sums. */
abstract class AsyncKernel implements Kernel {
  protected readonly ht: Float64Array;
  protected readonly hl: Int32Array;
  protected readonly start: Float64Array; // pull start (kept for the trace only)
  protected readonly cs: Float64Array; // compute start
  protected readonly cf: Float64Array; // compute end
  protected readonly rv: Int32Array; // read version
  protected readonly buf = new Float64Array(BLOCK);
  protected bi = BLOCK;
  protected drawn = 0; // Σ of every compute time drawn
  protected version = 0;
  protected count = 0; // arrivals since the last update
  protected staleSum = 0;
  protected staleMax = 0;

  constructor(
    protected readonly r: Run,
    protected readonly rng: Rng,
    protected readonly acc: Acc,
    protected readonly rec: Recorder | null,
  ) {
    const { dist, P, c, speeds } = r;
    [this.ht, this.hl] = heapArrays(P);
    this.start = new Float64Array(P);
    this.cs = new Float64Array(P);
    this.cf = new Float64Array(P);
    this.rv = new Int32Array(P);
    const { ht, hl, cs, cf, buf } = this;
    let bi = BLOCK;
    let drawn = 0;
    for (let l = 0; l < P; l++) {
      if (bi === BLOCK) {
        dist.sampleInto(rng, buf, BLOCK);
        bi = 0;
      }
      const x = speeds === null ? buf[bi++] : buf[bi++] * speeds[l];
      drawn += x;
      cs[l] = c;
      cf[l] = c + x;
      heapPush(ht, hl, l, c + x + c, l);
    }
    this.bi = bi;
    this.drawn = drawn;
  }

  abstract step(draws: number): boolean;

  /** The end at T: statistics into acc (n: heap size; the root made the J-th update). */
  protected finish(n: number, T: number): void {
    const { r, acc } = this;
    const notDone = finishAsync(this.hl, n, T, this.start, this.cs, this.cf, this.rv, this.rec);
    const applied = r.J * r.K;
    acc.applied = applied;
    acc.staleSum = this.staleSum;
    acc.staleMax = this.staleMax;
    acc.completions = applied;
    acc.compute = this.drawn - notDone;
    acc.totalTime = T;
    acc.updates = r.J;
  }
}

/** K-batch-async: never cancelled, so one heap of arrivals for the whole run; every arrival restarts its learner. */
class KbatchasyncKernel extends AsyncKernel {
  step(draws: number): boolean {
    const { r, rng, acc, rec, ht, hl, start, cs, cf, rv, buf } = this;
    const { dist, P, K, J, c, speeds } = r;
    const hist = acc.hist;
    let { bi, drawn, version, count, staleSum, staleMax } = this;
    let done = false;
    for (let e = 0; e < draws; e++) {
      const a = ht[0];
      const l = hl[0];
      const s = version - rv[l];
      hist[Math.min(s, PS_STALENESS_BINS)]++;
      staleSum += s;
      if (s > staleMax) staleMax = s;
      if (rec !== null) {
        rec.seg(l, start[l], cs[l], 'comm', rv[l]);
        rec.seg(l, cs[l], cf[l], 'compute', rv[l], version + 1, s);
        rec.seg(l, cf[l], a, 'comm', rv[l]);
        rec.batch.push(l);
      }
      if (++count === K) {
        version++;
        count = 0;
        if (rec !== null) {
          rec.update(a, version, rec.batch);
          rec.batch = [];
        }
        if (version === J) {
          done = true;
          this.staleSum = staleSum;
          this.staleMax = staleMax;
          this.drawn = drawn;
          this.finish(P, a);
          break;
        }
      }
      if (bi === BLOCK) {
        dist.sampleInto(rng, buf, BLOCK);
        bi = 0;
      }
      const x = speeds === null ? buf[bi++] : buf[bi++] * speeds[l];
      drawn += x;
      if (rec !== null) start[l] = a;
      rv[l] = version;
      const b = a + c;
      cs[l] = b;
      const f = b + x;
      cf[l] = f;
      heapReplaceTop(ht, hl, P, f + c, l);
    }
    this.bi = bi;
    this.drawn = drawn;
    this.version = version;
    this.count = count;
    this.staleSum = staleSum;
    this.staleMax = staleMax;
    return done;
  }
}

/**
 * K-async: the learners whose gradients wait for an update leave the heap (idle) and re-enter it,
 * in arrival order, when the K-th gradient makes the update.
 */
class KasyncKernel extends AsyncKernel {
  private readonly arrived: Float64Array; // when the pending gradient arrived (trace only)
  private readonly pend: Int32Array;
  private n: number; // heap size

  constructor(r: Run, rng: Rng, acc: Acc, rec: Recorder | null) {
    super(r, rng, acc, rec);
    this.arrived = new Float64Array(r.P);
    this.pend = new Int32Array(r.K);
    this.n = r.P;
  }

  step(draws: number): boolean {
    const { r, rng, acc, rec, ht, hl, start, cs, cf, rv, buf, arrived, pend } = this;
    const { dist, K, J, c, speeds } = r;
    const hist = acc.hist;
    let { bi, drawn, n, version, count, staleSum, staleMax } = this;
    let done = false;
    for (let e = 0; e < draws; e++) {
      const a = ht[0];
      const l = hl[0];
      const s = version - rv[l];
      hist[Math.min(s, PS_STALENESS_BINS)]++;
      staleSum += s;
      if (s > staleMax) staleMax = s;
      if (rec !== null) {
        rec.seg(l, start[l], cs[l], 'comm', rv[l]);
        rec.seg(l, cs[l], cf[l], 'compute', rv[l], version + 1, s);
        rec.seg(l, cf[l], a, 'comm', rv[l]);
        rec.batch.push(l);
      }
      if (++count < K) {
        // not yet K gradients: the learner idles until the update that applies its gradient
        pend[count - 1] = l;
        if (rec !== null) arrived[l] = a;
        heapPop(ht, hl, n--);
        continue;
      }
      version++;
      count = 0;
      if (rec !== null) {
        rec.update(a, version, rec.batch);
        rec.batch = [];
      }
      if (version === J) {
        done = true;
        this.staleSum = staleSum;
        this.staleMax = staleMax;
        this.drawn = drawn;
        this.finish(n, a);
        if (rec !== null)
          for (let i = 0; i < K - 1; i++) rec.seg(pend[i], arrived[pend[i]], a, 'idle', rv[pend[i]]);
        break;
      }
      // the update at a: the K − 1 pending learners (in arrival order), then l, pull and restart
      const b = a + c;
      for (let i = 0; i < K - 1; i++) {
        const m = pend[i];
        if (bi === BLOCK) {
          dist.sampleInto(rng, buf, BLOCK);
          bi = 0;
        }
        const x = speeds === null ? buf[bi++] : buf[bi++] * speeds[m];
        drawn += x;
        if (rec !== null) {
          rec.seg(m, arrived[m], a, 'idle', rv[m]);
          start[m] = a;
        }
        rv[m] = version;
        cs[m] = b;
        cf[m] = b + x;
      }
      if (bi === BLOCK) {
        dist.sampleInto(rng, buf, BLOCK);
        bi = 0;
      }
      const x = speeds === null ? buf[bi++] : buf[bi++] * speeds[l];
      drawn += x;
      if (rec !== null) start[l] = a;
      rv[l] = version;
      cs[l] = b;
      const f = b + x;
      cf[l] = f;
      heapReplaceTop(ht, hl, n, f + c, l);
      for (let i = 0; i < K - 1; i++) {
        const m = pend[i];
        heapPush(ht, hl, n++, cf[m] + c, m);
      }
    }
    this.bi = bi;
    this.drawn = drawn;
    this.n = n;
    this.version = version;
    this.count = count;
    this.staleSum = staleSum;
    this.staleMax = staleMax;
    return done;
  }
}

function* run(r: Run, rng: Rng, rec: Recorder | null): Generator<void, Acc> {
  const acc = new Acc();
  const kernel =
    r.variant === 'ksync'
      ? new KsyncKernel(r, rng, acc, rec)
      : r.variant === 'kbatchsync'
        ? new KbatchsyncKernel(r, rng, acc, rec)
        : r.variant === 'kasync'
          ? new KasyncKernel(r, rng, acc, rec)
          : new KbatchasyncKernel(r, rng, acc, rec);
  while (!kernel.step(CHUNK_DRAWS)) yield;
  return acc;
}

/** Simulates J PS updates of the variant; the fast path (no allocation per event). */
export function simulatePs(p: PsParams, rng: Rng): PsStats {
  const r = validate(p);
  return drainSync(run(r, rng, null)).stats(r.P);
}

/** The same run, awaiting ctl.checkpoint() every CHUNK_DRAWS draws (a worker can cancel it). */
export async function simulatePsAsync(p: PsParams, rng: Rng, ctl: Checkpointer): Promise<PsStats> {
  const r = validate(p);
  return (await drainAsync(run(r, rng, null), ctl)).stats(r.P);
}

/**
 * The same run as simulatePs (same draws, bit-identical times) stopped after min(J, maxUpdates)
 * updates, with every learner's timeline as segments covering [0, totalTime] (for a Gantt chart).
 * P ≤ MAX_TRACE_LEARNERS.
 */
export function tracePs(p: PsParams, rng: Rng, maxUpdates: number): PsTrace {
  const r = validate(p);
  if (r.P > MAX_TRACE_LEARNERS) throw new RangeError(`tracePs needs P ≤ ${MAX_TRACE_LEARNERS}, got ${r.P}`);
  if (!Number.isInteger(maxUpdates) || maxUpdates < 1)
    throw new RangeError(`maxUpdates must be an integer ≥ 1, got ${maxUpdates}`);
  r.J = Math.min(r.J, maxUpdates);
  const rec = new Recorder();
  const stats = drainSync(run(r, rng, rec)).stats(r.P);
  rec.segments.sort((a, b) => a.learner - b.learner || a.start - b.start || a.end - b.end);
  return { segments: rec.segments, updates: rec.updates, stats };
}

/**
 * K-sync's total time for every K = 1..P at once (index K − 1), with common random numbers: each
 * iteration draws P times (one `sampleInto(rng, ·, P)`, as simulatePs's K-sync does), sorts them,
 * and adds the K-th smallest to entry K − 1. With the same rng, entry K − 1 equals simulatePs's
 * totalTime for K-sync with that K (comm 0, speeds 1) bit for bit. The entries for different K
 * share their draws, so they are dependent (fine for means and for each K's own interval; a
 * difference between two K has a smaller variance than with independent runs).
 */
export function ksyncAllK(P: number, J: number, dist: PsParams['dist'], rng: Rng): Float64Array {
  return drainSync(ksyncAllKGen(P, J, dist, rng));
}

/** ksyncAllK, awaiting ctl.checkpoint() every CHUNK_DRAWS draws. */
export function ksyncAllKAsync(
  P: number,
  J: number,
  dist: PsParams['dist'],
  rng: Rng,
  ctl: Checkpointer,
): Promise<Float64Array> {
  return drainAsync(ksyncAllKGen(P, J, dist, rng), ctl);
}

function* ksyncAllKGen(
  P: number,
  J: number,
  dist: PsParams['dist'],
  rng: Rng,
): Generator<void, Float64Array> {
  if (!Number.isInteger(P) || P < 1 || P > MAX_PS_LEARNERS)
    throw new RangeError(`P must be an integer in 1..${MAX_PS_LEARNERS}, got ${P}`);
  if (!Number.isInteger(J) || J < 1) throw new RangeError(`J must be an integer ≥ 1, got ${J}`);
  const d = makeDistribution(dist);
  const xs = new Float64Array(P);
  const total = new Float64Array(P);
  const per = Math.max(1, Math.floor(CHUNK_DRAWS / P));
  for (let j = 0; j < J; j += per) {
    ksyncAllKIterations(Math.min(per, J - j), P, d, rng, xs, total);
    yield;
  }
  return total;
}

/** n iterations of ksyncAllK (a plain function: its loop runs faster than inside a generator). */
function ksyncAllKIterations(
  n: number,
  P: number,
  d: Distribution,
  rng: Rng,
  xs: Float64Array,
  total: Float64Array,
): void {
  for (let j = 0; j < n; j++) {
    d.sampleInto(rng, xs, P);
    sortAll(xs);
    for (let k = 0; k < P; k++) total[k] = total[k] + xs[k];
  }
}
