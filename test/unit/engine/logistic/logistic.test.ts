import { describe, expect, it } from 'vitest';
import {
  exampleGradient,
  gradient,
  loss,
  makeDataset,
  minimise,
  noiseAt,
} from '../../../../src/engine/logistic';
import { decaySteps, logSpacedSteps, phaseSteps } from '../../../../src/engine/logistic/schedule';
import { logisticRunSync } from '../../../../src/engine/logistic/sgd';
import { rngFor } from '../../../../src/engine/random/seed';

const P = { n: 200, dim: 6, sep: 3, flip: 0.1 };
const lambda = 0.01;

function randomW(dim: number, seed: number, scale = 1): Float64Array {
  const r = rngFor(seed, 'w');
  return Float64Array.from({ length: dim }, () => scale * r.normal());
}

describe('synthetic logistic dataset', () => {
  it('is a deterministic function of the seed (and changes with it)', () => {
    const a = makeDataset(P, 7, 'ds');
    const b = makeDataset(P, 7, 'ds');
    const c = makeDataset(P, 8, 'ds');
    expect(Array.from(b.X)).toEqual(Array.from(a.X));
    expect(Array.from(b.y)).toEqual(Array.from(a.y));
    expect(b.flipped).toBe(a.flipped);
    expect(Array.from(c.X)).not.toEqual(Array.from(a.X));
    for (const y of a.y) expect(Math.abs(y)).toBe(1);
  });

  it('flips about the stated fraction of labels (n = 20 000, flip = 0.1, 5 standard errors)', () => {
    const ds = makeDataset({ n: 20_000, dim: 2, sep: 1, flip: 0.1 }, 1, 'flip');
    expect(Math.abs(ds.flipped / ds.n - 0.1)).toBeLessThan(5 * Math.sqrt((0.1 * 0.9) / 20_000));
  });
});

describe('ridge logistic regression', () => {
  const ds = makeDataset(P, 3, 'model');

  it('full and per-example gradients match central finite differences (h = 1e-6, |error| ≤ 1e-7·(1 + |g|))', () => {
    const w = randomW(P.dim, 1, 0.7);
    const g = new Float64Array(P.dim);
    gradient(ds, lambda, w, g);
    const h = 1e-6;
    for (let j = 0; j < P.dim; j++) {
      const wp = w.slice();
      const wm = w.slice();
      wp[j] += h;
      wm[j] -= h;
      const fd = (loss(ds, lambda, wp) - loss(ds, lambda, wm)) / (2 * h);
      expect(Math.abs(fd - g[j])).toBeLessThan(1e-7 * (1 + Math.abs(g[j])));
    }
    // ∇f is the mean of the ∇fᵢ.
    const gi = new Float64Array(P.dim);
    const mean = new Float64Array(P.dim);
    for (let i = 0; i < ds.n; i++) {
      exampleGradient(ds, lambda, w, i, gi);
      for (let j = 0; j < P.dim; j++) mean[j] += gi[j] / ds.n;
    }
    for (let j = 0; j < P.dim; j++) expect(mean[j]).toBeCloseTo(g[j], 12);
  });

  it('the exact per-example noise equals the brute-force average (1/n)Σ‖∇fᵢ − ∇f‖² (relative 1e-12)', () => {
    for (const seed of [1, 2, 3]) {
      const w = randomW(P.dim, seed, 0.5 * seed);
      const gi = new Float64Array(P.dim);
      const all: Float64Array[] = [];
      const mean = new Float64Array(P.dim);
      for (let i = 0; i < ds.n; i++) {
        exampleGradient(ds, lambda, w, i, gi);
        all.push(gi.slice());
        for (let j = 0; j < P.dim; j++) mean[j] += gi[j] / ds.n;
      }
      let brute = 0;
      for (const v of all)
        for (let j = 0; j < P.dim; j++) brute += ((v[j] - mean[j]) * (v[j] - mean[j])) / ds.n;
      const exact = noiseAt(ds, lambda, w, new Float64Array(2 * P.dim));
      expect(Math.abs(exact.noise / brute - 1)).toBeLessThan(1e-12);
      let m2 = 0;
      for (const x of mean) m2 += x * x;
      expect(Math.abs(exact.grad2 / m2 - 1)).toBeLessThan(1e-12);
    }
  });

  it('the ridge minimiser (Newton) has zero gradient to 1e-8 and is a minimum', () => {
    for (const p of [P, { n: 1000, dim: 10, sep: 10, flip: 0 }, { n: 500, dim: 20, sep: 0.5, flip: 0.3 }]) {
      const d = makeDataset(p, 5, 'min');
      const lam = p.flip === 0 ? 1e-4 : lambda;
      const m = minimise(d, lam);
      const g = new Float64Array(p.dim);
      expect(Math.sqrt(gradient(d, lam, m.w, g))).toBeLessThan(1e-8);
      const near = m.w.slice();
      near[0] += 1e-3;
      expect(loss(d, lam, near)).toBeGreaterThan(m.fStar);
    }
  });
});

describe('step-decay schedule and the logistic SGD run', () => {
  it('divides the step at equal phase boundaries', () => {
    const s = { gamma: 1, decays: 2, factor: 10, steps: 30000 };
    expect(decaySteps(s)).toEqual([10000, 20000]);
    expect(phaseSteps(s)).toEqual([1, 0.1, 0.1 / 10]);
    const marks = logSpacedSteps(30000, 100);
    expect(marks[0]).toBe(1);
    expect(marks[marks.length - 1]).toBe(30000);
    for (let i = 1; i < marks.length; i++) expect(marks[i]).toBeGreaterThan(marks[i - 1]);
  });

  it('is deterministic, approaches f⋆, and its ε̂_T is a mean of ‖∇f‖² in the final window', () => {
    const p = { ...P, lambda, mb: 4, tol: 1e-2, gamma: 0.2, decays: 1, factor: 10, steps: 2000 };
    const a = logisticRunSync(p, 1, 'run');
    const b = logisticRunSync(p, 1, 'run');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.status).toBe('done');
    expect(a.gap[a.gap.length - 1]).toBeLessThan(a.gap[0]);
    expect(a.gap[a.gap.length - 1]).toBeGreaterThanOrEqual(-1e-12);
    expect(a.epsHat).toBeGreaterThan(0);
    expect(a.windowStart).toBe(2000 - 10 * 50);
    // The dataset depends on the seed and (n, dim, sep, flip) only, not on the run's settings.
    const c = logisticRunSync({ ...p, gamma: 0.1 }, 1, 'other');
    expect(c.fStar).toBe(a.fStar);
    expect(c.flipped).toBe(a.flipped);
  });
});
