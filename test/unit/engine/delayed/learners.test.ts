import { describe, expect, it } from 'vitest';
import {
  jumpedStream,
  LEARNERS_TUNE_DEFAULTS,
  type LearnersParams,
  LearnersRun,
  MAX_LEARNERS,
  STALENESS_BINS,
  tuneLearnersSync,
} from '../../../../src/engine/delayed';
import { type DistSpec, makeDistribution } from '../../../../src/engine/distributions';
import { fillGaussians } from '../../../../src/engine/quadratic/gaussian';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { type SgdParams, SgdRun } from '../../../../src/engine/quadratic/sgd';
import { TUNE_DEFAULTS, tuneStepSizeSync } from '../../../../src/engine/quadratic/tune';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const q = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });
const EXP1: DistSpec = { family: 'exp', rate: 1 };

function params(over: Partial<LearnersParams>): LearnersParams {
  return {
    M: 0,
    sigma2: 0,
    noise: 'literal',
    target: 'l2d',
    tol: 0.1,
    b: 1,
    P: 1,
    dist: EXP1,
    gamma: 0.1,
    ...over,
  };
}

/** Never reaches the target: for statistics of the clock and the staleness only. */
const SLOW = { M: 10, gamma: 1e-7, tol: 1e-6 };

describe('P = 1 is sequential SGD, bit for bit', () => {
  const cases: Array<Partial<SgdParams>> = [
    { M: 0, sigma2: 0, gamma: 0.275 },
    { M: 10, sigma2: 0, noise: 'literal', gamma: 1.1 / 11 / 32 },
    { M: 10, sigma2: 0.5, noise: 'coord', gamma: 0.01, b: 3 },
    { M: 100, sigma2: 0, noise: 'literal', b: 16, gamma: 1e-4, target: 'gap', tol: 0.01 },
  ];
  const dists: DistSpec[] = [EXP1, { family: 'pareto', shape: 2, scale: 1 }, { family: 'det', value: 1 }];
  for (const dist of dists) {
    it(`${dist.family}: same stream ⇒ same iterates, summaries, state and steps as SgdRun`, () => {
      for (const c of cases) {
        const sp = { ...params({}), mom: 0, ...c } as SgdParams;
        const a = new SgdRun(q);
        const r = new LearnersRun(q);
        a.reset(sp, xoshiroFor(7, 'same'));
        r.reset({ ...params({}), ...c, P: 1, dist }, xoshiroFor(7, 'same'));
        for (let t = 1; t <= 3000 && a.state === 'running'; t++) {
          a.advance(t);
          r.advance(t);
          if (t % 97 === 1) expect(Array.from(r.coordinates())).toEqual(Array.from(a.coordinates()));
          expect([r.norm2, r.grad2, r.twoF, r.state, r.steps]).toEqual([
            a.norm2,
            a.grad2,
            a.twoF,
            a.state,
            a.steps,
          ]);
        }
        expect(r.maxStaleness).toBe(0);
        a.reset(sp, xoshiroFor(7, 'whole'));
        r.reset({ ...params({}), ...c, P: 1, dist }, xoshiroFor(7, 'whole'));
        a.advance(2_000_000);
        r.advance(2_000_000);
        expect([r.state, r.steps, r.norm2]).toEqual([a.state, a.steps, a.norm2]);
        expect(a.state).toBe('reached');
        expect(r.histogram[0]).toBe(r.steps);
      }
    });
  }

  it('the clock stream (default or passed) changes the time, never the iterates', () => {
    const p = params({ M: 10, gamma: 0.003 });
    const a = new LearnersRun(q);
    const b = new LearnersRun(q);
    a.reset(p, xoshiroFor(3, 'c'));
    b.reset(p, xoshiroFor(3, 'c'), xoshiroFor(3, 'another clock'));
    a.advance(500);
    b.advance(500);
    expect(Array.from(b.coordinates())).toEqual(Array.from(a.coordinates()));
    expect(b.time).not.toBe(a.time);
    // Default clock: the run's stream jumped by 2⁶⁴, i.e. a fixed function of the stream's state.
    const c = new LearnersRun(q);
    c.reset(p, xoshiroFor(3, 'c'), jumpedStream(xoshiroFor(3, 'c')));
    c.advance(500);
    expect(c.time).toBe(a.time);
  });
});

describe('the model, against an independent event simulation', () => {
  it('earliest finish first (ties to the lower index), reads, staleness and noise order', () => {
    const d = q.d;
    for (const [P, dist, b] of [
      [5, EXP1, 1],
      [7, { family: 'det', value: 1 } as DistSpec, 2],
      [4, { family: 'uniform', a: 1, b: 2 } as DistSpec, 3],
    ] as const) {
      const p = params({ M: 1, sigma2: 0.1, P, dist, b, gamma: 0.002 });
      const run = new LearnersRun(q);
      run.reset(p, xoshiroFor(11, `ref${P}`));
      // Reference: plain arrays, a linear scan for the next finisher.
      const rng = xoshiroFor(11, `ref${P}`);
      const clock = jumpedStream(rng);
      const X = makeDistribution(dist);
      let y = Array.from(q.y0);
      const reads = Array.from({ length: P }, () => y.slice());
      const readStep = new Array<number>(P).fill(0);
      const finish = Array.from({ length: P }, () => X.sample(clock));
      const z = new Float64Array(d);
      const stalenesses: number[] = [];
      let now = 0;
      for (let t = 0; t < 400; t++) {
        let l = 0;
        for (let k = 1; k < P; k++) if (finish[k] < finish[l]) l = k;
        now = finish[l];
        const yh = reads[l];
        let g2 = 0;
        for (let i = 0; i < d; i++) g2 += (q.h[i] * yh[i]) ** 2;
        const s = p.gamma * Math.sqrt(b) * Math.sqrt(p.M * g2 + p.sigma2);
        fillGaussians(rng, z, d);
        y = y.map((yi, i) => yi - p.gamma * b * q.h[i] * yh[i] - s * z[i]);
        stalenesses.push(t - readStep[l]);
        reads[l] = y.slice();
        readStep[l] = t + 1;
        finish[l] = now + X.sample(clock);
      }
      run.advance(400);
      expect(run.steps).toBe(400);
      expect(run.time).toBe(now);
      const got = run.coordinates();
      for (let i = 0; i < d; i++) expect(Math.abs(got[i] - y[i])).toBeLessThan(1e-12 * (1 + Math.abs(y[i])));
      const mean = stalenesses.reduce((u, v) => u + v, 0) / 400;
      expect(run.meanStaleness).toBeCloseTo(mean, 12);
      expect(run.maxStaleness).toBe(Math.max(...stalenesses));
      expect(run.lastStaleness).toBe(stalenesses[399]);
    }
  });
});

describe('staleness and wall-clock time', () => {
  const N = 100_000;
  for (const P of [8, 32]) {
    it(`exponential, P = ${P}: mean staleness ≈ P − 1 and time per update ≈ E[X]/P (2 %)`, () => {
      const run = new LearnersRun(q);
      run.reset(params({ ...SLOW, P, dist: { family: 'exp', rate: 2 } }), xoshiroFor(5, `exp${P}`));
      run.advance(N);
      expect(run.state).toBe('running');
      expect(run.steps).toBe(N);
      expect(Math.abs(run.meanStaleness / (P - 1) - 1)).toBeLessThan(0.02);
      expect(Math.abs(run.time / N / (0.5 / P) - 1)).toBeLessThan(0.02);
      // Unbounded staleness: the tail beyond P − 1 is visited, and the histogram adds up.
      expect(run.maxStaleness).toBeGreaterThan(3 * P);
      expect(run.histogram.reduce((u, v) => u + v, 0)).toBe(N);
    });
  }

  it('mean staleness ≈ P − 1 for other distributions too (counting argument, 2 %)', () => {
    const dists: DistSpec[] = [
      { family: 'pareto', shape: 2, scale: 1 },
      { family: 'shexp', shift: 1, rate: 1 },
      { family: 'uniform', a: 0, b: 1 },
    ];
    for (const dist of dists) {
      const run = new LearnersRun(q);
      run.reset(params({ ...SLOW, P: 16, dist }), xoshiroFor(5, dist.family));
      run.advance(N);
      expect(Math.abs(run.meanStaleness / 15 - 1)).toBeLessThan(0.02);
    }
  });

  it('deterministic times: round robin, staleness exactly P − 1 after the first P updates', () => {
    const P = 8;
    const run = new LearnersRun(q);
    run.reset(params({ ...SLOW, P, dist: { family: 'det', value: 0.25 } }), xoshiroFor(5, 'det'));
    const seen: number[] = [];
    for (let t = 1; t <= 1000; t++) {
      run.advance(t);
      seen.push(run.lastStaleness);
    }
    // All read x_0 at time 0 and tie: learner l applies l-th, with staleness l.
    expect(seen.slice(0, P)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seen.slice(P).every((s) => s === P - 1)).toBe(true);
    expect(run.maxStaleness).toBe(P - 1);
    expect(Array.from(run.histogram.slice(0, P))).toEqual([1, 1, 1, 1, 1, 1, 1, 1000 - (P - 1)]);
    // Updates come in rounds of P, one round per compute time (0.25 is exact in binary).
    expect(run.time).toBe(0.25 * Math.ceil(1000 / P));
  });

  it('staleness ≥ STALENESS_BINS lands in the tail bin', () => {
    const P = 200;
    const run = new LearnersRun(q);
    run.reset(params({ ...SLOW, P, dist: { family: 'det', value: 1 } }), xoshiroFor(5, 'tail'));
    run.advance(1000);
    expect(run.histogram[STALENESS_BINS]).toBe(1000 - STALENESS_BINS);
    expect(run.maxStaleness).toBe(P - 1);
  });
});

describe('determinism, divergence, settings', () => {
  it('same seed ⇒ identical steps, iterate, time and histogram; another seed differs', () => {
    const p = params({ M: 10, P: 16, gamma: 1.1 / 11 / 64, dist: { family: 'lognormal', mu: 0, sigma: 1 } });
    const once = (id: string) => {
      const run = new LearnersRun(q);
      run.reset(p, xoshiroFor(9, id));
      run.advance(1_000_000);
      return {
        state: run.state,
        steps: run.steps,
        time: run.time,
        y: Array.from(run.coordinates()),
        hist: Array.from(run.histogram),
        max: run.maxStaleness,
      };
    };
    const a = once('det');
    expect(a.state).toBe('reached');
    expect(once('det')).toEqual(a);
    // A reset run reuses its buffers: still the same numbers.
    const run = new LearnersRun(q);
    run.reset(params({ P: 64, dist: EXP1 }), xoshiroFor(1, 'other'));
    run.advance(300);
    run.reset(p, xoshiroFor(9, 'det'));
    run.advance(1_000_000);
    expect([run.steps, run.time]).toEqual([a.steps, a.time]);
    const b = once('det2');
    expect(b.time).not.toBe(a.time);
  });

  it('too large a step diverges: state diverged, finite step count', () => {
    const run = new LearnersRun(q);
    run.reset(params({ M: 10, P: 8, gamma: 0.05 }), xoshiroFor(2, 'div'));
    expect(run.advance(1_000_000)).toBe('diverged');
    expect(run.steps).toBeLessThan(1_000_000);
    expect(run.state).toBe('diverged');
  });

  it('rejects bad settings', () => {
    const run = new LearnersRun(q);
    const rng = xoshiroFor(1, 'x');
    expect(() => run.reset(params({ P: 0 }), rng)).toThrow(RangeError);
    expect(() => run.reset(params({ P: 1.5 }), rng)).toThrow(RangeError);
    expect(() => run.reset(params({ P: MAX_LEARNERS + 1 }), rng)).toThrow(RangeError);
    expect(() => run.reset(params({ gamma: 0 }), rng)).toThrow(RangeError);
    expect(() => run.reset(params({ b: 0 }), rng)).toThrow(RangeError);
    expect(() => run.reset(params({ dist: { family: 'exp', rate: -1 } }), rng)).toThrow(RangeError);
  });

  it('jumpedStream leaves its source untouched and gives another sequence', () => {
    const src = xoshiroFor(4, 'j');
    const before = Array.from(src.s);
    const j = jumpedStream(src);
    expect(Array.from(src.s)).toEqual(before);
    const a = [src.nextU32(), src.nextU32(), src.nextU32()];
    const b = [j.nextU32(), j.nextU32(), j.nextU32()];
    expect(b).not.toEqual(a);
    expect(Array.from(jumpedStream(xoshiroFor(4, 'j')).s)).toEqual(
      Array.from(jumpedStream(xoshiroFor(4, 'j')).s),
    );
  });
});

describe('tuneLearnersSync', () => {
  it('M = 10, P = 8: a reachable step inside the grid', () => {
    const r = tuneLearnersSync({ ...LEARNERS_TUNE_DEFAULTS, M: 10, P: 8 }, 1, 'learners|M=10|P=8');
    expect(r.bestK).not.toBeNull();
    expect(r.onEdge).toBe(false);
    expect(r.meanSteps).toBeGreaterThan(0);
    // Its neighbours were run and lost (or diverged): a local optimum, not the walk's start only.
    expect(r.tried.some((t) => t.k === r.bestK! - 1)).toBe(true);
    expect(r.tried.some((t) => t.k === r.bestK! + 1)).toBe(true);
  });

  it('P = 1 with the same identity returns exactly the quadratic tuner’s winner and steps', () => {
    for (const [M, b] of [
      [10, 1],
      [100, 4],
    ]) {
      const id = `same|M=${M}|b=${b}`;
      const a = tuneStepSizeSync({ ...TUNE_DEFAULTS, M, b }, 3, id);
      const r = tuneLearnersSync({ ...LEARNERS_TUNE_DEFAULTS, M, b, P: 1 }, 3, id);
      // Where the search starts (and so its work) may differ; the winner and its runs may not.
      expect([r.bestK, r.meanSteps, r.stepsPerSeed, r.onEdge]).toEqual([
        a.bestK,
        a.meanSteps,
        a.stepsPerSeed,
        a.onEdge,
      ]);
    }
  });
});
