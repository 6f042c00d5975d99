import { describe, expect, it } from 'vitest';
import type { Variant } from '../../../../src/engine/events';
import { makeDataset } from '../../../../src/engine/logistic/dataset';
import { minimise } from '../../../../src/engine/logistic/model';
import { datasetIdentity } from '../../../../src/engine/logistic/sgd';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import {
  type LogisticRaceProblem,
  makeModel,
  problemInfo,
  type QuadraticRaceProblem,
  type RaceParams,
  type RaceResult,
  raceRun,
} from '../../../../src/engine/race';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];
const QUAD: QuadraticRaceProblem = {
  kind: 'quadratic',
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 1,
  sigma2: 1,
  noise: 'coord',
};
const LOGI: LogisticRaceProblem = {
  kind: 'logistic',
  n: 400,
  dim: 6,
  sep: 3,
  flip: 0.05,
  ridge: 0.05,
  dataSeed: 3,
};

function params(over: Partial<RaceParams>): RaceParams {
  return {
    variant: 'kasync',
    P: 8,
    K: 4,
    dist: { family: 'exp', rate: 1 },
    problem: QUAD,
    mb: 1,
    eta: 0.05,
    lr: 'fixed',
    maxTime: 200,
    maxUpdates: 1_000_000,
    checkpoints: 30,
    ...over,
  };
}

function wellFormed(r: RaceResult, N: number): void {
  expect(r.checkpoints.length).toBeLessThanOrEqual(N + 2);
  expect(r.checkpoints[0].time).toBe(0);
  for (let i = 0; i < r.checkpoints.length; i++) {
    const c = r.checkpoints[i];
    for (const v of [c.time, c.error, c.staleness, c.eta, c.K, c.updates, c.gradients])
      expect(Number.isFinite(v)).toBe(true);
    if (i > 0) {
      expect(c.time).toBeGreaterThanOrEqual(r.checkpoints[i - 1].time);
      expect(c.updates).toBeGreaterThanOrEqual(r.checkpoints[i - 1].updates);
    }
  }
  for (const v of [r.meanStaleness, r.freshFraction, r.maxGradRatio, r.meanGradRatio, r.etaMaxSeen])
    expect(Number.isFinite(v)).toBe(true);
}

describe('race: stopping and checkpoints', () => {
  it('a fixed step that is too large diverges (status diverged, no NaN anywhere)', () => {
    for (const variant of VARIANTS)
      for (const problem of [QUAD, LOGI]) {
        // quadratic L ≈ 4.2: η = 1 makes |1 − ηL| > 1; logistic: η = 1e4 with ridge 0.05
        const eta = problem.kind === 'quadratic' ? 1 : 1e4;
        const r = raceRun(params({ variant, problem, eta, maxTime: 1e4 }), xoshiroFor(1, 'div'));
        expect(r.status).toBe('diverged');
        wellFormed(r, 30);
      }
  });

  it('time horizon: the last checkpoint is at maxTime; log-spaced checkpoints, at most N + 2', () => {
    for (const variant of VARIANTS) {
      const r = raceRun(params({ variant, maxTime: 300, checkpoints: 25 }), xoshiroFor(2, 'hz'));
      expect(r.status).toBe('horizon');
      expect(r.checkpoints[r.checkpoints.length - 1].time).toBe(300);
      wellFormed(r, 25);
    }
  });

  it('target: reached records the first evaluation with error ≤ target, and the run stops there', () => {
    for (const variant of VARIANTS)
      for (const [problem, target, eta] of [
        [QUAD, 1, 0.05],
        [LOGI, 0.01, 0.2],
      ] as const) {
        const r = raceRun(params({ variant, problem, eta, target, maxTime: 1e5 }), xoshiroFor(4, 'tg'));
        expect(r.status).toBe('reached');
        const last = r.checkpoints[r.checkpoints.length - 1];
        expect(last.error).toBeLessThanOrEqual(target);
        expect(r.reached).toEqual({ time: last.time, updates: last.updates, gradients: last.gradients });
        if (problem.kind === 'quadratic')
          for (const c of r.checkpoints.slice(0, -1)) expect(c.error).toBeGreaterThan(target);
      }
  });

  it('sync variants: staleness 0, fresh fraction 1, gradient ratio 0; async: stale, ratio > 0', () => {
    for (const variant of VARIANTS) {
      const r = raceRun(params({ variant }), xoshiroFor(6, 'st'));
      if (variant === 'ksync' || variant === 'kbatchsync') {
        expect(r.meanStaleness).toBe(0);
        expect(r.freshFraction).toBe(1);
        expect(r.maxGradRatio).toBe(0);
      } else {
        expect(r.meanStaleness).toBeGreaterThan(0.5);
        expect(r.maxGradRatio).toBeGreaterThan(0);
        expect(r.meanGradRatio).toBeLessThanOrEqual(r.maxGradRatio);
      }
    }
  });
});

describe('race: learning-rate rules', () => {
  it('Eq. 13 never exceeds η_max (random settings), and steps at staleness 0 equal η_max exactly', () => {
    const g = xoshiroFor(9, 'eq13-settings');
    for (let trial = 0; trial < 40; trial++) {
      const variant = VARIANTS[g.nextU32() % 4];
      const P = 1 + (g.nextU32() % 12);
      const batch = variant === 'kbatchsync' || variant === 'kbatchasync';
      const K = 1 + (g.nextU32() % (batch ? 2 * P : P));
      const eta = 0.005 + 0.3 * g.uniform();
      const C = g.uniform() < 0.5 ? undefined : 1e-4 * g.uniform();
      const problem = g.uniform() < 0.7 ? QUAD : LOGI;
      const r = raceRun(
        params({ variant, P, K, eta, C, lr: 'eq13', problem, maxTime: 100 }),
        xoshiroFor(trial, 'eq13'),
      );
      expect(r.etaMaxSeen).toBeLessThanOrEqual(eta);
      for (const c of r.checkpoints) expect(c.eta).toBeLessThanOrEqual(eta * (1 + 1e-13)); // a mean, to rounding
      if (variant === 'ksync' || variant === 'kbatchsync') {
        // every gradient is fresh: its step is η_max itself
        expect(r.etaMaxSeen).toBe(eta);
        for (const c of r.checkpoints.slice(1)) expect(Math.abs(c.eta / eta - 1)).toBeLessThan(1e-14);
      }
    }
  });

  it('Eq. 13 shrinks the step of stale gradients (mean step < η_max when async), fixed step does not', () => {
    const r = raceRun(
      params({ variant: 'kasync', K: 1, lr: 'eq13', eta: 0.1, maxTime: 100 }),
      xoshiroFor(1, 'e'),
    );
    const mean = r.checkpoints.slice(2).map((c) => c.eta);
    expect(Math.max(...mean)).toBeLessThan(0.1);
    const f = raceRun(
      params({ variant: 'kasync', K: 1, lr: 'fixed', eta: 0.01, maxTime: 100 }),
      xoshiroFor(1, 'e'),
    );
    for (const c of f.checkpoints.slice(1)) expect(Math.abs(c.eta / 0.01 - 1)).toBeLessThan(1e-14);
    expect(f.etaMaxSeen).toBe(0.01);
  });

  it('staleness rule: a gradient of staleness s gets η/(s + 1) exactly', () => {
    // det(1), P = 4, K-async with K = 1: all arrive together at t = 1, 2, …, processed in index
    // order; at t = 1 the stalenesses are 0, 1, 2, 3; from t = 2 on every gradient has staleness 3.
    const eta = 0.3;
    const r = raceRun(
      params({
        variant: 'kasync',
        P: 4,
        K: 1,
        eta,
        lr: 'staleness',
        dist: { family: 'det', value: 1 },
        maxTime: 1e9,
        maxUpdates: 400,
        checkpoints: 1000,
      }),
      xoshiroFor(1, 'stale'),
    );
    // checkpoints are log-spaced (not one per update); the one at t = 1 is taken after all four
    // updates at t = 1 (stalenesses 0, 1, 2, 3), every later one covers only staleness 3.
    const cps = r.checkpoints;
    const rel = (x: number, y: number) => Math.abs(x / y - 1);
    expect(cps[1]).toMatchObject({ time: 1, updates: 4, staleness: 1.5 });
    expect(rel(cps[1].eta, (eta + eta / 2 + eta / 3 + eta / 4) / 4)).toBeLessThan(1e-15);
    expect(cps[2]).toMatchObject({ time: 2, updates: 8, staleness: 3 });
    const s2 = cps.filter((c) => c.time >= 2);
    expect(s2.length).toBeGreaterThan(50);
    for (const c of s2) {
      expect(c.staleness).toBe(3);
      expect(rel(c.eta, eta / 4)).toBeLessThan(1e-14); // a mean of equal values, to rounding
    }
    expect(r.etaMaxSeen).toBe(eta);
  });

  it('adasync: K starts at 1 and doubles (capped at K) as the error falls by factors of 10', () => {
    for (const variant of VARIANTS) {
      const K = 8;
      const r = raceRun(
        params({ variant, K, lr: 'adasync', eta: 0.05, maxTime: 400, checkpoints: 200 }),
        xoshiroFor(2, 'ada'),
      );
      const e0 = r.checkpoints[0].error;
      expect(r.checkpoints[0].K).toBe(1);
      let prev = 1;
      for (const c of r.checkpoints) {
        expect([1, 2, 4, 8]).toContain(c.K);
        expect(c.K).toBeGreaterThanOrEqual(prev);
        prev = c.K;
        // K after the update = 2^(decades fallen so far), capped: the error at this checkpoint has
        // fallen by at least 10^(log2 K) (the running minimum has; the current error may be above)
        if (c.K > 1)
          expect(
            Math.min(...r.checkpoints.filter((x) => x.time <= c.time).map((x) => x.error)),
          ).toBeLessThanOrEqual((e0 / 10 ** Math.log2(c.K)) * (1 + 1e-12));
      }
      expect(prev).toBe(8); // the error falls by 10³ within the horizon here
    }
  });
});

describe('race: problems', () => {
  it('quadratic noise: E‖g − ∇f‖² = d(α‖∇f‖² + β)/m at a fixed point, within 4 SE', () => {
    for (const [noise, M, sigma2, mb] of [
      ['literal', 0.5, 2, 4],
      ['coord', 3, 1, 1],
      ['literal', 0, 0.5, 16],
    ] as const) {
      const problem: QuadraticRaceProblem = { ...QUAD, noise, M, sigma2 };
      const model = makeModel(problem, mb);
      const q = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });
      const y = q.y0;
      let grad2 = 0;
      for (let i = 0; i < 20; i++) grad2 += (q.h[i] * y[i]) ** 2;
      const [alpha, beta] = noise === 'literal' ? [M, sigma2] : [M / 20, sigma2 / 20];
      const expected = (20 * (alpha * grad2 + beta)) / mb;
      const g = new Float64Array(20);
      const rng = xoshiroFor(1, `noise-${noise}`);
      const n = 20000;
      let s = 0;
      let s2 = 0;
      for (let k = 0; k < n; k++) {
        model.grad(y, 0, g, rng);
        let e = 0;
        for (let i = 0; i < 20; i++) e += (g[i] - q.h[i] * y[i]) ** 2;
        s += e;
        s2 += e * e;
      }
      const mean = s / n;
      const se = Math.sqrt((s2 / n - mean * mean) / n);
      expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
      // the [SS] constants of one sample
      const info = problemInfo(problem);
      expect((info.sigma2Eff + info.MG * grad2) / mb).toBeCloseTo(expected, 9);
    }
  });

  it('quadratic problemInfo: L, c = extreme eigenvalues, f⋆ = 0, initial error = first checkpoint', () => {
    const info = problemInfo(QUAD);
    const q = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });
    expect(info).toMatchObject({ d: 20, L: q.L, c: q.mu, fStar: 0 });
    const r = raceRun(params({}), xoshiroFor(1, 'i'));
    expect(r.checkpoints[0].error).toBe(info.initialError);
  });

  it('logistic: f⋆ is the Newton minimiser; sync SGD with a small step gets near 0', () => {
    const info = problemInfo(LOGI);
    const dp = { n: LOGI.n, dim: LOGI.dim, sep: LOGI.sep, flip: LOGI.flip };
    const star = minimise(makeDataset(dp, LOGI.dataSeed, datasetIdentity(dp)), LOGI.ridge);
    expect(info.fStar).toBe(star.fStar);
    expect(info.c).toBe(LOGI.ridge);
    expect(info.L).toBeGreaterThan(LOGI.ridge);
    expect(info.MG).toBe(0);
    // initial error ln 2 − f⋆ (w0 = 0)
    expect(info.initialError).toBeCloseTo(Math.LN2 - star.fStar, 14);
    const r = raceRun(
      params({ variant: 'ksync', P: 8, K: 8, problem: LOGI, eta: 0.05, mb: 4, maxTime: 3000 }),
      xoshiroFor(1, 'logi'),
    );
    const first = r.checkpoints[0].error;
    const last = r.checkpoints[r.checkpoints.length - 1].error;
    expect(r.status).toBe('horizon');
    expect(first).toBeGreaterThan(0.1);
    // noise floor ≈ ηLσ²/(2cKm): small; measured ≈ 1e-4 — require < 2e-3 (1 % of the start)
    expect(last).toBeLessThan(2e-3);
    expect(last).toBeGreaterThanOrEqual(0);
  });
});
