// The engine runs in the eigenbasis y = Qᵀx (src/engine/quadratic/problem.ts says why that is exact
// in distribution). This checks it against an independent run in the ORIGINAL coordinates with the
// tridiagonal matrix: x ← x − γ(b(Ax + λx) + √b·s·ξ), ξ ~ N(0, I_d) drawn in x-coordinates.
import { describe, expect, it } from 'vitest';
import { gaussian } from '../../../../src/engine/quadratic/gaussian';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { SgdRun } from '../../../../src/engine/quadratic/sgd';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import type { Xoshiro128 } from '../../../../src/engine/random/xoshiro128';

const d = 20;
const lambda = 0.2;
const problem = makeQuadratic({ family: 'tridiag', d, lambda });

/** ∇f(x) = Ax + λx with A = tridiag(−1, 2, −1). */
function gradient(x: Float64Array, out: Float64Array): void {
  for (let j = 0; j < d; j++) {
    const left = j > 0 ? x[j - 1] : 0;
    const right = j < d - 1 ? x[j + 1] : 0;
    out[j] = 2 * x[j] - left - right + lambda * x[j];
  }
}

interface Reference {
  x: Float64Array;
  step(): void;
  norm2(): number;
}

/** Mini-batch SGD in x-coordinates, literal noise: per-coordinate variance M‖∇f‖² + σ². */
function reference(M: number, sigma2: number, b: number, gamma: number, rng: Xoshiro128 | null): Reference {
  const x = new Float64Array(d).fill(10);
  const g = new Float64Array(d);
  return {
    x,
    step() {
      gradient(x, g);
      let g2 = 0;
      for (let j = 0; j < d; j++) g2 += g[j] * g[j];
      const s = Math.sqrt(b * (M * g2 + sigma2));
      for (let j = 0; j < d; j++) x[j] -= gamma * (b * g[j] + (rng ? s * gaussian(rng) : 0));
    },
    norm2() {
      let n = 0;
      for (let j = 0; j < d; j++) n += x[j] * x[j];
      return n;
    },
  };
}

describe('eigenbasis simulation ≡ original coordinates', () => {
  it('without noise: ‖x_t‖ equals ‖y_t‖ at every step to 1e-12 (relative), 400 steps, b = 3', () => {
    const gamma = 0.05;
    const ref = reference(0, 0, 3, gamma, null);
    const run = new SgdRun(problem);
    run.reset(
      { M: 0, sigma2: 0, noise: 'literal', b: 3, gamma, mom: 0, target: 'l2d', tol: 1e-9 },
      xoshiroFor(1, 'x'),
    );
    let worst = 0;
    for (let t = 1; t <= 400; t++) {
      ref.step();
      run.advance(t);
      expect(run.steps).toBe(t);
      worst = Math.max(worst, Math.abs(Math.sqrt(run.norm2) / Math.sqrt(ref.norm2()) - 1));
    }
    expect(worst).toBeLessThan(1e-12);
    // and the eigen-coordinates are Qᵀx
    const y = run.coordinates();
    const q = new Float64Array(d);
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let j = 0; j < d; j++)
        s += Math.sqrt(2 / (d + 1)) * Math.sin(((j + 1) * (k + 1) * Math.PI) / (d + 1)) * ref.x[j];
      q[k] = s;
    }
    for (let k = 0; k < d; k++)
      expect(Math.abs(y[k] - q[k])).toBeLessThan(1e-12 * Math.sqrt(ref.norm2()) + 1e-300);
  });

  it('with noise (M = 10, σ² = 0.5, b = 16): the same law of steps to ‖x‖ ≤ 2 (400 runs each)', () => {
    const M = 10;
    const sigma2 = 0.5;
    const b = 16;
    const gamma = 1.1 / (1 + M) / 32; // the tuned grid point k = 5
    const bound2 = 4; // ‖x‖/d ≤ 0.1
    const n = 400;
    const engine: number[] = [];
    const original: number[] = [];
    const run = new SgdRun(problem);
    for (let r = 0; r < n; r++) {
      run.reset(
        { M, sigma2, noise: 'literal', b, gamma, mom: 0, target: 'l2d', tol: 0.1 },
        xoshiroFor(7, `e|${r}`),
      );
      run.advance(1e6);
      expect(run.state).toBe('reached');
      engine.push(run.steps);
      const ref = reference(M, sigma2, b, gamma, xoshiroFor(7, `o|${r}`));
      let t = 0;
      while (ref.norm2() > bound2 && t < 1e6) {
        ref.step();
        t++;
      }
      original.push(t);
    }
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const variance = (a: number[]) => {
      const m = mean(a);
      return a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1);
    };
    // Two-sample z statistic of the means: |z| < 4.
    const z = (mean(engine) - mean(original)) / Math.sqrt(variance(engine) / n + variance(original) / n);
    expect(Math.abs(z)).toBeLessThan(4);
    // Standard deviations within 25% (sd of a sample sd ≈ sd/√(2n) ≈ 3.5%, more for skewed laws).
    expect(Math.sqrt(variance(engine) / variance(original))).toBeGreaterThan(0.75);
    expect(Math.sqrt(variance(engine) / variance(original))).toBeLessThan(1.33);
    // Two-sample Kolmogorov–Smirnov distance below its 0.1% critical value 1.95·√(2/n).
    const all = [...new Set([...engine, ...original])].sort((a, b) => a - b);
    const cdf = (a: number[], v: number) => a.filter((x) => x <= v).length / a.length;
    const ks = Math.max(...all.map((v) => Math.abs(cdf(engine, v) - cdf(original, v))));
    expect(ks).toBeLessThan(1.95 * Math.sqrt(2 / n));
  });
});
