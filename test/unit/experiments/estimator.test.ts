import { describe, expect, it } from 'vitest';
import { bHat, decayRunSync, exampleNoise, trajectorySync } from '../../../src/engine/quadratic';
import { fillGaussians } from '../../../src/engine/quadratic/gaussian';
import { xoshiroFor } from '../../../src/engine/random/seed';
import type { Chart, XYChart } from '../../../src/experiments/contract';
import { estimatorExperiment } from '../../../src/experiments/estimator';
import { decayParams, logisticCell } from '../../../src/experiments/estimator/cells';
import { runCell } from '../../../src/experiments/runCell';
import { defaultScenario } from '../../../src/scenario/codec';
import type { Scenario } from '../../../src/scenario/views';

type S = Scenario<'estimator'>;

async function chartsOf(s: S): Promise<{ charts: Chart[]; results: Map<string, unknown> }> {
  const results = new Map<string, unknown>();
  for (const cell of estimatorExperiment.cells(s))
    results.set(cell.id, await runCell(cell, s.seed, { checkpoint() {} }));
  return { charts: estimatorExperiment.charts(s, results), results };
}

const xy = (charts: Chart[], id: string) => {
  const c = charts.find((x) => x.id === id);
  if (c?.type !== 'xy') throw new Error(`no xy chart ${id}`);
  return c as XYChart;
};

describe('Eq. 9 on the quadratic', () => {
  it('E[1 + ‖g − ∇f‖²/(‖∇f‖² + ε̂)] = 1 + (M‘‖∇f‖² + σ‘²)/(‖∇f‖² + ε̂): closed form vs 20 000 draws at a fixed point (relative 1 %, > 5 standard errors)', () => {
    // A fixed point x (eigen-coordinates), the noise drawn as the runs draw it: u = s·z, s² = α‖∇f‖² + β.
    const s = defaultScenario('estimator') as S;
    for (const [M, sigma2, noise] of [
      [1, 0.01, 'literal'],
      [0.1, 2, 'coord'],
      [0, 0.5, 'literal'],
    ] as const) {
      const p = { M, sigma2, noise };
      const d = s.d;
      const y = Float64Array.from({ length: d }, (_, i) => 0.3 * (i + 1) - 2);
      const h = Float64Array.from({ length: d }, (_, i) => 0.2 + (4 * (i + 1)) / (d + 1));
      let g2 = 0;
      for (let i = 0; i < d; i++) g2 += h[i] * y[i] * (h[i] * y[i]);
      const alpha = noise === 'literal' ? M : M / d;
      const beta = noise === 'literal' ? sigma2 : sigma2 / d;
      const sd = Math.sqrt(alpha * g2 + beta);
      const rng = xoshiroFor(1, `mc|${M}|${sigma2}|${noise}`);
      const z = new Float64Array(d);
      const draws = 20_000;
      let sum = 0;
      for (let k = 0; k < draws; k++) {
        fillGaussians(rng, z, d);
        let u2 = 0;
        for (let i = 0; i < d; i++) u2 += sd * z[i] * (sd * z[i]);
        sum += u2;
      }
      const epsHat = 0.05;
      const mc = 1 + sum / draws / (g2 + epsHat);
      const Mp = noise === 'literal' ? d * M : M;
      const sp = noise === 'literal' ? d * sigma2 : sigma2;
      const closed = 1 + (Mp * g2 + sp) / (g2 + epsHat);
      expect(bHat(exampleNoise(p, d, g2), g2, epsHat)).toBeCloseTo(closed, 10);
      // relative sd of the noise mean √(2/(draws·d)) ≈ 2.2e-3
      expect(Math.abs(mc / closed - 1)).toBeLessThan(0.01);
    }
  });

  it('the step-decay run without decays follows the quadratic engine’s own SGD (same stream, relative 1e-6)', () => {
    const s = {
      ...(defaultScenario('estimator') as S),
      decays: 0,
      steps: 3000,
      tol: 1e-9,
      target: 'gap' as const,
    };
    const p = decayParams(s);
    const run = decayRunSync({ ...p, points: 50 }, 1, 'same');
    const ref = trajectorySync({ ...p, b: p.mb, cap: p.steps, points: 50 }, 1, 'same');
    let compared = 0;
    ref.steps.forEach((t, i) => {
      const j = run.steps.indexOf(t);
      if (j < 0) return;
      compared++;
      expect(Math.abs(run.grad2[j] / ref.grad2[i] - 1)).toBeLessThan(1e-6);
    });
    expect(compared).toBeGreaterThan(30);
  });
});

describe('estimator view', () => {
  it('the default link yields the four charts, with b̂ as stated and b̂_crit marked on both axes', async () => {
    const s = defaultScenario('estimator') as S;
    const t0 = performance.now();
    const { charts, results } = await chartsOf(s);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(charts.map((c) => c.id)).toEqual([
      'bhat-quadratic',
      'steps-vs-b-estimator',
      'bhat-logistic',
      'logistic-dataset',
    ]);
    const q = xy(charts, 'bhat-quadratic');
    const final = q.series.find((x) => x.id === 'final')!;
    const run = decayRunSync(decayParams(s), s.seed, estimatorExperiment.cells(s)[0].id);
    expect(run.epsHat).not.toBeNull();
    // b̂ is exactly 1 + (M'‖∇f‖² + σ'²)/(‖∇f‖² + ε̂_T) on the recorded path (literal: M' = dM, σ'² = dσ²).
    final.points.forEach((pt, i) => {
      const g2 = run.grad2[i];
      expect(pt.y).toBeCloseTo(1 + (s.d * s.M * g2 + s.d * s.sigma2) / (g2 + run.epsHat!), 8);
    });
    // With σ² > 0, b̂ rises as the gradient shrinks: the end is far above the start.
    expect(final.points[final.points.length - 1].y!).toBeGreaterThan(10 * final.points[0].y!);
    const crit = q.marks!.find((m) => m.axis === 'y')!;
    const steps = xy(charts, 'steps-vs-b-estimator');
    expect(steps.marks!.find((m) => m.axis === 'x')!.value).toBe(crit.value);
    expect(steps.series[0].points.length).toBe(s.bmax + 1);
    const log = xy(charts, 'bhat-logistic');
    expect(log.series.map((x) => x.id)).toEqual(['live', 'final', 'b-simple']);
    const lr = results.get(logisticCell(s).id) as { noise: number[]; grad2: number[] };
    const simple = log.series.find((x) => x.id === 'b-simple')!;
    simple.points.forEach((pt, i) => {
      expect(pt.y).toBeCloseTo(lr.noise[i] / lr.grad2[i], 10);
    });
    for (const c of charts) {
      expect(c.cite).toBeTruthy();
      expect(c.summary).toBeTruthy();
      if (c.type === 'xy') for (const sr of c.series) expect(sr.source).toBeTruthy();
    }
  });

  it('a diverging step gives null points with notes, never numbers', async () => {
    const s = { ...(defaultScenario('estimator') as S), gamma: 1, lgamma: 1e6, bmax: 1, epochs: 2 };
    const { charts } = await chartsOf(s);
    const q = xy(charts, 'bhat-quadratic');
    const last = q.series[0].points[q.series[0].points.length - 1];
    expect(last.y).toBeNull();
    expect(last.note).toMatch(/diverged/);
  });
});
