import { describe, expect, it } from 'vitest';
import { drainSync } from '../../../../src/engine/control';
import { boundedInt, DelayedRun, makeDelayedProblem, rejectThreshold } from '../../../../src/engine/delayed';
import { fillGaussians } from '../../../../src/engine/quadratic/gaussian';
import { noiseCoefficients } from '../../../../src/engine/quadratic/noise';
import { type GridSearchParams, gridSearch } from '../../../../src/engine/quadratic/tune';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import {
  drawMask,
  type MaskParams,
  MaskRun,
  type MaskSettings,
  maskBits,
  maskRelativeNoise,
} from '../../../../src/engine/sparse';

const d = 20;
const lambda = 0.2;
const problem = makeDelayedProblem({ family: 'tridiag', d, lambda });

function params(over: Partial<MaskParams>): MaskParams {
  return {
    M: 0,
    sigma2: 0,
    noise: 'literal',
    alpha: 1,
    tau: 1,
    delay: 'const',
    gamma: 0.1,
    target: 'l2d',
    tol: 0.1,
    ...over,
  };
}

/** ∇f(x) = (A + λI)x with A = tridiag(−1, 2, −1), in DelayedRun's hogwild summation order. */
function hx(x: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (j === 0) out[j] = (2 + lambda) * x[0] + (n > 1 ? -1 * x[1] : 0);
    else if (j === n - 1) out[j] = (2 + lambda) * x[j] + -1 * x[j - 1];
    else out[j] = (2 + lambda) * x[j] + -1 * (x[j - 1] + x[j + 1]);
  }
  return out;
}

/** The mask of mask.ts's header, re-implemented from the documented stream order. */
function refMask(rng: ReturnType<typeof xoshiroFor>, alpha: number, n: number): number[] {
  const kept: number[] = [];
  if (alpha === 1) return Array.from({ length: n }, (_, j) => j);
  let k = 0;
  while (2 ** k < alpha) k++;
  if (2 ** k === alpha) {
    const c = Math.floor(32 / k);
    let word = 0;
    for (let j = 0; j < n; j++) {
      if (j % c === 0) word = rng.nextU32();
      if (Math.floor(word / 2 ** (k * (j % c))) % alpha === 0) kept.push(j);
    }
  } else for (let j = 0; j < n; j++) if (boundedInt(rng, alpha, rejectThreshold(alpha)) === 0) kept.push(j);
  return kept;
}

describe('mask draws', () => {
  it('each coordinate is kept with probability 1/α (within 4 binomial SEs), independently of its neighbour', () => {
    for (const alpha of [2, 3, 8, 10, 64]) {
      const rng = xoshiroFor(1, `m${alpha}`);
      const keep = new Int32Array(d);
      const n = 40_000;
      const hits = new Float64Array(d);
      let pairs = 0;
      for (let r = 0; r < n; r++) {
        const m = drawMask(rng, alpha, maskBits(alpha), rejectThreshold(alpha), d, keep);
        for (let k = 0; k < m; k++) {
          hits[keep[k]]++;
          if (k + 1 < m && keep[k + 1] === keep[k] + 1 && keep[k] === 4) pairs++;
        }
      }
      const p = 1 / alpha;
      const se = Math.sqrt((p * (1 - p)) / n);
      for (let j = 0; j < d; j++) expect(Math.abs(hits[j] / n - p)).toBeLessThan(4 * se);
      // Coordinates 4 and 5 share a word when α is a power of two: still P = 1/α².
      const pp = p * p;
      expect(Math.abs(pairs / n - pp)).toBeLessThan(4 * Math.sqrt((pp * (1 - pp)) / n) + 1e-12);
    }
  });

  it('stream order as documented: α = 8 takes ⌈20/10⌉ = 2 words; α = 3 one boundedInt per coordinate', () => {
    for (const alpha of [1, 2, 8, 3, 1 << 20]) {
      const a = xoshiroFor(2, 'w');
      const b = xoshiroFor(2, 'w');
      const keep = new Int32Array(d);
      for (let r = 0; r < 50; r++) {
        const m = drawMask(a, alpha, maskBits(alpha), rejectThreshold(alpha), d, keep);
        expect(Array.from(keep.subarray(0, m))).toEqual(refMask(b, alpha, d));
      }
      expect(a.nextU32()).toBe(b.nextU32());
    }
    const a = xoshiroFor(3, 'w8');
    const b = xoshiroFor(3, 'w8');
    drawMask(a, 8, 3, 0, d, new Int32Array(d));
    b.nextU32();
    b.nextU32();
    expect(a.nextU32()).toBe(b.nextU32());
  });
});

describe('α = 1, τ = 1 is DelayedRun hogwild at τ = 1 (original coordinates), bit for bit', () => {
  it('same stream ⇒ same iterates, norms, state and steps', () => {
    for (const c of [
      { M: 0, gamma: 0.275 },
      { M: 10, gamma: 1.1 / 11 / 32 },
      { M: 10, sigma2: 0.5, noise: 'coord' as const, gamma: 0.01, target: 'gap' as const, tol: 0.01 },
    ]) {
      const a = new DelayedRun(problem);
      const r = new MaskRun(problem);
      a.reset({ ...params(c), b: 1, delay: 'hogwild' }, xoshiroFor(5, 'h'));
      r.reset(params(c), xoshiroFor(5, 'h'));
      for (let t = 1; t <= 3000 && a.state === 'running'; t += 13) {
        a.advance(t);
        r.advance(t);
        expect(Array.from(r.coordinates())).toEqual(Array.from(a.coordinates()));
        expect([r.norm2, r.grad2, r.twoF, r.state, r.steps]).toEqual([
          a.norm2,
          a.grad2,
          a.twoF,
          a.state,
          a.steps,
        ]);
      }
      a.advance(1e7);
      r.advance(1e7);
      expect([r.state, r.steps, r.norm2]).toEqual([a.state, a.steps, a.norm2]);
      expect(a.state).toBe('reached');
    }
  });
});

describe('delayed masked SGD equals a naive full-history reference, bit for bit', () => {
  for (const delay of ['const', 'uniform'] as const) {
    it(`${delay}: x_{t+1} = x_t − γα·m∘(∇f(x_{t−δ}) + u), x_{−k} = x_0`, () => {
      for (const [alpha, tau, M] of [
        [1, 3, 1],
        [2, 1, 0],
        [3, 5, 1],
        [8, 16, 10],
        [8, 1, 0.1],
        [10, 64, 0],
      ]) {
        const p = params({ alpha, tau, M, sigma2: 0.01, delay, gamma: 1e-3, target: 'gap', tol: 1e-30 });
        const r = new MaskRun(problem);
        r.reset(p, xoshiroFor(8, `r${alpha}${tau}`));
        const rng = xoshiroFor(8, `r${alpha}${tau}`);
        const { alpha: a0, beta: b0 } = noiseCoefficients(p, d);
        const noisy = a0 !== 0 || b0 !== 0;
        const hist: Float64Array[] = [new Float64Array(d).fill(10)];
        let mismatches = 0;
        let keptTotal = 0;
        for (let t = 0; t < 1500; t++) {
          const delta =
            delay === 'uniform' && tau > 1
              ? boundedInt(rng, tau, rejectThreshold(tau))
              : delay === 'const'
                ? tau - 1
                : 0;
          const read = hist[Math.max(0, t - delta)];
          const g = hx(read, d);
          let g2 = 0;
          for (let j = 0; j < d; j++) g2 += g[j] * g[j];
          const kept = refMask(rng, alpha, d);
          keptTotal += kept.length;
          const s = noisy ? 1e-3 * alpha * Math.sqrt(a0 * g2 + b0) : 0;
          const z = new Float64Array(d);
          if (noisy && kept.length > 0) fillGaussians(rng, z, kept.length);
          const next = hist[t].slice();
          kept.forEach((j, k) => {
            next[j] = hist[t][j] - 1e-3 * alpha * g[j] - s * z[k];
          });
          hist.push(next);
          r.advance(t + 1);
          const x = r.coordinates();
          for (let j = 0; j < d; j++) if (x[j] !== next[j]) mismatches++;
        }
        expect(r.state).toBe('running');
        expect(mismatches).toBe(0);
        // Sanity: the mask kept ≈ d/α coordinates a step (30 000 Bernoulli draws, within 5 %).
        expect(Math.abs(keptTotal / 1500 - d / alpha)).toBeLessThan(0.05 * (d / alpha));
      }
    });
  }
});

describe('divergence, relative noise, tuner', () => {
  it('a too large step diverges: state "diverged", never NaN', () => {
    for (const [alpha, tau, delay, gamma] of [
      [1, 1, 'const', 2],
      [8, 1, 'const', 2 / 8],
      [8, 16, 'uniform', 2 / 8],
      [3, 100, 'const', 2 / 3],
      [8, 4, 'uniform', 1e200],
    ] as const) {
      const r = new MaskRun(problem);
      r.reset(params({ alpha, tau, delay, gamma, M: 1 }), xoshiroFor(4, 'div'));
      expect(r.advance(1e7)).toBe('diverged');
      expect(r.steps).toBeLessThan(1e6);
      // γ = 1e200 overflows in one step (Inf − Inf): reported as +∞, not NaN.
      expect(Number.isNaN(r.norm2)).toBe(false);
      expect(r.norm2).toBeGreaterThan(1e24 * problem.q.x0Norm2);
    }
  });

  it('maskRelativeNoise = α(1 + M0eff) − 1', () => {
    expect(maskRelativeNoise({ alpha: 8, d, M: 0, sigma2: 0, noise: 'literal' })).toBe(7);
    expect(maskRelativeNoise({ alpha: 8, d, M: 0.1, sigma2: 0, noise: 'literal' })).toBeCloseTo(23, 12);
    expect(maskRelativeNoise({ alpha: 2, d, M: 3, sigma2: 0, noise: 'coord' })).toBe(7);
  });

  it('gridSearch drives it (TunableRun): a mask tolerates τ ≤ α but gives no net speedup (Sec. 6.2)', () => {
    const tune = (alpha: number, tau: number) =>
      drainSync(
        gridSearch<MaskSettings & GridSearchParams>(
          {
            ...params({ alpha, tau, delay: 'const', M: 1 }),
            c: 1.1,
            kmin: 1,
            kmax: 16,
            seeds: 3,
            cap: 2_000_000,
            search: 'exhaustive' as const,
          },
          new MaskRun(problem),
          5,
          1,
          'mask',
        ),
      ).meanSteps;
    // Measured (M = 1 literal, 3 seeds): α = 1: τ = 1 399, τ = 8 770; α = 8: τ = 1 3364, τ = 8 3483.
    const [s11, s18, s81, s88] = [tune(1, 1), tune(1, 8), tune(8, 1), tune(8, 8)].map((v) => v ?? Number.NaN);
    expect(s88).toBeLessThanOrEqual(1.25 * s81);
    expect(s88).toBeGreaterThanOrEqual(2 * s18);
    expect(s81).toBeGreaterThanOrEqual(4 * s11);
  });
});
