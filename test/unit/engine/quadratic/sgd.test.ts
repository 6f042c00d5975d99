import { describe, expect, it } from 'vitest';
import { gaussian } from '../../../../src/engine/quadratic/gaussian';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { type SgdParams, SgdRun } from '../../../../src/engine/quadratic/sgd';
import type { TargetKind } from '../../../../src/engine/quadratic/target';
import { xoshiroFor } from '../../../../src/engine/random/seed';

const d = 20;
const lambda = 0.2;
const problem = makeQuadratic({ family: 'tridiag', d, lambda });

// Independent of the engine: eigenvalues and y0 from their definitions.
const H = Array.from({ length: d }, (_, k) => 2 - 2 * Math.cos(((k + 1) * Math.PI) / (d + 1)) + lambda);
const Y0 = Array.from({ length: d }, (_, k) => {
  let s = 0;
  for (let j = 1; j <= d; j++) s += Math.sqrt(2 / (d + 1)) * Math.sin((j * (k + 1) * Math.PI) / (d + 1)) * 10;
  return s;
});

/** Gradient descent in closed form, y_i(t) = (1 − γbh_i)^t y_i(0): the first t inside the target. */
function closedFormSteps(gammaB: number, target: TargetKind, tol: number): number {
  for (let t = 0; t < 1e6; t++) {
    let n2 = 0;
    let f = 0;
    for (let i = 0; i < d; i++) {
      const yi = (1 - gammaB * H[i]) ** t * Y0[i];
      n2 += yi * yi;
      f += 0.5 * H[i] * yi * yi;
    }
    const m = target === 'l2d' ? Math.sqrt(n2) / d : target === 'rms' ? Math.sqrt(n2 / d) : f;
    if (m <= tol) return t;
  }
  throw new Error('no convergence');
}

function params(over: Partial<SgdParams>): SgdParams {
  return { M: 0, sigma2: 0, noise: 'literal', b: 1, gamma: 0.1, mom: 0, target: 'l2d', tol: 0.1, ...over };
}

function runSteps(p: SgdParams, id = 'r', cap = 10_000_000, q = problem): { state: string; steps: number } {
  const run = new SgdRun(q);
  run.reset(p, xoshiroFor(1, id));
  run.advance(cap);
  return { state: run.state, steps: run.steps };
}

describe('noiseless mini-batch SGD is gradient descent', () => {
  it('needs exactly the closed-form number of steps, for each target', () => {
    for (const [target, tol] of [
      ['l2d', 0.1],
      ['rms', 0.1],
      ['gap', 0.01],
      ['l2d', 0.001],
    ] as const) {
      for (const gamma of [0.01, 0.1, 0.275, 0.45]) {
        const expected = closedFormSteps(gamma, target, tol);
        expect(runSteps(params({ gamma, target, tol }))).toEqual({ state: 'reached', steps: expected });
      }
    }
    expect(closedFormSteps(0.275, 'l2d', 0.1)).toBe(48); // the paper setting at its tuned k = 2
  });

  it('depends on b only through bγ: (b, γ) and (1, bγ) give identical iterates', () => {
    for (const b of [2, 16, 1024]) {
      const a = new SgdRun(problem);
      const c = new SgdRun(problem);
      a.reset(params({ b, gamma: 0.2 / b }), xoshiroFor(1, 'a'));
      c.reset(params({ b: 1, gamma: (0.2 / b) * b }), xoshiroFor(1, 'c'));
      for (let t = 1; t <= 60; t++) {
        a.advance(t);
        c.advance(t);
        expect(Array.from(a.coordinates())).toEqual(Array.from(c.coordinates()));
      }
      expect(a.state).toBe(c.state);
    }
  });

  it('with momentum follows the heavy-ball recurrence v ← mom·v + b∇f, x ← x − γv', () => {
    const mom = 0.6;
    const gamma = 0.05;
    const b = 2;
    const y = [...Y0];
    const v = new Array(d).fill(0);
    let t = 0;
    while (Math.sqrt(y.reduce((s, yi) => s + yi * yi, 0)) / d > 0.1) {
      for (let i = 0; i < d; i++) {
        v[i] = mom * v[i] + b * H[i] * y[i];
        y[i] -= gamma * v[i];
      }
      t++;
    }
    expect(runSteps(params({ mom, gamma, b }))).toEqual({ state: 'reached', steps: t });
  });
});

describe('batch noise', () => {
  it('a batch of b is one draw with the variance of b separate draws (b = 16, M = 5, σ² = 0.3)', () => {
    // One step from x0: the noise part of y1 is −γ(Σᵢ uᵢ); compare E‖Σuᵢ‖² with b separate draws
    // and with the closed form b·d·(M‖∇f(x0)‖² + σ²).
    const b = 16;
    const M = 5;
    const sigma2 = 0.3;
    const gamma = 1e-3;
    let g0 = 0;
    for (let i = 0; i < d; i++) g0 += (problem.h[i] * problem.y0[i]) ** 2;
    const s2 = M * g0 + sigma2;
    const n = 5000;
    let engine = 0;
    let separate = 0;
    const run = new SgdRun(problem);
    for (let r = 0; r < n; r++) {
      run.reset(params({ M, sigma2, b, gamma }), xoshiroFor(2, `batch|${r}`));
      run.advance(1);
      const y = run.coordinates();
      for (let i = 0; i < d; i++) {
        const u = ((1 - gamma * b * problem.h[i]) * problem.y0[i] - y[i]) / gamma;
        engine += u * u;
      }
      const rng = xoshiroFor(3, `separate|${r}`);
      for (let i = 0; i < d; i++) {
        let sum = 0;
        for (let j = 0; j < b; j++) sum += Math.sqrt(s2) * gaussian(rng);
        separate += sum * sum;
      }
    }
    const expected = b * d * s2;
    // Relative sd of each mean: √(2/(n·d)) = 0.0045; allow 5 sd.
    expect(Math.abs(engine / n / expected - 1)).toBeLessThan(0.0225);
    expect(Math.abs(separate / n / expected - 1)).toBeLessThan(0.0225);
  });

  it('coord has 1/d of literal’s variance', () => {
    const run = new SgdRun(problem);
    let lit = 0;
    let crd = 0;
    for (let r = 0; r < 2000; r++) {
      for (const noise of ['literal', 'coord'] as const) {
        run.reset(params({ M: 2, sigma2: 1, noise, gamma: 1e-3 }), xoshiroFor(4, `${r}`));
        run.advance(1);
        const y = run.coordinates();
        let e = 0;
        for (let i = 0; i < d; i++) e += ((1 - 1e-3 * problem.h[i]) * problem.y0[i] - y[i]) ** 2;
        if (noise === 'literal') lit += e;
        else crd += e;
      }
    }
    // Same streams, so the ratio is exact up to rounding.
    expect(lit / crd).toBeCloseTo(d, 8);
  });
});

describe('divergence and the cap', () => {
  it('diag family (every mode excited), M = σ = 0: γ > 2/(bL) diverges, γ < 2/(bL) converges', () => {
    const q = makeQuadratic({ family: 'diag', d, lambda, kappa: 18.79 });
    const b = 4;
    const edge = 2 / (b * q.L);
    expect(runSteps(params({ b, gamma: 1.01 * edge }), 'r', 10_000_000, q).state).toBe('diverged');
    const over = runSteps(params({ b, gamma: 1.05 * edge }), 'r', 10_000_000, q);
    expect(over.state).toBe('diverged');
    expect(Number.isInteger(over.steps)).toBe(true);
    // Detected early: the top mode grows by |1 − 2.1| = 1.1 per step, ln(1e12)/ln(1.1) ≈ 290 steps.
    expect(over.steps).toBeLessThan(320); // ln(4.5e12)/ln(1.1) ≈ 306 from y₂₀(0) = 10
    expect(runSteps(params({ b, gamma: 0.99 * edge }), 'r', 10_000_000, q).state).toBe('reached');
  });

  it('tridiag, M = σ = 0: the symmetric start never excites the top (even) mode, so 2/h₁₉ is the edge', () => {
    const b = 4;
    const between = (2 / (b * problem.L) + 2 / (b * problem.h[18])) / 2;
    expect(runSteps(params({ b, gamma: between })).state).toBe('reached');
    expect(runSteps(params({ b, gamma: 1.2 * (2 / (b * problem.h[18])) })).state).toBe('diverged');
    // Just past the edge the growing mode starts small (y₁₉(0) ≈ 0.23): the run passes through
    // the target (‖x‖ ≤ 2) before it blows up, and that counts as reached.
    expect(runSteps(params({ b, gamma: 1.01 * (2 / (b * problem.h[18])) })).state).toBe('reached');
    // Any noise excites every mode: then γ > 2/(bL) diverges, unless the target is met on the way
    // (the top mode grows only by |1 − γbL| ≈ 1.008 per step here), so ask for a target below the
    // noise floor.
    expect(runSteps(params({ b, gamma: between, sigma2: 1e-6, tol: 1e-6 })).state).toBe('diverged');
    expect(
      runSteps(params({ b, gamma: 0.9 * (2 / (b * problem.L)), sigma2: 1e-6, tol: 1e-6 }), 'r', 100_000)
        .state,
    ).toBe('running');
    expect(runSteps(params({ b, gamma: between, M: 1 })).state).toBe('diverged');
  });

  it('stops at the requested step count without reaching: the caller reports it as capped', () => {
    const run = new SgdRun(problem);
    run.reset(params({ M: 100, gamma: 1e-6 }), xoshiroFor(1, 'cap'));
    expect(run.advance(1000)).toBe('running');
    expect(run.steps).toBe(1000);
  });

  it('a start inside the target is reached in 0 steps', () => {
    expect(runSteps(params({ tol: 3 }))).toEqual({ state: 'reached', steps: 0 });
  });
});
