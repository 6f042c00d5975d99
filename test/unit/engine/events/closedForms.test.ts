// Each variant of the parameter-server simulator against its closed form ([SS] Lemmas 3–5, the
// Erlang law of K-batch-sync, Theorem 2). Monte Carlo means are compared within 4 standard errors
// of the mean over independent repetitions (each its own rngFor stream); a two-sided 4-SE test
// fails by chance with probability 6e-5, and the seeds are fixed, so a failure is a real change.

import { describe, expect, it } from 'vitest';
import { type DistSpec, makeDistribution } from '../../../../src/engine/distributions';
import {
  kasyncBound,
  kbatchasyncTime,
  kbatchsyncExpTime,
  ksyncAllK,
  ksyncTime,
  type PsParams,
  type PsStats,
  simulatePs,
  theorem2Ratio,
} from '../../../../src/engine/events';
import { expectedOrderStatistic } from '../../../../src/engine/orderStatistics';
import { rngFor } from '../../../../src/engine/random/seed';
import { harmonicDifference } from '../../../../src/engine/special';

const EXP1: DistSpec = { family: 'exp', rate: 1 };
const SHEXP: DistSpec = { family: 'shexp', shift: 1, rate: 1 };
const PARETO3: DistSpec = { family: 'pareto', shape: 3, scale: 1 };

interface Sample {
  mean: number;
  se: number;
  variance: number;
  /** Standard error of the sample variance (normal-theory-free: from the 4th central moment). */
  varSe: number;
  values: number[];
}

function summarize(values: number[]): Sample {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let m2 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = (v - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  const variance = m2 / (n - 1);
  m4 /= n;
  return {
    mean,
    se: Math.sqrt(variance / n),
    variance,
    varSe: Math.sqrt(Math.max(0, m4 - variance ** 2) / n),
    values,
  };
}

/** `reps` independent runs; `f` maps each run's stats to the number sampled. */
function mc(
  p: PsParams,
  reps: number,
  label: string,
  f: (s: PsStats) => number = (s) => s.totalTime,
): Sample {
  const values: number[] = [];
  for (let r = 0; r < reps; r++) values.push(f(simulatePs(p, rngFor(11, `${label}|${r}`))));
  return summarize(values);
}

function within(actual: Sample, expected: number, k = 4, what = '') {
  expect(
    Math.abs(actual.mean - expected),
    `${what}: ${actual.mean} ± ${actual.se} vs ${expected}`,
  ).toBeLessThanOrEqual(k * actual.se);
}

describe('K-sync: Lemma 3, E[T] = J·E[X_{K:P}]', () => {
  const cases: [string, DistSpec][] = [
    ['exp(1)', EXP1],
    ['1+exp(1)', SHEXP],
    ['Pareto(3,1)', PARETO3],
    ['uniform(1,3)', { family: 'uniform', a: 1, b: 3 }],
    ['lognormal(0,0.5)', { family: 'lognormal', mu: 0, sigma: 0.5 }],
  ];
  for (const [name, dist] of cases)
    it(`${name}, P = 10, K ∈ {1, 3, 7, 10}`, () => {
      for (const K of [1, 3, 7, 10]) {
        const J = 20;
        const s = mc({ variant: 'ksync', P: 10, K, J, dist }, 400, `ksync|${name}|${K}`);
        const exact = ksyncTime(dist, 10, K, J);
        expect(exact).not.toBeNull();
        within(s, exact?.value ?? Number.NaN, 4, `K=${K}`);
      }
    });

  it('ksyncAllK agrees with Lemma 3 for every K (within 4 SE) and with simulatePs', () => {
    const P = 12;
    const J = 20;
    const runs = Array.from({ length: 300 }, (_, r) => ksyncAllK(P, J, SHEXP, rngFor(11, `all|${r}`)));
    const d = makeDistribution(SHEXP);
    for (let K = 1; K <= P; K++) {
      const s = summarize(runs.map((x) => x[K - 1]));
      within(s, J * expectedOrderStatistic(d, K, P).value, 4, `K=${K}`);
      // same streams through simulatePs: the same numbers
      expect(simulatePs({ variant: 'ksync', P, K, J, dist: SHEXP }, rngFor(11, 'all|7')).totalTime).toBe(
        runs[7][K - 1],
      );
    }
  });

  it('wasted work and utilisation for exp(1) match their expectations (ratio of expected totals)', () => {
    // Per iteration the P learners compute Σ_{i≤K} X_(i) (applied) + (P − K)·X_(K) (cancelled) in
    // learner-time P·X_(K); over a long run the fractions tend to the ratios of the expectations.
    const P = 10;
    const d = makeDistribution(EXP1);
    for (const K of [1, 4, 9]) {
      const e = (i: number) => expectedOrderStatistic(d, i, P).value;
      let applied = 0;
      for (let i = 1; i <= K; i++) applied += e(i);
      const cancelled = (P - K) * e(K);
      const p: PsParams = { variant: 'ksync', P, K, J: 2000, dist: EXP1 };
      within(
        mc(p, 40, `waste|${K}`, (s) => s.wasted),
        cancelled / (applied + cancelled),
        4,
        `wasted K=${K}`,
      );
      within(
        mc(p, 40, `util|${K}`, (s) => s.utilization),
        (applied + cancelled) / (P * e(K)),
        4,
        `util K=${K}`,
      );
    }
  });

  it('with comm c every iteration takes 2c longer: T(c) = T(0) + 2cJ (same draws)', () => {
    const p: PsParams = { variant: 'ksync', P: 8, K: 3, J: 500, dist: PARETO3 };
    const t0 = simulatePs(p, rngFor(1, 'comm')).totalTime;
    const t1 = simulatePs({ ...p, comm: 0.25 }, rngFor(1, 'comm')).totalTime;
    expect(t1).toBeCloseTo(t0 + 2 * 0.25 * 500, 9);
  });
});

describe('K-batch-sync: Erlang(K, Pμ) per update for exponential X', () => {
  for (const [P, K, mu] of [
    [8, 1, 1],
    [8, 5, 2],
    [4, 10, 0.5],
  ] as const)
    it(`P=${P}, K=${K}, μ=${mu}: mean K/(Pμ) and variance K/(Pμ)² of one update`, () => {
      const dist: DistSpec = { family: 'exp', rate: mu };
      const s = mc({ variant: 'kbatchsync', P, K, J: 1, dist }, 4000, `erlang|${P}|${K}`);
      const rate = P * mu;
      within(s, K / rate, 4, 'mean');
      expect(Math.abs(s.variance - K / rate ** 2), `variance ${s.variance} ± ${s.varSe}`).toBeLessThanOrEqual(
        4 * s.varSe,
      );
      expect(kbatchsyncExpTime(dist, P, K, 7)?.value).toBeCloseTo((7 * K) / rate, 12);
      expect(kbatchsyncExpTime(dist, P, K, 7)?.variance).toBeCloseTo((7 * K) / rate ** 2, 12);
      // J updates are J independent Erlang times
      within(
        mc({ variant: 'kbatchsync', P, K, J: 30, dist }, 300, `erlangJ|${P}|${K}`),
        (30 * K) / rate,
        4,
        'J=30',
      );
    });

  it('is null for non-exponential X; Weibull with shape 1 is exponential', () => {
    expect(kbatchsyncExpTime(SHEXP, 4, 2, 1)).toBeNull();
    expect(kbatchsyncExpTime({ family: 'weibull', shape: 1, scale: 2 }, 4, 2, 1)?.value).toBeCloseTo(
      0.5 * 2,
      12,
    );
    expect(kasyncBound({ family: 'weibull', shape: 1, scale: 2 }, 4, 2, 1)?.kind).toBe('equal');
  });
});

describe('K-batch-async: Lemma 4, E[T] → J·K·E[X]/P', () => {
  // From a synchronised start a finite run differs from the limit by about E[X] (renewal
  // transient), so the tolerance is E[X] + 4 SE at J = 2000.
  for (const [name, dist] of [
    ['exp(1)', EXP1],
    ['1+exp(1)', SHEXP],
    ['Pareto(3,1)', PARETO3],
  ] as [string, DistSpec][])
    it(`${name}, P = 20, K ∈ {1, 4, 20, 50}`, () => {
      const mean = makeDistribution(dist).mean;
      for (const K of [1, 4, 20, 50]) {
        const J = 2000;
        const s = mc({ variant: 'kbatchasync', P: 20, K, J, dist }, 60, `lemma4|${name}|${K}`);
        const limit = kbatchasyncTime(dist, 20, K, J)?.value ?? Number.NaN;
        expect(limit).toBeCloseTo((J * K * mean) / 20, 9);
        expect(Math.abs(s.mean - limit), `K=${K}: ${s.mean} ± ${s.se} vs ${limit}`).toBeLessThanOrEqual(
          mean + 4 * s.se,
        );
      }
    });

  it('utilisation is 1 with comm = 0, nothing is wasted', () => {
    for (const dist of [EXP1, PARETO3]) {
      const s = simulatePs({ variant: 'kbatchasync', P: 16, K: 3, J: 5000, dist }, rngFor(2, 'util'));
      expect(s.utilization).toBeCloseTo(1, 9);
      expect(s.wasted).toBe(0);
    }
  });

  it('comm c lengthens the cycle to X + 2c: exactly shexp(2c) without comm, and K(E[X] + 2c)/P per update', () => {
    const c = 0.3;
    const p: PsParams = { variant: 'kbatchasync', P: 6, K: 2, J: 3000, dist: EXP1, comm: c };
    const a = simulatePs(p, rngFor(3, 'c'));
    const b = simulatePs({ ...p, comm: 0, dist: { family: 'shexp', shift: 2 * c, rate: 1 } }, rngFor(3, 'c'));
    expect(a.totalTime).toBeCloseTo(b.totalTime, 8);
    expect(a.staleness).toEqual(b.staleness);
    const s = mc(p, 60, 'comm-mean');
    expect(Math.abs(s.mean - (3000 * 2 * (1 + 2 * c)) / 6)).toBeLessThanOrEqual(1 + 2 * c + 4 * s.se);
    // the learners compute X out of every X + 2c
    expect(a.utilization).toBeCloseTo(1 / (1 + 2 * c), 1);
  });
});

describe('K-async: Lemma 5 and Async SGD', () => {
  it('exponential: = J·E[X_{K:P}] (within 4 SE), and K-async has the law of K-sync (means and variances)', () => {
    const P = 8;
    const J = 20;
    for (const K of [1, 3, 8]) {
      const bound = kasyncBound(EXP1, P, K, J);
      expect(bound?.kind).toBe('equal');
      const a = mc({ variant: 'kasync', P, K, J, dist: EXP1 }, 1500, `kasync|${K}`);
      const s = mc({ variant: 'ksync', P, K, J, dist: EXP1 }, 1500, `ksyncLaw|${K}`);
      within(a, bound?.value ?? Number.NaN, 4, `K=${K}`);
      expect(Math.abs(a.mean - s.mean)).toBeLessThanOrEqual(4 * Math.hypot(a.se, s.se));
      expect(Math.abs(a.variance - s.variance)).toBeLessThanOrEqual(4 * Math.hypot(a.varSe, s.varSe));
    }
  });

  it('1+exp(1) (new-longer-than-used): below J·E[X_{K:P}] (within 4 SE), strictly for 1 < K < P', () => {
    const P = 10;
    const J = 200;
    for (const K of [1, 4, 9]) {
      const bound = kasyncBound(SHEXP, P, K, J);
      expect(bound?.kind).toBe('upper');
      const a = mc({ variant: 'kasync', P, K, J, dist: SHEXP }, 80, `kasyncShexp|${K}`);
      expect(a.mean).toBeLessThanOrEqual((bound?.value ?? 0) + 4 * a.se);
      if (K === 4) expect(a.mean).toBeLessThan(0.97 * (bound?.value ?? 0));
    }
  });

  it('no bound for Pareto, lognormal or a two-point mixture (neither class)', () => {
    expect(kasyncBound(PARETO3, 10, 2, 1)).toBeNull();
    expect(kasyncBound({ family: 'lognormal', mu: 0, sigma: 1 }, 10, 2, 1)).toBeNull();
    expect(
      kasyncBound(
        { family: 'mix', p: 0.5, first: { family: 'det', value: 1 }, second: { family: 'det', value: 10 } },
        10,
        2,
        1,
      ),
    ).toBeNull();
  });

  it('Async (K = 1), exponential: fresh fraction ≈ 1/P; mean staleness → P − 1 for any distribution', () => {
    for (const P of [4, 16]) {
      const p: PsParams = { variant: 'kasync', P, K: 1, J: 20000, dist: EXP1 };
      within(
        mc(p, 30, `fresh|${P}`, (s) => s.staleness.fresh),
        1 / P,
        4,
        `fresh P=${P}`,
      );
      for (const dist of [EXP1, PARETO3]) {
        const s = simulatePs({ ...p, dist }, rngFor(4, `stale|${P}`));
        // Σ staleness = N(P − 1) − (gradients in flight' lag) ⇒ |mean − (P − 1)| ≤ P(P − 1)/N-ish
        expect(Math.abs(s.staleness.mean - (P - 1))).toBeLessThan(0.01 * P);
      }
    }
  });

  it('nothing is wasted; K-batch-async is faster than K-async by Theorem 2 (exponential)', () => {
    const P = 20;
    const K = 4;
    const J = 4000;
    const r = theorem2Ratio(P, K);
    expect(r?.value).toBeCloseTo((P * harmonicDifference(P, P - K)) / K, 12);
    const a = mc({ variant: 'kasync', P, K, J, dist: EXP1 }, 30, 'thm2a');
    const b = mc({ variant: 'kbatchasync', P, K, J, dist: EXP1 }, 30, 'thm2b');
    // ratio of means; the K-batch-async transient (≤ E[X] = 1) is 0.1 % of J·K/P = 800
    expect(a.mean / b.mean).toBeGreaterThan((r?.value ?? 0) * 0.98);
    expect(a.mean / b.mean).toBeLessThan((r?.value ?? 0) * 1.02);
    expect(simulatePs({ variant: 'kasync', P, K, J: 100, dist: EXP1 }, rngFor(1, 'w')).wasted).toBe(0);
  });
});
