import { describe, expect, it } from 'vitest';
import { jumpedStream } from '../../../../src/engine/delayed/learnersClock';
import { simulatePs, type Variant } from '../../../../src/engine/events';
import { type RaceParams, raceRun, raceRunAsync, raceRunGen } from '../../../../src/engine/race';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];

const QUAD = {
  kind: 'quadratic' as const,
  family: 'tridiag' as const,
  d: 20,
  lambda: 0.2,
  M: 1,
  sigma2: 1,
  noise: 'coord' as const,
};

function params(over: Partial<RaceParams>): RaceParams {
  return {
    variant: 'kasync',
    P: 8,
    K: 4,
    dist: { family: 'exp', rate: 1 },
    problem: QUAD,
    mb: 1,
    eta: 0.1,
    lr: 'fixed',
    maxTime: 200,
    maxUpdates: 1_000_000,
    checkpoints: 20,
    ...over,
  };
}

describe('raceRun', () => {
  it('is deterministic: same seed, same result (every variant and rule)', () => {
    for (const variant of VARIANTS)
      for (const lr of ['fixed', 'eq13', 'staleness', 'adasync'] as const) {
        const p = params({ variant, lr });
        expect(raceRun(p, xoshiroFor(3, 'det'))).toEqual(raceRun(p, xoshiroFor(3, 'det')));
      }
  });

  it('P = 1: all four variants are the same sequential SGD, bit for bit', () => {
    for (const lr of ['fixed', 'eq13', 'staleness', 'adasync'] as const)
      for (const problem of [
        QUAD,
        { kind: 'logistic' as const, n: 300, dim: 5, sep: 2, flip: 0.05, ridge: 0.01, dataSeed: 7 },
      ]) {
        const runs = VARIANTS.map((variant) =>
          raceRun(
            params({ variant, P: 1, K: 1, lr, problem, maxTime: 500, target: 1e-6 }),
            xoshiroFor(5, 'p1'),
          ),
        );
        expect(runs[0].checkpoints.length).toBeGreaterThan(10);
        for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
      }
  });

  it('update times equal simulatePs on the jumped stream, bit for bit', () => {
    for (const variant of VARIANTS)
      for (const [K, comm, speeds] of [
        [1, 0, undefined],
        [3, 0.25, undefined],
        [4, 0, [1, 2, 1, 3, 1, 1, 0.5, 1]],
      ] as const) {
        const J = 257;
        const p = params({
          variant,
          K,
          comm,
          speeds: speeds === undefined ? undefined : [...speeds],
          maxUpdates: J,
          maxTime: 1e9,
        });
        const r = raceRun(p, xoshiroFor(11, 'times'));
        const last = r.checkpoints[r.checkpoints.length - 1];
        expect(last.updates).toBe(J);
        const ps = simulatePs(
          { variant, P: 8, K, J, dist: p.dist, comm, speeds: p.speeds },
          jumpedStream(xoshiroFor(11, 'times')),
        );
        expect(last.time).toBe(ps.totalTime);
        expect(r.meanStaleness).toBeCloseTo(ps.staleness.mean, 12);
        expect(r.freshFraction).toBeCloseTo(ps.staleness.fresh, 12);
      }
  });

  it('det(1), comm 0: K-sync with K = P and K-async with K = 1 both make exactly P gradients per unit time', () => {
    const P = 8;
    for (const [variant, K] of [
      ['ksync', P],
      ['kasync', 1],
    ] as const) {
      const r = raceRun(
        params({
          variant,
          P,
          K,
          eta: 0.01,
          dist: { family: 'det', value: 1 },
          maxTime: 1e9,
          maxUpdates: (80 * P) / K,
        }),
        xoshiroFor(1, 'det1'),
      );
      const last = r.checkpoints[r.checkpoints.length - 1];
      expect(last.gradients).toBe(80 * P);
      expect(last.time).toBe(80);
      for (const c of r.checkpoints.slice(1)) {
        // every update happens at an integer time t, P gradients arrive at each t = 1, 2, …
        expect(Number.isInteger(c.time)).toBe(true);
        expect(c.gradients).toBeLessThanOrEqual(P * c.time);
        expect(c.gradients).toBeGreaterThan(P * (c.time - 1));
      }
    }
  });

  it('det(1), comm 0: a checkpoint is the state after ALL the updates at its instant (ties)', () => {
    // P learners arrive together at t = 1, 2, …: P/K updates land at each integer time. The
    // checkpoint at t must hold all of them (P·t gradients), not only the first (P·(t − 1) + K).
    const P = 8;
    for (const [variant, K] of [
      ['kasync', 1],
      ['kasync', 2],
      ['kbatchasync', 1],
      ['kbatchasync', 4],
    ] as const) {
      const r = raceRun(
        params({ variant, P, K, eta: 0.01, dist: { family: 'det', value: 1 }, maxTime: 60, checkpoints: 30 }),
        xoshiroFor(1, 'ties'),
      );
      expect(r.checkpoints.length).toBeGreaterThan(10);
      for (const c of r.checkpoints) {
        expect(Number.isInteger(c.time)).toBe(true);
        expect(c.gradients).toBe(P * c.time);
        expect(c.updates).toBe((P / K) * c.time);
      }
    }
  });

  it('raceRunGen yields between chunks and raceRunAsync gives the same result as raceRun', async () => {
    const p = params({ variant: 'kbatchasync', K: 2, maxTime: 2000 });
    const gen = raceRunGen(p, xoshiroFor(8, 'gen'));
    let yields = 0;
    let res = gen.next();
    while (!res.done) {
      yields++;
      res = gen.next();
    }
    expect(yields).toBeGreaterThan(2); // ≈ 16 000 arrivals, a yield every ≈ 2500 (CHUNK_WORK)
    const sync = raceRun(p, xoshiroFor(8, 'gen'));
    expect(res.value).toEqual(sync);
    let calls = 0;
    const asyncRes = await raceRunAsync(p, xoshiroFor(8, 'gen'), { checkpoint: () => void calls++ });
    expect(asyncRes).toEqual(sync);
    expect(calls).toBe(yields);
  });
});
