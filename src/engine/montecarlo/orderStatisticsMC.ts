// Monte Carlo kernels for [SS] Theorem 1 (sync/async ratio) and for the order statistics E[X_{K:P}].
// Each accumulates sufficient statistics (plain sums) so that a caller can run a cell in chunks of a
// few milliseconds, yield between chunks, and merge chunks or repetitions by adding — the numbers do
// not depend on how the work was chunked, because the draws come from one rng stream in order.
// Draws go through `Distribution.sampleInto` into a reusable buffer: one call per group, no
// allocation per iteration.

import type { Distribution } from '../distributions/types';
import type { Rng } from '../random/xoshiro128';
import { sortAscending } from '../sortAscending';

const Z95 = 1.959963984540054;

/** A 95 % normal-theory interval around a mean (value NaN when there is no data yet). */
export interface Estimate {
  value: number;
  lo: number;
  hi: number;
  /** Standard error (Infinity with fewer than two groups). */
  se: number;
}

/** Sums over n groups of P draws, Y = group maximum, Z = group mean. Plain numbers: JSON-safe. */
export interface MaxRatioAccumulator {
  n: number;
  sumY: number;
  sumY2: number;
  sumZ: number;
  sumZ2: number;
  sumYZ: number;
}

export function createMaxRatioAccumulator(): MaxRatioAccumulator {
  return { n: 0, sumY: 0, sumY2: 0, sumZ: 0, sumZ2: 0, sumYZ: 0 };
}

// One scratch buffer per module, grown on demand: chunks run one at a time in a worker.
let scratch = new Float64Array(1024);
function buffer(P: number): Float64Array {
  if (scratch.length < P) scratch = new Float64Array(Math.max(P, 2 * scratch.length));
  return scratch;
}

/** Draws `count` groups of P times (P draws per group, in order) and adds their statistics to `acc`. */
export function accumulateMaxRatio(
  acc: MaxRatioAccumulator,
  dist: Distribution,
  P: number,
  count: number,
  rng: Rng,
): MaxRatioAccumulator {
  const buf = buffer(P);
  let { n, sumY, sumY2, sumZ, sumZ2, sumYZ } = acc;
  for (let g = 0; g < count; g++) {
    dist.sampleInto(rng, buf, P);
    let max = buf[0];
    let sum = buf[0];
    for (let i = 1; i < P; i++) {
      const x = buf[i];
      sum += x;
      if (x > max) max = x;
    }
    const z = sum / P;
    n++;
    sumY += max;
    sumY2 += max * max;
    sumZ += z;
    sumZ2 += z * z;
    sumYZ += max * z;
  }
  acc.n = n;
  acc.sumY = sumY;
  acc.sumY2 = sumY2;
  acc.sumZ = sumZ;
  acc.sumZ2 = sumZ2;
  acc.sumYZ = sumYZ;
  return acc;
}

export function mergeMaxRatio(a: MaxRatioAccumulator, b: MaxRatioAccumulator): MaxRatioAccumulator {
  return {
    n: a.n + b.n,
    sumY: a.sumY + b.sumY,
    sumY2: a.sumY2 + b.sumY2,
    sumZ: a.sumZ + b.sumZ,
    sumZ2: a.sumZ2 + b.sumZ2,
    sumYZ: a.sumYZ + b.sumYZ,
  };
}

/**
 * R = P·Ȳ/Z̄, the estimate of P·E[X_{P:P}]/E[X], with a 95 % delta-method interval for a ratio of
 * means: Var(Ȳ/Z̄) ≈ (s_Y² − 2R₀s_YZ + R₀²s_Z²)/(n·Z̄²), R₀ = Ȳ/Z̄. Valid only where Var X_{P:P} is
 * finite (tailIndex > 2); elsewhere the caller should show the spread of repetitions instead.
 */
export function estimateMaxRatio(acc: MaxRatioAccumulator, P: number): Estimate {
  const { n } = acc;
  if (n === 0) return { value: Number.NaN, lo: Number.NaN, hi: Number.NaN, se: Number.POSITIVE_INFINITY };
  const my = acc.sumY / n;
  const mz = acc.sumZ / n;
  const r0 = my / mz;
  const value = P * r0;
  if (n < 2)
    return {
      value,
      lo: Number.NEGATIVE_INFINITY,
      hi: Number.POSITIVE_INFINITY,
      se: Number.POSITIVE_INFINITY,
    };
  const vy = (acc.sumY2 - n * my * my) / (n - 1);
  const vz = (acc.sumZ2 - n * mz * mz) / (n - 1);
  const cyz = (acc.sumYZ - n * my * mz) / (n - 1);
  const v = Math.max(0, vy - 2 * r0 * cyz + r0 * r0 * vz) / (n * mz * mz);
  const se = Number.isFinite(v) ? P * Math.sqrt(v) : Number.POSITIVE_INFINITY;
  return { value, lo: value - Z95 * se, hi: value + Z95 * se, se };
}

/** Sums of every order statistic X_{K:P}, K = 1..P (index K − 1), over n groups. Plain arrays: JSON-safe. */
export interface OrderStatAccumulator {
  P: number;
  n: number;
  sum: number[];
  sumSq: number[];
}

export function createOrderStatAccumulator(P: number): OrderStatAccumulator {
  return { P, n: 0, sum: new Array<number>(P).fill(0), sumSq: new Array<number>(P).fill(0) };
}

/** Draws `count` groups of P times, sorts each, and adds X_{K:P} and X_{K:P}² for every K to `acc`. */
export function accumulateOrderStats(
  acc: OrderStatAccumulator,
  dist: Distribution,
  P: number,
  count: number,
  rng: Rng,
): OrderStatAccumulator {
  if (acc.P !== P) throw new RangeError(`accumulator is for P=${acc.P}, not P=${P}`);
  const buf = buffer(P);
  const group = buf.subarray(0, P); // one view per call, not per group
  const { sum, sumSq } = acc;
  for (let g = 0; g < count; g++) {
    dist.sampleInto(rng, buf, P);
    sortAscending(group);
    for (let k = 0; k < P; k++) {
      const x = group[k];
      sum[k] += x;
      sumSq[k] += x * x;
    }
  }
  acc.n += count;
  return acc;
}

export function mergeOrderStats(a: OrderStatAccumulator, b: OrderStatAccumulator): OrderStatAccumulator {
  if (a.P !== b.P) throw new RangeError(`cannot merge order statistics of P=${a.P} and P=${b.P}`);
  return {
    P: a.P,
    n: a.n + b.n,
    sum: a.sum.map((s, i) => s + b.sum[i]),
    sumSq: a.sumSq.map((s, i) => s + b.sumSq[i]),
  };
}

/** Mean and 95 % normal-theory interval of each X_{K:P} (index K − 1). */
export function estimateOrderStats(acc: OrderStatAccumulator): Estimate[] {
  const { n } = acc;
  return acc.sum.map((s, k) => {
    if (n === 0) return { value: Number.NaN, lo: Number.NaN, hi: Number.NaN, se: Number.POSITIVE_INFINITY };
    const mean = s / n;
    if (n < 2)
      return {
        value: mean,
        lo: Number.NEGATIVE_INFINITY,
        hi: Number.POSITIVE_INFINITY,
        se: Number.POSITIVE_INFINITY,
      };
    const v = Math.max(0, (acc.sumSq[k] - n * mean * mean) / (n - 1));
    const se = Number.isFinite(v) ? Math.sqrt(v / n) : Number.POSITIVE_INFINITY;
    return { value: mean, lo: mean - Z95 * se, hi: mean + Z95 * se, se };
  });
}

/** Runs in chunks of about 2¹⁶ draws; between chunks, awaits a macrotask when `shouldYield()` says so. */
async function chunked(
  groups: number,
  P: number,
  step: (count: number) => void,
  shouldYield?: () => boolean,
): Promise<void> {
  const chunk = Math.max(1, Math.floor(65536 / P));
  for (let done = 0; done < groups; done += chunk) {
    step(Math.min(chunk, groups - done));
    if (shouldYield?.()) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * `groups` groups of P draws → sufficient statistics for P·E[X_{P:P}]/E[X]. Chunked: to cancel, make
 * `shouldYield` throw (the promise rejects). The result equals one `accumulateMaxRatio` call.
 */
export async function simulateMaxRatio(
  dist: Distribution,
  P: number,
  groups: number,
  rng: Rng,
  shouldYield?: () => boolean,
): Promise<MaxRatioAccumulator> {
  const acc = createMaxRatioAccumulator();
  await chunked(groups, P, (count) => accumulateMaxRatio(acc, dist, P, count, rng), shouldYield);
  return acc;
}

/** `groups` sorted groups of P draws → sums for every E[X_{K:P}]; chunked like `simulateMaxRatio`. */
export async function simulateOrderStats(
  dist: Distribution,
  P: number,
  groups: number,
  rng: Rng,
  shouldYield?: () => boolean,
): Promise<OrderStatAccumulator> {
  const acc = createOrderStatAccumulator(P);
  await chunked(groups, P, (count) => accumulateOrderStats(acc, dist, P, count, rng), shouldYield);
  return acc;
}
