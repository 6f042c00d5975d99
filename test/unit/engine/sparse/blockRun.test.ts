import { describe, expect, it } from 'vitest';
import { drainSync } from '../../../../src/engine/control';
import { boundedInt, DelayedRun, makeDelayedProblem, rejectThreshold } from '../../../../src/engine/delayed';
import { fillGaussians } from '../../../../src/engine/quadratic/gaussian';
import { noiseCoefficients } from '../../../../src/engine/quadratic/noise';
import { type SgdParams, SgdRun } from '../../../../src/engine/quadratic/sgd';
import { type GridSearchParams, gridSearch } from '../../../../src/engine/quadratic/tune';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import {
  type BlockParams,
  BlockRun,
  type BlockSettings,
  blockRelativeNoise,
  makeBlockProblem,
} from '../../../../src/engine/sparse';

function params(over: Partial<BlockParams>): BlockParams {
  return {
    M: 0,
    sigma2: 0,
    noise: 'literal',
    tau: 1,
    delay: 'const',
    gamma: 0.1,
    target: 'l2d',
    tol: 0.1,
    ...over,
  };
}

describe('B = 1 is the base engine, bit for bit', () => {
  const d = 20;
  const lambda = 0.2;
  const cases: Array<Partial<BlockParams>> = [
    { M: 0, sigma2: 0, gamma: 0.275 },
    { M: 10, sigma2: 0, noise: 'literal', gamma: 1.1 / 11 / 32 },
    { M: 10, sigma2: 0.5, noise: 'coord', gamma: 0.01 },
    { M: 100, sigma2: 0, noise: 'literal', gamma: 1e-4, target: 'gap', tol: 0.01 },
  ];
  const problem = makeBlockProblem({ family: 'tridiag', d, lambda, B: 1 });

  for (const delay of ['const', 'uniform'] as const) {
    it(`${delay}, τ = 1: same stream ⇒ SgdRun's iterates, norms, state and steps at every step`, () => {
      for (const c of cases) {
        const sp = { ...params({}), b: 1, mom: 0, ...c } as SgdParams;
        const a = new SgdRun(problem.base);
        const r = new BlockRun(problem);
        a.reset(sp, xoshiroFor(7, 'same'));
        r.reset(params({ ...c, delay }), xoshiroFor(7, 'same'));
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
        a.reset(sp, xoshiroFor(7, 'whole'));
        r.reset(params({ ...c, delay }), xoshiroFor(7, 'whole'));
        a.advance(2_000_000);
        r.advance(2_000_000);
        expect([r.state, r.steps, r.norm2]).toEqual([a.state, a.steps, a.norm2]);
        expect(a.state).toBe('reached');
      }
    });

    it(`${delay}, τ > 1: same stream ⇒ DelayedRun's (b = 1) iterates and steps`, () => {
      const dp = makeDelayedProblem({ family: 'tridiag', d, lambda });
      for (const [tau, M, gamma] of [
        [2, 0, 0.2],
        [7, 10, 1e-3],
        [64, 1, 2e-3],
      ]) {
        const p = params({ tau, M, gamma, delay });
        const a = new DelayedRun(dp);
        const r = new BlockRun(problem);
        a.reset({ ...p, b: 1 }, xoshiroFor(3, `d${tau}`));
        r.reset(p, xoshiroFor(3, `d${tau}`));
        for (let t = 1; t <= 2000 && a.state === 'running'; t += 37) {
          a.advance(t);
          r.advance(t);
          expect(Array.from(r.coordinates())).toEqual(Array.from(a.coordinates()));
          expect([r.norm2, r.state, r.steps]).toEqual([a.norm2, a.state, a.steps]);
        }
        a.advance(5_000_000);
        r.advance(5_000_000);
        expect([r.state, r.steps, r.norm2]).toEqual([a.state, a.steps, a.norm2]);
        expect(a.state).toBe('reached');
      }
    });
  }
});

/**
 * Naive reference, independent of the ring and the deques: every whole iterate y_0..y_t (B·d values
 * each) kept; block i read from y_{max(0, t−δ)}; the same stream order and arithmetic (header of
 * blockRun.ts): SgdRun's form when δ = 0.
 */
class NaiveBlockRun {
  hist: Float64Array[];
  constructor(
    private readonly h: Float64Array,
    y0: Float64Array,
    private readonly B: number,
    private readonly p: BlockParams,
    private readonly rng: ReturnType<typeof xoshiroFor>,
  ) {
    const x = new Float64Array(B * h.length);
    for (let i = 0; i < B; i++) x.set(y0, i * h.length);
    this.hist = [x];
  }
  /** One step; returns the read step r and the block. */
  step(): { block: number; r: number } {
    const { h, B, p, rng } = this;
    const d = h.length;
    const t = this.hist.length - 1;
    const { alpha, beta } = noiseCoefficients(p, d);
    const i = B > 1 ? boundedInt(rng, B, rejectThreshold(B)) : 0;
    const delta =
      p.delay === 'uniform' && p.tau > 1
        ? boundedInt(rng, p.tau, rejectThreshold(p.tau))
        : p.delay === 'const'
          ? p.tau - 1
          : 0;
    const r = Math.max(0, t - delta);
    const read = this.hist[r].subarray(i * d, (i + 1) * d);
    let rg2 = 0;
    for (let k = 0; k < d; k++) rg2 += h[k] * read[k] * (h[k] * read[k]);
    const noisy = alpha !== 0 || beta !== 0;
    const s = noisy ? p.gamma * B * Math.sqrt(alpha * rg2 + beta) : 0;
    const z = new Float64Array(d);
    if (noisy) fillGaussians(rng, z, d);
    const cur = this.hist[t];
    const next = cur.slice();
    const current = delta === 0;
    for (let k = 0; k < d; k++) {
      const y = cur[i * d + k];
      next[i * d + k] = current
        ? (1 - p.gamma * B * h[k]) * y - s * z[k]
        : y - p.gamma * B * h[k] * read[k] - s * z[k];
    }
    this.hist.push(next);
    return { block: i, r };
  }
}

describe('the ring of block states reads exactly what a full history would (naive O(τ·D) reference)', () => {
  for (const delay of ['const', 'uniform'] as const) {
    it(`${delay}: bit-identical iterates at every step; reads never newer than t − δ nor older than x_{t−δ}`, () => {
      for (const [d, B, tau, M] of [
        [4, 3, 1, 1],
        [4, 3, 2, 0],
        [4, 5, 7, 1],
        [3, 2, 40, 10],
        [20, 8, 33, 1],
        [5, 16, 300, 0.1],
      ]) {
        const problem = makeBlockProblem({ family: 'tridiag', d, lambda: 0.2, B });
        const p = params({ tau, M, sigma2: 0.01, delay, gamma: 1e-3, target: 'gap', tol: 1e-30 });
        const r = new BlockRun(problem);
        r.reset(p, xoshiroFor(11, `n${d}${B}${tau}`));
        const ref = new NaiveBlockRun(
          problem.base.h,
          problem.base.y0,
          B,
          p,
          xoshiroFor(11, `n${d}${B}${tau}`),
        );
        let mismatches = 0;
        let maxRel = 0;
        for (let t = 0; t < 1500; t++) {
          const { block, r: readStep } = ref.step();
          r.advance(t + 1);
          expect(r.lastBlock).toBe(block);
          if (delay === 'const') expect(readStep).toBe(Math.max(0, t - tau + 1));
          const y = r.coordinates();
          const want = ref.hist[t + 1];
          for (let k = 0; k < y.length; k++) if (y[k] !== want[k]) mismatches++;
          let n2 = 0;
          for (let k = 0; k < want.length; k++) n2 += want[k] * want[k];
          maxRel = Math.max(maxRel, Math.abs(r.norm2 - n2) / n2);
        }
        expect(r.state).toBe('running');
        expect(mismatches).toBe(0);
        // The incremental ‖x‖² (re-summed every 1024 steps) against a fresh sum.
        expect(maxRel).toBeLessThan(1e-12);
      }
    });
  }
});

describe('memory, target, divergence, determinism', () => {
  const d = 20;
  it('the ring holds τ entries of d values (not τ·D); deques stay O(τ + B)', () => {
    const B = 64;
    const tau = 4096;
    const problem = makeBlockProblem({ family: 'tridiag', d, lambda: 0.2, B });
    for (const delay of ['const', 'uniform'] as const) {
      const r = new BlockRun(problem);
      r.reset(params({ tau, delay, M: 1, gamma: 1e-5, target: 'gap', tol: 1e-30 }), xoshiroFor(1, 'mem'));
      r.advance(50_000);
      const m = r.memory();
      expect(m.ringValues).toBe(tau * d);
      expect(m.blockValues).toBe(B * d);
      // Each deque's capacity is < 4·(its length) + 4, and the lengths sum to τ − 1.
      expect(m.dequeSlots).toBeLessThanOrEqual(4 * tau + 4 * B);
    }
  });

  it('target is the base bound times B: reached at the first step with ‖x‖² ≤ B·(tol·d)²; steps per block ≈ GD steps', () => {
    // Noiseless gradient descent at γ = 0.15 on the base problem: the reference count K.
    const gd = new SgdRun(makeBlockProblem({ family: 'tridiag', d, lambda: 0.2, B: 1 }).base);
    gd.reset({ ...params({ gamma: 0.15 }), b: 1, mom: 0 }, xoshiroFor(2, 'gd'));
    gd.advance(1e6);
    const K = gd.steps;
    expect(K).toBe(90);
    for (const B of [1, 4, 16, 64]) {
      const problem = makeBlockProblem({ family: 'tridiag', d, lambda: 0.2, B });
      const r = new BlockRun(problem);
      // γB = 0.15: each block update is a GD step of 0.15 on its block.
      r.reset(params({ gamma: 0.15 / B, tau: 2, delay: 'const' }), xoshiroFor(2, 'tgt'));
      let prev = r.norm2;
      while (r.state === 'running' && r.steps < 1e6) {
        prev = r.norm2;
        r.advance(r.steps + 1);
      }
      expect(r.state).toBe('reached');
      expect(r.norm2).toBeLessThanOrEqual(B * 4);
      expect(prev).toBeGreaterThan(B * 4);
      // Measured 87 (B = 1: the delay of 1 helps a little) to 93 (B = 64) per block: within 10 % of K.
      expect(Math.abs(r.steps / B - K)).toBeLessThanOrEqual(0.1 * K);
    }
  });

  it('a too large step diverges: state "diverged", never NaN', () => {
    for (const [B, tau, delay, gamma] of [
      [1, 1, 'const', 2],
      [8, 1, 'const', 2 / 8],
      [8, 16, 'uniform', 2 / 8],
      [32, 100, 'const', 2 / 32],
      [16, 4, 'uniform', 1e200],
    ] as const) {
      const problem = makeBlockProblem({ family: 'tridiag', d, lambda: 0.2, B });
      const r = new BlockRun(problem);
      r.reset(params({ gamma, tau, delay, M: 1 }), xoshiroFor(4, 'div'));
      expect(r.advance(1e7)).toBe('diverged');
      expect(r.steps).toBeLessThan(1e6);
      // γ = 1e200 overflows in one step (Inf − Inf): reported as +∞, not NaN.
      expect(Number.isNaN(r.norm2)).toBe(false);
      expect(r.norm2).toBeGreaterThan(1e24 * problem.x0Norm2);
    }
  });

  it('chunking does not change anything: one advance ≡ steps one at a time', () => {
    const problem = makeBlockProblem({ family: 'diag', d: 6, lambda: 0.2, kappa: 10, B: 8 });
    const p = params({ tau: 9, delay: 'uniform', M: 2, sigma2: 0.1, gamma: 2e-3, tol: 0.5, target: 'gap' });
    const a = new BlockRun(problem);
    const b = new BlockRun(problem);
    a.reset(p, xoshiroFor(9, 'chunk'));
    b.reset(p, xoshiroFor(9, 'chunk'));
    a.advance(1e7);
    while (b.state === 'running') b.advance(b.steps + 1 + (b.steps % 5));
    expect(a.state).toBe('reached');
    expect([b.state, b.steps, b.norm2, b.twoF, ...b.coordinates()]).toEqual([
      a.state,
      a.steps,
      a.norm2,
      a.twoF,
      ...a.coordinates(),
    ]);
  });

  it('blockRelativeNoise = B(1 + M0eff) − 1', () => {
    expect(blockRelativeNoise({ B: 4, d: 20, M: 0, sigma2: 0, noise: 'literal' })).toBe(3);
    expect(blockRelativeNoise({ B: 4, d: 20, M: 0.1, sigma2: 0, noise: 'literal' })).toBeCloseTo(11, 12);
    expect(blockRelativeNoise({ B: 4, d: 20, M: 2, sigma2: 0, noise: 'coord' })).toBe(11);
    expect(blockRelativeNoise({ B: 1, d: 20, M: 0, sigma2: 0, noise: 'coord' })).toBe(0);
  });

  it('gridSearch drives it (TunableRun): B = 4, τ = 4 reaches the target at the chosen step', () => {
    const problem = makeBlockProblem({ family: 'tridiag', d, lambda: 0.2, B: 4 });
    const p = {
      ...params({ tau: 4, delay: 'const' as const, M: 0 }),
      c: 1.1,
      kmin: 1,
      kmax: 12,
      seeds: 2,
      cap: 200_000,
      search: 'exhaustive' as const,
    };
    const res = drainSync(
      gridSearch<BlockSettings & GridSearchParams>(p, new BlockRun(problem), 4, 1, 'block'),
    );
    expect(res.bestK).not.toBeNull();
    expect(res.meanSteps).toBeGreaterThan(4 * 48);
    expect(res.meanSteps).toBeLessThan(200_000);
  });
});
