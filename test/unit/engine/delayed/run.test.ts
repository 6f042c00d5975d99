import { describe, expect, it } from 'vitest';
import {
  boundedInt,
  type DelayedParams,
  DelayedRun,
  type DelayModel,
  makeDelayedProblem,
  rejectThreshold,
} from '../../../../src/engine/delayed';
import { fillGaussians } from '../../../../src/engine/quadratic/gaussian';
import { type SgdParams, SgdRun } from '../../../../src/engine/quadratic/sgd';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const d = 20;
const lambda = 0.2;
const problem = makeDelayedProblem({ family: 'tridiag', d, lambda });

function params(over: Partial<DelayedParams>): DelayedParams {
  return {
    M: 0,
    sigma2: 0,
    noise: 'literal',
    b: 1,
    tau: 1,
    delay: 'const',
    gamma: 0.1,
    target: 'l2d',
    tol: 0.1,
    ...over,
  };
}

/** ∇f(x) = (A + λI)x with A = tridiag(−1, 2, −1), independent of the engine. */
function hx(x: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let j = 0; j < d; j++)
    out.push((2 + lambda) * x[j] - (j > 0 ? x[j - 1] : 0) - (j < d - 1 ? x[j + 1] : 0));
  return out;
}

const norm = (x: ArrayLike<number>) => Math.sqrt(Array.from(x).reduce((s, v) => s + v * v, 0));

describe('τ = 1 is sequential SGD, bit for bit', () => {
  const cases: Array<Partial<SgdParams>> = [
    { M: 0, sigma2: 0, gamma: 0.275 },
    { M: 10, sigma2: 0, noise: 'literal', gamma: 1.1 / 11 / 32 },
    { M: 10, sigma2: 0.5, noise: 'coord', gamma: 0.01, b: 3 },
    { M: 100, sigma2: 0, noise: 'literal', b: 16, gamma: 1e-4, target: 'gap', tol: 0.01 },
  ];
  for (const delay of ['const', 'uniform'] as const) {
    it(`${delay}: same seed ⇒ same iterates, norms, state and steps as SgdRun at every step`, () => {
      for (const c of cases) {
        const sp: SgdParams = { ...params({}), mom: 0, ...c } as SgdParams;
        const a = new SgdRun(problem.q);
        const r = new DelayedRun(problem);
        a.reset(sp, xoshiroFor(7, 'same'));
        r.reset({ ...params({}), ...c, tau: 1, delay }, xoshiroFor(7, 'same'));
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
        // And run to the end in one call.
        a.reset(sp, xoshiroFor(7, 'whole'));
        r.reset({ ...params({}), ...c, tau: 1, delay }, xoshiroFor(7, 'whole'));
        a.advance(2_000_000);
        r.advance(2_000_000);
        expect([r.state, r.steps, r.norm2]).toEqual([a.state, a.steps, a.norm2]);
        expect(a.state).toBe('reached');
      }
    });
  }

  it('hogwild, τ = 1, noiseless: the original-coordinate run has ‖x_t‖ = ‖y_t‖ to 1e-12 and the same steps', () => {
    const a = new SgdRun(problem.q);
    const r = new DelayedRun(problem);
    a.reset({ ...params({ gamma: 0.275 }), mom: 0 }, xoshiroFor(1, 'a'));
    r.reset(params({ gamma: 0.275, delay: 'hogwild' }), xoshiroFor(1, 'b'));
    expect(r.basis).toBe('original');
    for (let t = 1; t <= 48; t++) {
      a.advance(t);
      r.advance(t);
      expect(Math.abs(Math.sqrt(r.norm2) - Math.sqrt(a.norm2))).toBeLessThanOrEqual(
        1e-12 * Math.sqrt(a.norm2),
      );
      expect(Math.abs(r.twoF - a.twoF)).toBeLessThanOrEqual(1e-11 * a.twoF);
      expect(Math.abs(r.grad2 - a.grad2)).toBeLessThanOrEqual(1e-11 * a.grad2);
    }
    expect([r.state, r.steps]).toEqual(['reached', 48]); // tuned GD's 48 steps (sgd.test.ts)
  });
});

describe('constant delay follows x_{t+1} = x_t − γb·∇f(x_{t−τ+1}), x_{−k} = x_0', () => {
  it('noiseless: ‖x_t‖ of an independent run in x-coordinates with full history, to 1e-10 relative', () => {
    for (const [tau, b, gamma] of [
      [2, 1, 0.2],
      [5, 2, 0.03],
      [16, 1, 0.02],
    ]) {
      const hist: number[][] = [new Array(d).fill(10)];
      const r = new DelayedRun(problem);
      r.reset(params({ tau, b, gamma, delay: 'const', target: 'gap', tol: 1e-30 }), xoshiroFor(1, 'c'));
      for (let t = 0; t < 400; t++) {
        const read = hist[Math.max(0, t - tau + 1)];
        const g = hx(read);
        hist.push(hist[t].map((v, j) => v - gamma * b * g[j]));
        r.advance(t + 1);
        const ref = norm(hist[t + 1]);
        expect(r.state).toBe('running');
        expect(Math.abs(Math.sqrt(r.norm2) - ref)).toBeLessThanOrEqual(1e-10 * ref);
      }
    }
  });

  it('depends on b only through bγ (noiseless): identical iterates', () => {
    const a = new DelayedRun(problem);
    const c = new DelayedRun(problem);
    a.reset(params({ tau: 8, b: 4, gamma: 0.01 }), xoshiroFor(1, 'a'));
    c.reset(params({ tau: 8, b: 1, gamma: 0.04 }), xoshiroFor(1, 'c'));
    a.advance(300);
    c.advance(300);
    expect(Array.from(a.coordinates())).toEqual(Array.from(c.coordinates()));
  });
});

describe('reads stay within the window of τ (instrumented ring buffer)', () => {
  for (const delay of ['const', 'uniform', 'hogwild'] as DelayModel[]) {
    it(`${delay}: every coordinate read comes from x_s with t − τ < s ≤ t, and equals that iterate's value`, () => {
      for (const [tau, M] of [
        [1, 0],
        [3, 10],
        [16, 0],
        [64, 10],
      ]) {
        const r = new DelayedRun(problem);
        r.reset(params({ tau, M, delay, gamma: 1e-4 }), xoshiroFor(3, `w${tau}`));
        const history: number[][] = [Array.from(r.coordinates())];
        const ageCount = new Array<number>(tau).fill(0);
        let reads = 0;
        let outside = 0;
        let wrongUpdate = 0;
        for (let t = 0; t < 600; t++) {
          r.stepInstrumented();
          const { stamps, values } = r.lastRead();
          for (let j = 0; j < d; j++) {
            const s = stamps[j];
            // Counted, not expected one by one (48 000 reads per model): the count must stay 0.
            if (!(s >= Math.max(0, t - tau + 1) && s <= t && values[j] === history[s][j])) outside++;
            // One age per coordinate for hogwild, one per step for whole-iterate reads.
            if (t >= tau && (delay === 'hogwild' || j === 0)) {
              ageCount[t - s]++;
              reads++;
            }
          }
          if (delay === 'const') expect(stamps[0]).toBe(Math.max(0, t - tau + 1));
          if (delay !== 'hogwild') expect(new Set(stamps).size).toBe(1);
          history.push(Array.from(r.coordinates()));
          if (delay === 'hogwild' && M === 0) {
            // The update is applied to the CURRENT iterate: x_{t+1} = x_t − γ H x̂.
            const g = hx(values);
            for (let j = 0; j < d; j++)
              if (!(Math.abs(history[t + 1][j] - (history[t][j] - 1e-4 * g[j])) <= 1e-12 * 10)) wrongUpdate++;
          }
        }
        expect([outside, wrongUpdate]).toEqual([0, 0]);
        if ((delay === 'hogwild' && tau > 1) || (delay === 'uniform' && tau > 1 && tau <= 16)) {
          const band = delay === 'hogwild' ? 0.35 : 0.5;
          // Ages are uniform on {0, …, τ − 1}: uniform: 600 − τ draws (each age within 50%, ≥ 8.4 expected at τ = 64, is
          // too loose to test there, so only τ ≤ 16); hogwild: 20 per step, each within 35%.
          for (let a = 0; a < tau; a++)
            expect(Math.abs(ageCount[a] - reads / tau)).toBeLessThan(band * (reads / tau));
        }
        if (delay === 'hogwild' && tau > 1) {
          // Inconsistent: within one step, coordinates come from different iterates.
          r.stepInstrumented();
          expect(new Set(r.lastRead().stamps).size).toBeGreaterThan(1);
        }
      }
    });
  }
});

describe('determinism, divergence, cap', () => {
  for (const delay of ['const', 'uniform', 'hogwild'] as DelayModel[]) {
    it(`${delay}: same seed and identity ⇒ same numbers; another identity ⇒ others`, () => {
      const p = params({ M: 10, sigma2: 0.1, tau: 16, b: 2, delay, gamma: 1e-3 });
      const run = (id: string) => {
        const r = new DelayedRun(problem);
        r.reset(p, xoshiroFor(5, id));
        r.advance(5000);
        return [r.steps, r.state, r.norm2, ...r.coordinates()];
      };
      expect(run('x')).toEqual(run('x'));
      expect(run('x')).not.toEqual(run('y'));
    });

    it(`${delay}: a step fine without delay diverges with τ = 16; cap stops at the cap`, () => {
      const r = new DelayedRun(problem);
      r.reset(params({ tau: 1, delay, gamma: 0.275 }), xoshiroFor(1, 'd'));
      expect(r.advance(1e6)).toBe('reached');
      r.reset(params({ tau: 16, delay, gamma: 0.275 }), xoshiroFor(1, 'd'));
      expect(r.advance(1e6)).toBe('diverged');
      expect(r.steps).toBeLessThan(20_000);
      expect(Number.isFinite(r.norm2) ? r.norm2 > 1e24 * 2000 : true).toBe(true);
      r.reset(params({ M: 10, tau: 16, delay, gamma: 1e-6 }), xoshiroFor(1, 'd'));
      expect([r.advance(1234), r.steps]).toEqual(['running', 1234]);
      expect([r.advance(1300), r.steps]).toEqual(['running', 1300]);
    });
  }

  it('rejects bad parameters', () => {
    const r = new DelayedRun(problem);
    const rng = xoshiroFor(1, 'e');
    expect(() => r.reset(params({ tau: 0 }), rng)).toThrow(RangeError);
    expect(() => r.reset(params({ tau: 1.5 }), rng)).toThrow(RangeError);
    expect(() => r.reset(params({ b: 0 }), rng)).toThrow(RangeError);
    expect(() => r.reset(params({ gamma: 0 }), rng)).toThrow(RangeError);
    expect(() => r.reset(params({ delay: 'nope' as DelayModel }), rng)).toThrow(RangeError);
  });

  it('reuses its ring across resets with different τ (smaller after larger)', () => {
    const r = new DelayedRun(problem);
    const fresh = new DelayedRun(problem);
    r.reset(params({ tau: 64, M: 1, gamma: 1e-3 }), xoshiroFor(1, 'f'));
    r.advance(500);
    r.reset(params({ tau: 4, M: 1, gamma: 1e-3 }), xoshiroFor(1, 'g'));
    fresh.reset(params({ tau: 4, M: 1, gamma: 1e-3 }), xoshiroFor(1, 'g'));
    r.advance(500);
    fresh.advance(500);
    expect(Array.from(r.coordinates())).toEqual(Array.from(fresh.coordinates()));
  });
});

describe('boundedInt', () => {
  it('is uniform on {0, …, n − 1} (counts within 5% for 60 000 draws) and in range', () => {
    for (const n of [1, 3, 7, 16, 1000]) {
      const rng = xoshiroFor(1, `n${n}`);
      const th = rejectThreshold(n);
      const counts = new Array<number>(Math.min(n, 16)).fill(0);
      let bad = 0;
      for (let i = 0; i < 60_000; i++) {
        const v = boundedInt(rng, n, th);
        if (!(Number.isInteger(v) && v >= 0 && v < n)) bad++;
        if (n <= 16) counts[v]++;
      }
      expect(bad).toBe(0);
      if (n <= 16) for (const c of counts) expect(Math.abs(c - 60_000 / n)).toBeLessThan(0.05 * (60_000 / n));
    }
  });
});

describe('stream layout (part of the link format)', () => {
  it('hogwild: per step, d delays by boundedInt (coordinate order), then the d normals', () => {
    for (const [tau, M] of [
      [7, 10],
      [64, 0],
      [1000, 10],
    ]) {
      const r = new DelayedRun(problem);
      r.reset(params({ tau, M, delay: 'hogwild', gamma: 1e-4 }), xoshiroFor(9, 'layout'));
      const mirror = xoshiroFor(9, 'layout');
      const th = rejectThreshold(tau);
      const z = new Float64Array(d);
      let mismatches = 0;
      for (let t = 0; t < 300; t++) {
        r.stepInstrumented();
        const { stamps } = r.lastRead();
        for (let j = 0; j < d; j++)
          if (stamps[j] !== Math.max(0, t - boundedInt(mirror, tau, th))) mismatches++;
        if (M > 0) fillGaussians(mirror, z, d);
      }
      expect(mismatches).toBe(0);
    }
  });

  it('uniform: per step, one delay by boundedInt, then the d normals', () => {
    const tau = 13;
    const r = new DelayedRun(problem);
    r.reset(params({ tau, M: 10, delay: 'uniform', gamma: 1e-4 }), xoshiroFor(9, 'u'));
    const mirror = xoshiroFor(9, 'u');
    const z = new Float64Array(d);
    for (let t = 0; t < 300; t++) {
      r.stepInstrumented();
      expect(r.lastRead().stamps[0]).toBe(Math.max(0, t - boundedInt(mirror, tau, rejectThreshold(tau))));
      fillGaussians(mirror, z, d);
    }
  });
});

describe('hogwild with τ = 1 is SGD in law (original coordinates vs the eigenbasis)', () => {
  it('mean steps to target over 300 seeds agree within 4 standard errors (M = 10, literal, γ = 1.1/11·2⁻⁵)', () => {
    const gamma = 1.1 / 11 / 32;
    const stats = (delay: DelayModel) => {
      const r = new DelayedRun(problem);
      const xs: number[] = [];
      for (let i = 0; i < 300; i++) {
        r.reset(params({ M: 10, gamma, delay }), xoshiroFor(2, `${delay}${i}`));
        r.advance(1e6);
        expect(r.state).toBe('reached');
        xs.push(r.steps);
      }
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
      return { mean, se2: v / xs.length };
    };
    const a = stats('hogwild');
    const b = stats('const');
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(4 * Math.sqrt(a.se2 + b.se2));
  });
});
