// Every K = 1..P of one variant at once, with common random numbers (docs/ps-model.md, "Every K at
// once"): the times at which gradients reach the PS do not depend on K in K-sync and the batch
// variants, only which arrivals an update groups, so one stream of arrivals gives every K. The
// entries for different K share their draws, so they are dependent (fine for each K's mean and
// interval; a difference between two K has a smaller variance than with independent runs). Each
// loop runs in chunks of about CHUNK_DRAWS draws in a plain function (faster than inside a
// generator); the generator yields between chunks, where the *Async forms await a checkpoint.

import { asyncRunner, syncRunner } from '../control';
import type { DistSpec } from '../distributions';
import type { Rng } from '../random/xoshiro128';
import { sortAscending } from '../sortAscending';
import { heapArrays, heapClear, heapPush, heapReplaceTop } from './heap';
import { CHUNK_DRAWS, ComputeTimes, validatePs, validateUpdates } from './model';

/** The batch variants' all-K arguments (comm c = 0 and speeds 1 by default). */
type BatchArgs = [P: number, J: number, dist: DistSpec, rng: Rng, comm?: number, speeds?: readonly number[]];

/** The all-K runs' inputs checked, their compute times and a heap of P arrivals. */
function prepare(...[P, J, dist, rng, comm, speeds]: BatchArgs) {
  const setup = validatePs({ P, comm, speeds });
  validateUpdates(J);
  const [ht, hl] = heapArrays(P);
  return { P, J, c: setup.c, draws: new ComputeTimes(dist, rng, setup.speeds), ht, hl };
}

/**
 * K-sync's total time for every K (index K − 1): each iteration draws P times at once (as
 * simulatePs's K-sync does), sorts them and adds the K-th smallest to entry K − 1. With the same
 * rng, entry K − 1 equals simulatePs's totalTime for K-sync with that K (comm 0, speeds 1) bit for bit.
 */
function* ksyncGen(P: number, J: number, dist: DistSpec, rng: Rng): Generator<void, Float64Array> {
  const { draws } = prepare(P, J, dist, rng);
  const xs = new Float64Array(P);
  const total = new Float64Array(P);
  const per = Math.max(1, Math.floor(CHUNK_DRAWS / P));
  for (let j = 0; j < J; j += per) {
    ksyncIterations(Math.min(per, J - j), draws, xs, total);
    yield;
  }
  return total;
}

function ksyncIterations(n: number, draws: ComputeTimes, xs: Float64Array, total: Float64Array): void {
  const P = xs.length;
  for (let j = 0; j < n; j++) {
    draws.iteration(xs);
    sortAscending(xs);
    for (let k = 0; k < P; k++) total[k] = total[k] + xs[k];
  }
}

/**
 * K-batch-async's total time for every K: the learners never wait, so the arrivals are P renewal
 * processes; update j of batch size K is arrival number j·K, and K's total time is arrival J·K.
 */
function* kbatchasyncGen(...args: BatchArgs): Generator<void, Float64Array> {
  const { P, J, c, draws, ht, hl } = prepare(...args);
  for (let l = 0; l < P; l++) heapPush(ht, hl, l, c + draws.next(l) + c, l);
  const st = { n: 1, K: 1, out: new Float64Array(P) };
  const last = J * P;
  while (st.n <= last) {
    kbatchasyncArrivals(st, Math.min(last, st.n + CHUNK_DRAWS - 1), last, J, P, c, draws, ht, hl);
    yield;
  }
  return st.out;
}

/** Arrivals st.n..to of kbatchasyncAllK. */
function kbatchasyncArrivals(
  st: { n: number; K: number; out: Float64Array },
  to: number,
  last: number,
  J: number,
  P: number,
  c: number,
  draws: ComputeTimes,
  ht: Float64Array,
  hl: Int32Array,
): void {
  const out = st.out;
  let K = st.K;
  for (let n = st.n; n <= to; n++) {
    const t = ht[0];
    const l = hl[0];
    if (n === J * K) out[K++ - 1] = t;
    if (n < last) heapReplaceTop(ht, hl, P, t + c + draws.next(l) + c, l);
  }
  st.n = to + 1;
  st.K = K;
}

/**
 * K-batch-sync's total time for every K: an iteration starts all P learners at w_j, and a learner
 * that arrives restarts at once (no pull); the iteration for K ends at its K-th arrival, so one
 * iteration's first P arrivals give its length for every K, and each K sums J such lengths.
 */
function* kbatchsyncGen(...args: BatchArgs): Generator<void, Float64Array> {
  const { P, J, c, draws, ht, hl } = prepare(...args);
  const out = new Float64Array(P);
  const per = Math.max(1, Math.floor(CHUNK_DRAWS / (2 * P - 1)));
  for (let j = 0; j < J; j += per) {
    kbatchsyncIterations(Math.min(per, J - j), P, c, draws, ht, hl, out);
    yield;
  }
  return out;
}

/** n iterations of kbatchsyncAllK. */
function kbatchsyncIterations(
  n: number,
  P: number,
  c: number,
  draws: ComputeTimes,
  ht: Float64Array,
  hl: Int32Array,
  out: Float64Array,
): void {
  for (let j = 0; j < n; j++) {
    // One iteration, timed from its start: the first arrival of learner l is at c + x + c.
    heapClear(ht, hl, P);
    for (let l = 0; l < P; l++) heapPush(ht, hl, l, c + draws.next(l) + c, l);
    for (let k = 0; k < P; k++) {
      const t = ht[0];
      const l = hl[0];
      out[k] += t;
      // The learner starts its next mini-batch at once (no pull), unless this was the P-th arrival.
      if (k < P - 1) heapReplaceTop(ht, hl, P, t + draws.next(l) + c, l);
    }
  }
}

/** K-sync's total time of J updates for K = 1..P (index K − 1). */
export const ksyncAllK = syncRunner(ksyncGen);
/** ksyncAllK, awaiting ctl.checkpoint() every CHUNK_DRAWS draws. */
export const ksyncAllKAsync = asyncRunner(ksyncGen);
/** K-batch-async's total time of J updates for K = 1..P (index K − 1). */
export const kbatchasyncAllK = syncRunner(kbatchasyncGen);
/** kbatchasyncAllK, awaiting ctl.checkpoint() every CHUNK_DRAWS draws. */
export const kbatchasyncAllKAsync = asyncRunner(kbatchasyncGen);
/** K-batch-sync's total time of J updates for K = 1..P (index K − 1). */
export const kbatchsyncAllK = syncRunner(kbatchsyncGen);
/** kbatchsyncAllK, awaiting ctl.checkpoint() every CHUNK_DRAWS draws. */
export const kbatchsyncAllKAsync = asyncRunner(kbatchsyncGen);
