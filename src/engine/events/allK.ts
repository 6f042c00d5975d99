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

import { type DistSpec, makeDistribution } from '../distributions';
import type { Rng } from '../random/xoshiro128';
import { heapArrays, heapPush, heapReplaceTop } from './heap';

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
  check(P, J, comm, speeds);
  const draw = drawer(dist, rng, speeds);
  const [ht, hl] = heapArrays(P);
  for (let l = 0; l < P; l++) heapPush(ht, hl, l, comm + draw(l) + comm, l);
  const out = new Float64Array(P);
  const last = J * P;
  let K = 1;
  for (let n = 1; n <= last; n++) {
    const t = ht[0];
    const l = hl[0];
    if (n === J * K) out[K++ - 1] = t;
    if (n < last) heapReplaceTop(ht, hl, P, t + comm + draw(l) + comm, l);
  }
  return out;
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
  check(P, J, comm, speeds);
  const draw = drawer(dist, rng, speeds);
  const [ht, hl] = heapArrays(P);
  const out = new Float64Array(P);
  for (let j = 0; j < J; j++) {
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
  return out;
}
