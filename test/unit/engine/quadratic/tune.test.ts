import { beforeAll, describe, expect, it } from 'vitest';
import { gridGamma, predictedK } from '../../../../src/engine/quadratic/grid';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { SgdRun } from '../../../../src/engine/quadratic/sgd';
import {
  TUNE_DEFAULTS,
  type TuneParams,
  type TuneResult,
  tuneStepSize,
  tuneStepSizeSync,
} from '../../../../src/engine/quadratic/tune';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const cell = (M: number, b: number, noise = 'literal') => `minibatch|M=${M}|b=${b}|noise=${noise}`;
const POWERS = Array.from({ length: 15 }, (_, e) => 2 ** e);

/** Every k run to the end of every repetition (no pruning), with the same streams; ties → smaller k. */
function bruteForce(p: TuneParams, seed: number, identity: string) {
  const run = new SgdRun(makeQuadratic(p));
  const points: { k: number; status: string; sum: number; perSeed: number[] }[] = [];
  for (let k = p.kmin; k <= p.kmax; k++) {
    const perSeed: number[] = [];
    let status = 'reached';
    for (let r = 0; r < p.seeds; r++) {
      run.reset({ ...p, gamma: gridGamma(k, p.M, p.c) }, xoshiroFor(seed, `${identity}|k=${k}|rep=${r}`));
      run.advance(p.cap);
      if (run.state === 'reached') perSeed.push(run.steps);
      else status = run.state === 'diverged' ? 'diverged' : 'capped';
    }
    points.push({ k, status, sum: perSeed.reduce((a, b) => a + b, 0), perSeed });
  }
  const eligible = points.filter((x) => x.status === 'reached');
  const best = eligible.reduce<(typeof points)[number] | null>(
    (acc, x) => (acc === null || x.sum < acc.sum ? x : acc),
    null,
  );
  return { points, best };
}

describe('the step grid', () => {
  it('is γ_k = c/(1+M)·2^−k exactly', () => {
    for (const M of [0, 1, 10, 1000])
      for (let k = 1; k <= 20; k++) expect(gridGamma(k, M, 1.1)).toBe((1.1 / (1 + M)) * 2 ** -k);
  });
});

describe('tuning without noise (M = σ² = 0)', () => {
  it('gives no speedup at any b: the same 48 steps, at k = 2 + log2(b) (the effective step bγ is the same)', () => {
    POWERS.forEach((b, e) => {
      const r = tuneStepSizeSync({ ...TUNE_DEFAULTS, M: 0, b }, 1, cell(0, b));
      expect(r.meanSteps).toBe(48);
      expect(r.bestK).toBe(2 + e);
      expect(r.onEdge).toBe(false);
    });
  });
});

describe('pruning never changes the answer', () => {
  const cases: [string, Partial<TuneParams>][] = [
    ['M = 10, b = 4, 3 seeds', { M: 10, b: 4, seeds: 3 }],
    ['M = 1, b = 1, 4 seeds', { M: 1, b: 1, seeds: 4 }],
    ['M = 100, b = 64, 2 seeds', { M: 100, b: 64, seeds: 2 }],
    ['coord, M = 100, b = 8, 2 seeds (best on the edge)', { M: 100, b: 8, seeds: 2, noise: 'coord' }],
    ['σ² = 0.05, M = 10, b = 16, 2 seeds', { M: 10, b: 16, seeds: 2, sigma2: 0.05 }],
  ];
  for (const [name, over] of cases) {
    it(`${name}: exhaustive and walk agree with an unpruned brute force`, () => {
      const p = { ...TUNE_DEFAULTS, cap: 60_000, ...over };
      const id = cell(p.M, p.b, p.noise);
      const brute = bruteForce(p, 3, id);
      for (const search of ['exhaustive', 'walk'] as const) {
        const r = tuneStepSizeSync({ ...p, search }, 3, id);
        expect(r.bestK).toBe(brute.best!.k);
        expect(r.meanSteps).toBe(brute.best!.sum / p.seeds);
        expect(r.stepsPerSeed).toEqual(brute.best!.perSeed);
        for (const t of r.tried) {
          const b = brute.points[t.k - p.kmin];
          if (t.status === 'reached') expect(t.meanSteps).toBe(b.sum / p.seeds);
          // A point the search saw diverge or hit the cap did so in the brute force too.
          if (t.status === 'diverged' || t.status === 'capped') expect(b.status).not.toBe('reached');
        }
      }
    });
  }

  it('capped or diverged repetitions make a point ineligible, even with a smaller mean', () => {
    // With a cap between the best point's repetitions, no point is fully reached: no result.
    const r = tuneStepSizeSync({ ...TUNE_DEFAULTS, M: 100, b: 1, cap: 1000 }, 1, cell(100, 1));
    expect(r.bestK).toBeNull();
    expect(r.meanSteps).toBeNull();
    expect(r.capped).toBe(true);
    expect(r.tried.every((t) => t.status === 'capped' || t.status === 'diverged')).toBe(true);
    expect(JSON.stringify(r)).not.toContain('NaN');
  });

  it('ties go to the larger step: a start inside the target takes 0 steps at every k, k = kmin wins', () => {
    const r = tuneStepSizeSync({ ...TUNE_DEFAULTS, M: 10, b: 4, tol: 3 }, 1, cell(10, 4));
    expect(r.bestK).toBe(1);
    expect(r.meanSteps).toBe(0);
    expect(r.onEdge).toBe(true);
  });

  it('flags a winner on the grid edge', () => {
    const r = tuneStepSizeSync(
      { ...TUNE_DEFAULTS, M: 100, b: 1, kmin: 7, kmax: 12, search: 'walk' },
      1,
      cell(100, 1),
    );
    expect(r.bestK).toBe(7);
    expect(r.onEdge).toBe(true);
  });
});

describe('walk with heavy-ball momentum (mom = 0.9)', () => {
  it('needs patience: by default (2) it finds the exhaustive winner where patience 0 stops early', () => {
    let missedWithout = 0;
    for (const [M, b] of [
      [1, 256],
      [10, 512],
      [10, 2048],
      [10, 16384],
      [100, 16384],
    ]) {
      const p = { ...TUNE_DEFAULTS, M, b, mom: 0.9 };
      const ex = tuneStepSizeSync({ ...p, search: 'exhaustive' }, 1, cell(M, b));
      const wk = tuneStepSizeSync(p, 1, cell(M, b));
      expect(wk.bestK).toBe(ex.bestK);
      expect(wk.meanSteps).toBe(ex.meanSteps);
      if (tuneStepSizeSync({ ...p, patience: 0 }, 1, cell(M, b)).bestK !== ex.bestK) missedWithout++;
    }
    expect(missedWithout).toBeGreaterThan(0);
  });
});

describe('the paper preset (M ∈ {0, 1, 10, 100, 1000}, b = 2⁰…2¹⁴, one seed)', () => {
  const Ms = [0, 1, 10, 100, 1000];
  const results: Record<string, Record<string, TuneResult[]>> = { exhaustive: {}, walk: {} };
  beforeAll(() => {
    for (const search of ['exhaustive', 'walk'] as const)
      for (const M of Ms)
        results[search][M] = POWERS.map((b) =>
          tuneStepSizeSync({ ...TUNE_DEFAULTS, M, b, search }, 1, cell(M, b)),
        );
  }, 120_000);

  it('walk picks the same k as exhaustive everywhere, with identical numbers for every point both ran', () => {
    const disagreements: string[] = [];
    for (const M of Ms)
      POWERS.forEach((b, i) => {
        const ex = results.exhaustive[M][i];
        const wk = results.walk[M][i];
        if (ex.bestK !== wk.bestK) disagreements.push(`M=${M} b=${b}: ${ex.bestK} vs ${wk.bestK}`);
        expect(wk.meanSteps).toBe(ex.meanSteps);
        expect(wk.stepsPerSeed).toEqual(ex.stepsPerSeed);
        for (const t of wk.tried) {
          const e = ex.tried.find((x) => x.k === t.k)!;
          if (t.status === 'reached' && e.status === 'reached') expect(t.meanSteps).toBe(e.meanSteps);
        }
      });
    expect(disagreements).toEqual([]);
  });

  it('walk does a fraction of the work', () => {
    let ex = 0;
    let wk = 0;
    for (const M of Ms)
      for (let i = 0; i < POWERS.length; i++) {
        ex += results.exhaustive[M][i].work;
        wk += results.walk[M][i].work;
      }
    expect(wk).toBeLessThan(0.4 * ex);
  });

  it('the predicted start is within one grid point of the tuned k (C = 2)', () => {
    const q = makeQuadratic(TUNE_DEFAULTS);
    for (const M of Ms.slice(1))
      POWERS.forEach((b, i) => {
        const k0 = predictedK({ M, sigma2: 0, noise: 'literal' }, 20, q.L, b, 1.1, 1, 20);
        expect(Math.abs(k0 - results.exhaustive[M][i].bestK!)).toBeLessThanOrEqual(1);
      });
  });

  it('literal: the best step is never on the grid edge (as the paper reports)', () => {
    for (const M of Ms) for (const r of results.exhaustive[M]) expect(r.onEdge).toBe(false);
  });

  it('literal, σ² = 0: near-linear speedup up to b = M, saturating within a small factor beyond', () => {
    // Speedup S(b) = T(1)/T(b) in steps (parallel time); linear is S(b) = b.
    for (const M of [1, 10, 100]) {
      const rs = results.exhaustive[M];
      const S = rs.map((r) => rs[0].meanSteps! / r.meanSteps!);
      POWERS.forEach((b, i) => {
        if (b <= M) expect(S[i] / b).toBeGreaterThan(0.5);
      });
      // The knee, the first b with S(b) < b/2, lies between M and 32M ("several times M": the
      // literal reading's noise is d = 20 times Property 3's M).
      const knee = POWERS.find((b, i) => S[i] < b / 2)!;
      expect(knee).toBeGreaterThan(M);
      expect(knee).toBeLessThanOrEqual(32 * M);
      // Saturated: from 64 times the knee on, S grows by less than 2 while b grows 4 times.
      const i = POWERS.indexOf(knee);
      for (let j = i + 6; j + 2 < POWERS.length; j++) expect(S[j + 2] / S[j]).toBeLessThan(2);
    }
    // M = 1000 (literal noise 20000 > 2¹⁴): still within a factor 2.2 of linear at b = 2¹⁴.
    const rs = results.exhaustive[1000];
    expect(rs[0].meanSteps! / rs[14].meanSteps! / 16384).toBeGreaterThan(0.45);
  });

  it('coord: the knee comes at about M (the theory has b_crit = M + 1), far below literal; small-b best on the edge', () => {
    const knee = (rs: TuneResult[]) => POWERS.find((b, i) => rs[0].meanSteps! / rs[i].meanSteps! < b / 2)!;
    for (const M of [10, 100, 1000]) {
      const rs = POWERS.map((b) =>
        tuneStepSizeSync({ ...TUNE_DEFAULTS, M, b, noise: 'coord', search: 'walk' }, 1, cell(M, b, 'coord')),
      );
      // One seed, powers of two: "about M" is within a factor 2.1 (observed 0.64M to 2.05M).
      expect(knee(rs)).toBeGreaterThanOrEqual(M / 2.1);
      expect(knee(rs)).toBeLessThanOrEqual(2.1 * M);
      if (M <= 100) expect(knee(rs)).toBeLessThanOrEqual(knee(results.exhaustive[M]) / 4);
      // The paper's grid is too coarse at the top for this reading: γ = 1.1/(1+M)/2 is best.
      expect(rs[0].bestK).toBe(1);
      expect(rs[0].onEdge).toBe(true);
    }
  }, 60_000);
});

describe('determinism and the async API', () => {
  const p: TuneParams = { ...TUNE_DEFAULTS, M: 10, b: 8, seeds: 2 };

  it('same inputs, same JSON; another seed or identity, another result', () => {
    const a = tuneStepSizeSync(p, 5, cell(10, 8));
    expect(tuneStepSizeSync(p, 5, cell(10, 8))).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(tuneStepSizeSync(p, 6, cell(10, 8)).stepsPerSeed).not.toEqual(a.stepsPerSeed);
    expect(tuneStepSizeSync(p, 5, `${cell(10, 8)}|x`).stepsPerSeed).not.toEqual(a.stepsPerSeed);
  });

  it('tuneStepSize checkpoints every few thousand steps and returns what the sync core does', async () => {
    let calls = 0;
    const viaPromise = await tuneStepSize(p, 5, cell(10, 8), {
      checkpoint() {
        calls++;
        return calls % 3 === 0 ? Promise.resolve() : undefined;
      },
    });
    const sync = tuneStepSizeSync(p, 5, cell(10, 8));
    expect(viaPromise).toEqual(sync);
    expect(calls).toBeGreaterThanOrEqual(Math.floor(sync.work / 4096) - 1);
    expect(calls).toBeLessThanOrEqual(sync.work / 4096 + 1);
  });

  it('a cancelled cell stops: the checkpoint error propagates', async () => {
    const stop = new Error('cancelled');
    await expect(
      tuneStepSize({ ...p, M: 100, b: 1 }, 5, cell(100, 1), {
        checkpoint() {
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
  });

  it('rejects invalid parameters', () => {
    expect(() => tuneStepSizeSync({ ...p, seeds: 0 }, 1, 'x')).toThrow(RangeError);
    expect(() => tuneStepSizeSync({ ...p, kmin: 5, kmax: 4 }, 1, 'x')).toThrow(RangeError);
    expect(() => tuneStepSizeSync({ ...p, b: 1.5 }, 1, 'x')).toThrow(RangeError);
  });
});

describe('held-out tuning (tuneOn: first)', () => {
  it('picks the step on repetition 0 alone and runs the other repetitions at it, on their usual streams', () => {
    const p = { ...TUNE_DEFAULTS, M: 10, b: 4, seeds: 3, cap: 60_000 };
    const id = cell(p.M, p.b);
    const alone = tuneStepSizeSync({ ...p, seeds: 1 }, 3, id);
    const held = tuneStepSizeSync({ ...p, tuneOn: 'first' }, 3, id);
    expect(held.heldOut).toBe(true);
    expect(held.bestK).toBe(alone.bestK);
    const brute = bruteForce(p, 3, id);
    const atBest = brute.points[held.bestK! - p.kmin];
    expect(held.stepsPerSeed).toEqual(atBest.perSeed);
    expect(held.meanSteps).toBe(atBest.sum / 3);
  });

  it('reports no mean, in words, when a held-out repetition fails at the chosen step', () => {
    // A cap just above repetition 0's steps: the others (≈ the same count) often exceed it.
    const p = { ...TUNE_DEFAULTS, M: 10, b: 1, seeds: 6 };
    const id = cell(p.M, p.b);
    const alone = tuneStepSizeSync({ ...p, seeds: 1 }, 3, id);
    const held = tuneStepSizeSync({ ...p, tuneOn: 'first', cap: alone.meanSteps! }, 3, id);
    expect(held.bestK).not.toBeNull();
    expect(held.meanSteps).toBeNull();
    expect(held.heldOutFailed).toBe('capped');
  });
});
