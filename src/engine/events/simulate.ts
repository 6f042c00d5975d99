// Discrete-event simulation of [SS]'s parameter server with P learners (Sec. 3, Figs. 3–4): the
// wall-clock time of J updates, the staleness of the applied gradients, and how much learner time
// is spent computing or thrown away. The model, its statistics and the order of draws (part of the
// share-link format): docs/ps-model.md. tracePs runs the same kernels with a Recorder, so its times
// are identical to simulatePs's for the updates it records.
//
// Each kernel is a class whose state is typed arrays of size P (no allocation per event) and whose
// step(draws) is the hot loop with that state in locals: V8 runs such a plain method 10–20 % faster
// than a generator. `run` yields between chunks of about CHUNK_DRAWS draws (a sync iteration is never
// split); a chunk boundary consumes no draws, so simulatePsAsync's numbers are simulatePs's.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import type { Rng } from '../random/xoshiro128';
import { sortAscending } from '../sortAscending';
import { instanceOrNull, kernelFor } from '../wasm/kernels';
import { PsKernel } from '../wasm/psKernel';
import { heapArrays, heapPop, heapPush, heapReplaceTop } from './heap';
import { Learners } from './learners';
import {
  CHUNK_DRAWS,
  ComputeTimes,
  DRAW_BLOCK,
  PS_STALENESS_BINS,
  type PsSetup,
  validatePs,
  validateUpdates,
} from './model';
import { MAX_TRACE_LEARNERS, Recorder } from './recorder';
import type { PsParams, PsStats, PsTrace, Variant } from './types';

/** A validated run: its shape, J, and its compute times. */
interface Run extends PsSetup {
  variant: Variant;
  J: number;
  draws: ComputeTimes;
}

function prepare(p: PsParams, rng: Rng): Run {
  const setup = validatePs(p);
  validateUpdates(p.J);
  return { ...setup, variant: p.variant, J: p.J, draws: new ComputeTimes(p.dist, rng, setup.speeds) };
}

/** Accumulated statistics of one run (docs/ps-model.md, "Statistics"). */
class Acc {
  /** Applied gradients by staleness 0..PS_STALENESS_BINS − 1, then ≥ PS_STALENESS_BINS. */
  readonly hist = new Float64Array(PS_STALENESS_BINS + 1);
  /** Σ and max of the stalenesses ≥ PS_STALENESS_BINS (rare: counted apart, off the hot path). */
  longSum = 0;
  longMax = 0;
  compute = 0;
  wasted = 0;
  completions = 0;
  totalTime = 0;
  updates = 0;

  /** An applied gradient of staleness s ≥ PS_STALENESS_BINS. */
  long(s: number): void {
    this.hist[PS_STALENESS_BINS]++;
    this.longSum += s;
    if (s > this.longMax) this.longMax = s;
  }

  /** Applied gradients, Σ staleness, max staleness (exact: sums of whole numbers). */
  private staleness(): [number, number, number] {
    const h = this.hist;
    let applied = h[PS_STALENESS_BINS];
    let sum = this.longSum;
    let max = this.longMax;
    for (let s = 0; s < PS_STALENESS_BINS; s++) {
      applied += h[s];
      sum += s * h[s];
      if (h[s] > 0 && s > max) max = s;
    }
    return [applied, sum, max];
  }

  stats(P: number): PsStats {
    const T = this.totalTime;
    const [applied, staleSum, staleMax] = this.staleness();
    return {
      totalTime: T,
      timePerUpdate: T / this.updates,
      staleness: {
        histogram: Array.from(this.hist),
        mean: applied > 0 ? staleSum / applied : 0,
        max: staleMax,
        fresh: applied > 0 ? this.hist[0] / applied : 0,
      },
      utilization: T > 0 ? this.compute / (P * T) : 1,
      wasted: this.compute > 0 ? this.wasted / this.compute : 0,
      completions: this.completions,
    };
  }
}

/**
 * A gradient of staleness s arrives (docs/ps-model.md: the version at its arrival minus the one
 * it read): counted in hist, or in acc when s is beyond the histogram's exact bins.
 */
function tally(hist: Float64Array, acc: Acc, s: number): void {
  if (s < PS_STALENESS_BINS) hist[s]++;
  else acc.long(s);
}

/**
 * A kernel advanced in chunks: step(budget) does about that many compute-time draws of work — at
 * least one iteration (sync variants) or one arrival (async variants), never splitting either —
 * and returns whether the run has ended. rec is null except in tracePs.
 */
abstract class Kernel {
  constructor(
    protected readonly r: Run,
    protected readonly acc: Acc,
    protected readonly rec: Recorder | null,
  ) {}

  abstract step(budget: number): boolean;

  /** Whether `done` updates complete the run; if so its end, the last update, is at T. */
  protected ended(done: number, T: number): boolean {
    if (done < this.r.J) return false;
    this.acc.totalTime = T;
    this.acc.updates = done;
    return true;
  }
}

/**
 * K-sync: an iteration is P draws, sorted; the update comes at X_{K:P} + 2c and cancels the rest
 * (no heap needed: every learner starts at the same instant).
 */
class KsyncKernel extends Kernel {
  private readonly xs: Float64Array;
  private readonly sorted: Float64Array;
  private j = 0; // iterations done
  private t = 0; // time of the last update

  constructor(r: Run, acc: Acc, rec: Recorder | null) {
    super(r, acc, rec);
    this.xs = new Float64Array(r.P);
    this.sorted = new Float64Array(r.P);
  }

  step(budget: number): boolean {
    const { r, acc, rec, xs, sorted } = this;
    const { draws, P, K, J, c } = r;
    const end = Math.min(J, this.j + Math.max(1, Math.floor(budget / P)));
    let t = this.t;
    for (let j = this.j; j < end; j++) {
      draws.iteration(xs);
      sorted.set(xs);
      sortAscending(sorted);
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
      if (rec !== null) rec.ksyncIteration(xs, K, v, t, tu, c, j);
      t = tu;
    }
    this.j = end;
    this.t = t;
    return this.ended(end, t);
  }
}

/** K-batch-sync: a heap of arrivals per iteration; a learner that arrives restarts at w_j (no pull). */
class KbatchsyncKernel extends Kernel {
  private readonly ht: Float64Array;
  private readonly hl: Int32Array;
  private readonly ls: Learners;
  private iterations = 0;
  private lastUpdate = 0;

  constructor(r: Run, acc: Acc, rec: Recorder | null) {
    super(r, acc, rec);
    [this.ht, this.hl] = heapArrays(r.P);
    this.ls = new Learners(r.P);
  }

  step(budget: number): boolean {
    const { r, acc, rec, ht, hl, ls } = this;
    const { cs, cf } = ls;
    const hist = acc.hist;
    const { draws, P, K, J, c } = r;
    const last = Math.min(J, this.iterations + Math.max(1, Math.floor(budget / (P + K - 1))));
    let t = this.lastUpdate;
    let { completions, compute, wasted } = acc;
    for (let j = this.iterations; j < last; j++) {
      let n = 0;
      for (let l = 0; l < P; l++) heapPush(ht, hl, n++, ls.launch(l, t, t + c, draws.next(l), j, c), l);
      let count = 0;
      for (;;) {
        const a = ht[0];
        const l = hl[0];
        completions++;
        count++;
        compute += cf[l] - cs[l];
        hist[0]++; // staleness 0: every learner read w_j
        if (rec !== null) rec.applied(l, ls, a, j);
        if (count === K) {
          // update at a: cancel every mini-batch in progress or in its push
          heapPop(ht, hl, n--);
          for (let i = 0; i < n; i++) {
            const m = hl[i];
            const part = Math.min(cf[m], a) - cs[m];
            if (part > 0) {
              compute += part;
              wasted += part;
            }
            if (rec !== null) rec.cut(m, ls, a, 'cancelled');
          }
          if (rec !== null) rec.flushBatch(a, j + 1);
          t = a;
          break;
        }
        heapReplaceTop(ht, hl, n, ls.launch(l, a, a, draws.next(l), j, c), l);
      }
    }
    this.iterations = last;
    this.lastUpdate = t;
    acc.completions = completions;
    acc.compute = compute;
    acc.wasted = wasted;
    return this.ended(last, t);
  }
}

/**
 * The async variants' shared state: one heap of arrivals for the whole run (nothing is ever
 * cancelled) and every learner's current mini-batch. The two step loops keep their counters in
 * locals (a shared loop, or state in fields, ran 7–10 % slower).
 */
abstract class AsyncKernel extends Kernel {
  protected readonly ht: Float64Array;
  protected readonly hl: Int32Array;
  protected readonly ls: Learners;
  protected n: number; // heap size
  protected drawn = 0; // Σ of every compute time drawn
  protected version = 0;
  protected count = 0; // arrivals since the last update

  constructor(r: Run, acc: Acc, rec: Recorder | null) {
    super(r, acc, rec);
    const { draws, P, c } = r;
    [this.ht, this.hl] = heapArrays(P);
    this.ls = new Learners(P);
    this.n = P;
    for (let l = 0; l < P; l++) {
      const x = draws.next(l);
      this.drawn += x;
      heapPush(this.ht, this.hl, l, this.ls.launch(l, 0, c, x, 0, c), l);
    }
  }

  /**
   * The end at T, made by the heap's root (heap size n): work in progress counts as compute up to
   * T, and only what was done by T.
   */
  protected finish(n: number, T: number, drawn: number): void {
    const { r, acc, rec, hl, ls } = this;
    const { cs, cf } = ls;
    let notDone = 0; // compute time drawn but not done by T
    for (let i = 1; i < n; i++) {
      const m = hl[i];
      const end = Math.min(cf[m], T);
      notDone += end > cs[m] ? cf[m] - end : cf[m] - cs[m];
      if (rec !== null) rec.cut(m, ls, T, 'compute');
    }
    acc.completions = r.J * r.K;
    acc.compute = drawn - notDone;
    this.ended(r.J, T);
  }
}

/** K-batch-async: every arrival restarts its learner at once; an update after every K arrivals. */
class KbatchasyncKernel extends AsyncKernel {
  step(budget: number): boolean {
    const { r, acc, rec, ht, hl, ls } = this;
    const { draws, P, K, J, c } = r;
    const { hist } = acc;
    const { rv } = ls;
    let { drawn, version, count } = this;
    for (let e = 0; e < budget; e++) {
      const a = ht[0];
      const l = hl[0];
      tally(hist, acc, version - rv[l]);
      if (rec !== null) rec.applied(l, ls, a, version);
      if (++count === K) {
        version++;
        count = 0;
        if (rec !== null) rec.flushBatch(a, version);
        if (version === J) {
          this.finish(P, a, drawn);
          return true;
        }
      }
      const x = draws.next(l);
      drawn += x;
      heapReplaceTop(ht, hl, P, ls.launch(l, a, a + c, x, version, c), l);
    }
    this.drawn = drawn;
    this.version = version;
    this.count = count;
    return false;
  }
}

/**
 * K-async: an arrived learner leaves the heap and idles until the update that applies its
 * gradient; then the K − 1 waiting learners (in arrival order) and the one whose arrival made the
 * update restart, in that order.
 */
class KasyncKernel extends AsyncKernel {
  private readonly pend: Int32Array; // the learners waiting for the update, in arrival order
  private readonly arrived: Float64Array; // when the waiting gradient arrived (trace only)

  constructor(r: Run, acc: Acc, rec: Recorder | null) {
    super(r, acc, rec);
    this.pend = new Int32Array(r.K);
    this.arrived = new Float64Array(r.P);
  }

  step(budget: number): boolean {
    const { r, acc, rec, ht, hl, ls, pend, arrived } = this;
    const { cf, rv } = ls;
    const { hist } = acc;
    const { draws, K, J, c } = r;
    let { drawn, n, version, count } = this;
    for (let e = 0; e < budget; e++) {
      const a = ht[0];
      const l = hl[0];
      tally(hist, acc, version - rv[l]);
      if (rec !== null) rec.applied(l, ls, a, version);
      if (++count < K) {
        pend[count - 1] = l;
        if (rec !== null) arrived[l] = a;
        heapPop(ht, hl, n--);
        continue;
      }
      // the update: the K − 1 waiting learners (arrival order), then l, pull the new w and restart
      version++;
      count = 0;
      if (rec !== null) rec.flushBatch(a, version);
      if (version === J) {
        this.finish(n, a, drawn);
        if (rec !== null)
          for (let i = 0; i < K - 1; i++) rec.seg(pend[i], arrived[pend[i]], a, 'idle', rv[pend[i]]);
        return true;
      }
      for (let i = 0; i < K - 1; i++) {
        const m = pend[i];
        const x = draws.next(m);
        drawn += x;
        if (rec !== null) rec.seg(m, arrived[m], a, 'idle', rv[m]);
        ls.launch(m, a, a + c, x, version, c);
      }
      const x = draws.next(l);
      drawn += x;
      heapReplaceTop(ht, hl, n, ls.launch(l, a, a + c, x, version, c), l);
      for (let i = 0; i < K - 1; i++) heapPush(ht, hl, n++, cf[pend[i]] + c, pend[i]);
    }
    this.drawn = drawn;
    this.n = n;
    this.version = version;
    this.count = count;
    return false;
  }
}

/**
 * K-batch-async in WebAssembly (wasm/events.ts, the port of KbatchasyncKernel.step; the same bits,
 * test/unit/engine/wasm): used when the thread has the kernels installed and nothing is recorded.
 * The heap, the learners' state and the draw buffer move into the kernel's memory after the
 * constructor's first launches; finish() then reads them there.
 */
class KbatchasyncWasmKernel extends AsyncKernel {
  private readonly w: PsKernel;

  /** `w` is made before any draw (it takes over the draw buffer, which the first launches then use). */
  constructor(r: Run, acc: Acc, w: PsKernel) {
    super(r, acc, null);
    w.ht.set(this.ht);
    w.hl.set(this.hl);
    const ls = this.ls as { -readonly [F in keyof Learners]: Learners[F] };
    for (const f of ['start', 'cs', 'cf', 'rv'] as const) w[f].set(ls[f]);
    ls.start = w.start;
    ls.cs = w.cs;
    ls.cf = w.cf;
    ls.rv = w.rv;
    const self = this as unknown as { ht: Float64Array; hl: Int32Array };
    self.ht = w.ht;
    self.hl = w.hl;
    this.w = w;
  }

  step(budget: number): boolean {
    const { r, acc, w } = this;
    const s = {
      drawn: this.drawn,
      version: this.version,
      count: this.count,
      longSum: acc.longSum,
      longMax: acc.longMax,
    };
    const end = w.step(budget, r.P, r.K, r.J, r.c, s);
    acc.hist.set(w.hist);
    acc.longSum = s.longSum;
    acc.longMax = s.longMax;
    this.drawn = s.drawn;
    this.version = s.version;
    this.count = s.count;
    if (end === null) return false;
    this.finish(r.P, end, s.drawn);
    return true;
  }
}

function* run(r: Run, rec: Recorder | null): Generator<void, Acc> {
  const acc = new Acc();
  const module = r.variant === 'kbatchasync' && rec === null ? kernelFor('auto') : null;
  const wasm = module
    ? instanceOrNull(
        'auto',
        () => new PsKernel(module, r.P, PS_STALENESS_BINS, DRAW_BLOCK, r.speeds, r.draws),
      )
    : null;
  const kernel = wasm
    ? new KbatchasyncWasmKernel(r, acc, wasm)
    : r.variant === 'ksync'
      ? new KsyncKernel(r, acc, rec)
      : r.variant === 'kbatchsync'
        ? new KbatchsyncKernel(r, acc, rec)
        : r.variant === 'kasync'
          ? new KasyncKernel(r, acc, rec)
          : new KbatchasyncKernel(r, acc, rec);
  while (!kernel.step(CHUNK_DRAWS)) yield;
  return acc;
}

/** Simulates J PS updates of the variant; the fast path (no allocation per event). */
export function simulatePs(p: PsParams, rng: Rng): PsStats {
  const r = prepare(p, rng);
  return drainSync(run(r, null)).stats(r.P);
}

/** The same run, awaiting ctl.checkpoint() every CHUNK_DRAWS draws (a worker can cancel it). */
export async function simulatePsAsync(p: PsParams, rng: Rng, ctl: Checkpointer): Promise<PsStats> {
  const r = prepare(p, rng);
  return (await drainAsync(run(r, null), ctl)).stats(r.P);
}

/**
 * The same run as simulatePs (same draws, bit-identical times) stopped after min(J, maxUpdates)
 * updates, with every learner's timeline as segments covering [0, totalTime] (for a Gantt chart).
 * P ≤ MAX_TRACE_LEARNERS.
 */
export function tracePs(p: PsParams, rng: Rng, maxUpdates: number): PsTrace {
  const r = prepare(p, rng);
  if (r.P > MAX_TRACE_LEARNERS) throw new RangeError(`tracePs needs P ≤ ${MAX_TRACE_LEARNERS}, got ${r.P}`);
  if (!Number.isInteger(maxUpdates) || maxUpdates < 1)
    throw new RangeError(`maxUpdates must be an integer ≥ 1, got ${maxUpdates}`);
  r.J = Math.min(r.J, maxUpdates);
  const rec = new Recorder();
  const stats = drainSync(run(r, rec)).stats(r.P);
  rec.segments.sort((a, b) => a.learner - b.learner || a.start - b.start || a.end - b.end);
  return { segments: rec.segments, updates: rec.updates, stats };
}
