// The batch variants' total time for every K = 1..P at once, with common random numbers (as
// ksyncAllK does for K-sync): in both, the times at which gradients reach the PS do not depend on K
// — only which arrivals an update groups does — so one stream of arrivals gives every K.
//  - K-batch-async: each learner cycles pull (c), compute (speeds[l]·X), push (c) without ever
//    waiting, so the arrivals are P independent renewal processes; update j of batch size K happens
//    at the (j·K)-th arrival, and the total time for K is the time of arrival number J·K.
//  - K-batch-sync: every iteration starts all P learners at the current w (pull c), and a learner
//    whose push ends starts another mini-batch at once (no pull: it holds w_j); the iteration for K
//    ends at its K-th arrival (everything else is cancelled). So one iteration's first P arrivals
//    give its length for every K, and each K sums J such lengths.
// The entries for different K share their draws and are dependent (fine for each K's mean and
// interval). Each entry has the law of simulatePs's total time for that K, not its numbers: the
// draws are consumed in another order. Order of draws (link format): compute times in blocks of
// 256 (`sampleInto`); K-batch-async: learners 0..P−1 first, then the learner of each arrival in
// arrival order (ties: lower learner first); K-batch-sync, per iteration: learners 0..P−1, then
// the learner of each of the iteration's first P − 1 arrivals.
// Both run in chunks of about CHUNK_DRAWS draws (./simulate.ts) in plain functions, driven by a
// generator that yields between chunks: the *Async versions await a worker's checkpoint there,
// with the same numbers.

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { type DistSpec, makeDistribution } from '../distributions';
import type { Rng } from '../random/xoshiro128';
import { heapArrays, heapPush, heapReplaceTop } from './heap';
import { CHUNK_DRAWS } from './simulate';

const BLOCK = 256;

function check(P: number, J: number, comm: number, speeds: readonly number[] | undefined): void {
  if (!Number.isInteger(P) || P < 1 || P > 4096)
    throw new RangeError(`P must be an integer in 1..4096, got ${P}`);
  if (!Number.isInteger(J) || J < 1) throw new RangeError(`J must be an integer ≥ 1, got ${J}`);
  if (!(comm >= 0) || !Number.isFinite(comm)) throw new RangeError(`comm must be ≥ 0, got ${comm}`);
  if (speeds && (speeds.length !== P || speeds.some((x) => !(x > 0) || !Number.isFinite(x))))
    throw new RangeError(`speeds needs ${P} positive factors`);
}

/** Draws compute times in blocks (one sampleInto per 256) and scales them by the learner's speed. */
function drawer(dist: DistSpec, rng: Rng, speeds: readonly number[] | undefined): (l: number) => number {
  const d = makeDistribution(dist);
  const buf = new Float64Array(BLOCK);
  let i = BLOCK;
  return (l) => {
    if (i === BLOCK) {
      d.sampleInto(rng, buf, BLOCK);
      i = 0;
    }
    const x = buf[i++];
    return speeds ? x * speeds[l] : x;
  };
}

/** K-batch-async's total time of J updates for K = 1..P (index K − 1). */
export function kbatchasyncAllK(
  P: number,
  J: number,
  dist: DistSpec,
  rng: Rng,
  comm = 0,
  speeds?: readonly number[],
): Float64Array {
  return drainSync(kbatchasyncGen(P, J, dist, rng, comm, speeds));
}

/** kbatchasyncAllK, awaiting ctl.checkpoint() every CHUNK_DRAWS draws. */
export function kbatchasyncAllKAsync(
  P: number,
  J: number,
  dist: DistSpec,
  rng: Rng,
  comm: number,
  speeds: readonly number[] | undefined,
  ctl: Checkpointer,
): Promise<Float64Array> {
  return drainAsync(kbatchasyncGen(P, J, dist, rng, comm, speeds), ctl);
}

function* kbatchasyncGen(
  P: number,
  J: number,
  dist: DistSpec,
  rng: Rng,
  comm: number,
  speeds: readonly number[] | undefined,
): Generator<void, Float64Array> {
  check(P, J, comm, speeds);
  const draw = drawer(dist, rng, speeds);
  const [ht, hl] = heapArrays(P);
  for (let l = 0; l < P; l++) heapPush(ht, hl, l, comm + draw(l) + comm, l);
  const st = { n: 1, K: 1, out: new Float64Array(P) };
  const last = J * P;
  while (st.n <= last) {
    kbatchasyncArrivals(st, Math.min(last, st.n + CHUNK_DRAWS - 1), last, J, P, comm, draw, ht, hl);
    yield;
  }
  return st.out;
}

/** Arrivals st.n..to of kbatchasyncAllK (a plain function: its loop runs faster than inside a generator). */
function kbatchasyncArrivals(
  st: { n: number; K: number; out: Float64Array },
  to: number,
  last: number,
  J: number,
  P: number,
  comm: number,
  draw: (l: number) => number,
  ht: Float64Array,
  hl: Int32Array,
): void {
  const out = st.out;
  let K = st.K;
  for (let n = st.n; n <= to; n++) {
    const t = ht[0];
    const l = hl[0];
    if (n === J * K) out[K++ - 1] = t;
    if (n < last) heapReplaceTop(ht, hl, P, t + comm + draw(l) + comm, l);
  }
  st.n = to + 1;
  st.K = K;
}

/** K-batch-sync's total time of J updates for K = 1..P (index K − 1). */
export function kbatchsyncAllK(
  P: number,
  J: number,
  dist: DistSpec,
  rng: Rng,
  comm = 0,
  speeds?: readonly number[],
): Float64Array {
  return drainSync(kbatchsyncGen(P, J, dist, rng, comm, speeds));
}

/** kbatchsyncAllK, awaiting ctl.checkpoint() every CHUNK_DRAWS draws. */
export function kbatchsyncAllKAsync(
  P: number,
  J: number,
  dist: DistSpec,
  rng: Rng,
  comm: number,
  speeds: readonly number[] | undefined,
  ctl: Checkpointer,
): Promise<Float64Array> {
  return drainAsync(kbatchsyncGen(P, J, dist, rng, comm, speeds), ctl);
}

function* kbatchsyncGen(
  P: number,
  J: number,
  dist: DistSpec,
  rng: Rng,
  comm: number,
  speeds: readonly number[] | undefined,
): Generator<void, Float64Array> {
  check(P, J, comm, speeds);
  const draw = drawer(dist, rng, speeds);
  const [ht, hl] = heapArrays(P);
  const out = new Float64Array(P);
  const per = Math.max(1, Math.floor(CHUNK_DRAWS / (2 * P - 1)));
  for (let j = 0; j < J; j += per) {
    kbatchsyncIterations(Math.min(per, J - j), P, comm, draw, ht, hl, out);
    yield;
  }
  return out;
}

/** n iterations of kbatchsyncAllK (a plain function: its loop runs faster than inside a generator). */
function kbatchsyncIterations(
  n: number,
  P: number,
  comm: number,
  draw: (l: number) => number,
  ht: Float64Array,
  hl: Int32Array,
  out: Float64Array,
): void {
  for (let j = 0; j < n; j++) {
    // One iteration, timed from its start: the first arrival of learner l is at c + x + c.
    for (let l = 0; l < P; l++) {
      ht[l] = Number.POSITIVE_INFINITY;
      hl[l] = 0x7fffffff;
    }
    for (let l = 0; l < P; l++) heapPush(ht, hl, l, comm + draw(l) + comm, l);
    for (let k = 0; k < P; k++) {
      const t = ht[0];
      const l = hl[0];
      out[k] += t;
      // The learner starts its next mini-batch at once (no pull), unless this was the P-th arrival.
      if (k < P - 1) heapReplaceTop(ht, hl, P, t + draw(l) + comm, l);
    }
  }
}
