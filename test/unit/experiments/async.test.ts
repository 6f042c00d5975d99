import { beforeAll, describe, expect, it } from 'vitest';
import { asyncExperiment } from '../../../src/experiments/async';
import type { Chart, XYChart } from '../../../src/experiments/contract';
import { runCell } from '../../../src/experiments/runCell';
import { defaultScenario, parseLinkForPage } from '../../../src/scenario/codec';
import type { Scenario } from '../../../src/scenario/views';

type S = Scenario<'async'>;

async function chartsOf(s: S): Promise<Chart[]> {
  const results = new Map<string, unknown>();
  for (const cell of asyncExperiment.cells(s))
    results.set(cell.id, await runCell(cell, s.seed, { checkpoint() {} }));
  return asyncExperiment.charts(s, results);
}

function xy(charts: Chart[], id: string): XYChart {
  const c = charts.find((x) => x.id === id);
  if (c?.type !== 'xy') throw new Error(`no chart ${id}`);
  return c;
}

const yAt = (c: XYChart, series: string, x: number) => {
  const p = c.series.find((s) => s.id === series)?.points.find((q) => q.x === x);
  if (!p || p.y === null) throw new Error(`no value for ${series} at ${x}`);
  return p.y;
};

describe('async view, Sec. 6 on B = 1/Δ blocks (the default Δ = 1, 1/4, 1/16; τ up to 2⁸)', () => {
  let charts: Chart[];
  beforeAll(async () => {
    charts = await chartsOf({ ...defaultScenario('async'), M: [10], taumax: 2, staumax: 8 });
  }, 60_000);

  it('speeds up almost linearly up to τ = 1/Δ and not beyond (Δ = 1/4 and 1/16)', () => {
    const c = xy(charts, 'sparsity-speedup');
    for (const B of [4, 16]) {
      // Relative parallel time at τ = B within 1.5× of linear speedup (1/τ) ...
      expect(yAt(c, `delta-${B}`, B)).toBeLessThan(1.5 / B);
      // ... and at τ = 16B at least 4× above it: saturated.
      expect(yAt(c, `delta-${B}`, Math.min(16 * B, 256))).toBeGreaterThan(4 / Math.min(16 * B, 256));
    }
    // Δ = 1 (one block, no noise): delays buy nothing, parallel time stays within 10 % of τ = 1's.
    for (const tau of [2, 16, 256]) expect(yAt(c, 'delta-1', tau)).toBeGreaterThan(0.9);
  });

  it('places the simulated saturation on Table 1’s slope −1: τ_sat·Δ between 1 and 4', () => {
    const sim = xy(charts, 'table-1').series.find((s) => s.id === 'simulated')!;
    const pts = sim.points.filter((p) => p.x < 1);
    expect(pts.length).toBe(2);
    for (const p of pts) {
      expect(p.y! * p.x).toBeGreaterThanOrEqual(1);
      expect(p.y! * p.x).toBeLessThanOrEqual(4);
    }
  });

  it('measures 1 + M = 1/Δ without base noise and (1 + M₀)/Δ with it (within 5 %)', () => {
    const c = xy(charts, 'sparsity-m');
    for (const kind of ['block', 'mask'])
      for (const m0 of [0, 1]) {
        const pts = c.series.find((s) => s.id === `${kind}-m0-${m0}`)!.points;
        expect(pts.length).toBe(3);
        const expected = [1, 4, 16].map((B) => B * (1 + m0));
        pts.forEach((p, i) => {
          expect(Math.abs(p.y! / expected[i] - 1)).toBeLessThan(0.05);
        });
      }
  });

  it('Sec. 6.2: masking never saves parallel time (α = 1 within 5 % of the best at every τ)', () => {
    const c = xy(charts, 'mask-steps');
    for (const tau of [1, 4, 16, 64, 256]) {
      const best = Math.min(...['alpha-1', 'alpha-4', 'alpha-16'].map((id) => yAt(c, id, tau)));
      expect(yAt(c, 'alpha-1', tau)).toBeLessThanOrEqual(best * 1.05);
    }
    // Masking costs steps where delays are small: α = 16 needs > 4× the parallel time at τ = 1.
    expect(yAt(c, 'alpha-16', 1)).toBeGreaterThan(4 * yAt(c, 'alpha-1', 1));
  });
});

describe('async view, Fig. 4', () => {
  it('relative parallel time is 1 at τ = 1, falls near-linearly while b·τ ≪ M′ and saturates far beyond', async () => {
    const s = { ...defaultScenario('async'), M: [0, 100], taumax: 12, staumax: 1, Delta: [1] } as S;
    const charts = await chartsOf(s);
    const c = xy(charts, 'async-speedup');
    expect(yAt(c, 'm-100', 1)).toBe(1);
    // M = 100 (M′ = dM = 2000): at τ = 16 still within 2× of linear speedup.
    expect(yAt(c, 'm-100', 16)).toBeLessThan(2 / 16);
    // M = 0: no noise, so delays cannot help — parallel time at τ = 64 is at least 1/4 of τ = 1's.
    expect(yAt(c, 'm-0', 64)).toBeGreaterThan(0.25);
    // The tuned step falls with τ beyond the critical level.
    const g = xy(charts, 'async-step');
    expect(yAt(g, 'm-100', 4096)).toBeLessThan(yAt(g, 'm-100', 1) / 4);
  }, 60_000);

  it('with delay=learners the axis is P = 1 … ≤ Pmax', () => {
    const s = { ...defaultScenario('async'), delay: 'learners', Pmax: 100 } as S;
    const ids = asyncExperiment.cells(s).filter((c) => c.kind === 'learnerstune');
    const Ps = [...new Set(ids.map((c) => (c.params as { P: number }).P))].sort((a, b) => a - b);
    // P = 1 is sequential SGD bit for bit: the mini-batch cell at b = 1 stands for it.
    expect(Ps).toEqual([2, 4, 8, 16, 32, 64]);
    expect(
      asyncExperiment.cells(s).some((c) => c.kind === 'tune' && (c.params as { b: number }).b === 1),
    ).toBe(true);
  });
});

describe('async link parameters', () => {
  it('rounds Δ to 1/B with a notice, and keeps exact 1/B silently', () => {
    const r = parseLinkForPage('?v=1&view=async&Delta=0.3,0.125&seed=1');
    expect((r.scenario as S).Delta).toEqual([1 / 3, 0.125]);
    expect(r.notices.join(' ')).toContain('rounded to 1/3');
    expect(r.notices.length).toBe(1);
  });
});
