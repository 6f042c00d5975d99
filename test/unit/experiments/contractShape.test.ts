import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/experiments/contract';
import { loadExperiment } from '../../../src/experiments/index';
import { runCell } from '../../../src/experiments/runCell';
import { defaultScenario } from '../../../src/scenario/codec';
import { type Scenario, VIEW_NAMES, type ViewName } from '../../../src/scenario/views';

const SLUG = /^[a-z0-9][a-z0-9.-]*$/;

async function chartsOf(view: ViewName, scenario: Scenario): Promise<Chart[]> {
  const exp = await loadExperiment(view);
  const results = new Map<string, unknown>();
  for (const cell of exp.cells(scenario as never))
    results.set(cell.id, await runCell(cell, scenario.seed, { checkpoint() {} }));
  return exp.charts(scenario as never, results);
}

function checkShape(charts: Chart[]) {
  const ids = new Set<string>();
  for (const c of charts) {
    expect(c.id).toMatch(SLUG);
    expect(ids.has(c.id)).toBe(false);
    ids.add(c.id);
    expect(c.title.length).toBeGreaterThan(0);
    if (c.type === 'table') {
      for (const row of c.rows) expect(row.length).toBe(c.columns.length);
      continue;
    }
    expect(['linear', 'log', 'band', 'time']).toContain(c.x.scale);
    expect(['linear', 'log', 'band', 'time']).toContain(c.y.scale);
    if (c.type !== 'xy') continue;
    const sids = new Set<string>();
    for (const s of c.series) {
      expect(s.id).toMatch(SLUG);
      expect(sids.has(s.id)).toBe(false);
      sids.add(s.id);
      for (const p of s.points) {
        expect(Number.isFinite(p.x)).toBe(true);
        if (p.y === null) expect(p.note).toBeTruthy();
        else expect(Number.isFinite(p.y)).toBe(true);
        for (const b of [p.lo, p.hi]) if (b !== undefined) expect(Number.isFinite(b)).toBe(true);
      }
    }
  }
}

describe("each view's default scenario yields charts of the contract's shape", () => {
  for (const view of VIEW_NAMES) {
    it(view, async () => {
      // Fewer draws keep this unit test fast; the shape does not depend on them.
      const s = {
        ...defaultScenario(view),
        ...(view === 'runtime' ? { draws: 200, seeds: 2, Pmax: 30 } : {}),
        ...(view === 'async' ? { taumax: 5, staumax: 3 } : {}),
        ...(view === 'kvariants' ? { J: 200, seeds: 2 } : {}),
        ...(view === 'race' ? { n: 200, seeds: 1, tmax: 20, Pmax: 2, Mmax: 1 } : {}),
      };
      const charts = await chartsOf(view, s as Scenario);
      expect(charts.length).toBeGreaterThan(0);
      checkShape(charts);
    });
  }
});

describe('speedup view against the closed form', () => {
  it('draws S(b) = b(M+1)/(M+b) and marks b_crit = M + 1 for σ⋆ = 0', async () => {
    const charts = await chartsOf('speedup', defaultScenario('speedup'));
    const c = charts.find((x) => x.id === 'speedup-vs-b');
    if (c?.type !== 'xy') throw new Error('no speedup chart');
    const m100 = c.series.find((s) => s.id === 'm-100')!;
    const at1024 = m100.points.find((p) => p.x === 1024)!;
    expect(at1024.y).toBeCloseTo((1024 * 101) / (100 + 1024), 10);
    expect(c.marks?.map((m) => m.value)).toEqual([1, 2, 11, 101, 1001, 10001]);
  });
});

describe('determinism', () => {
  it('gives identical numbers for the same scenario, and cell results independent of the other cells', async () => {
    const base = { ...defaultScenario('runtime'), draws: 200, seeds: 2, Pmax: 12 } as Scenario<'runtime'>;
    const a = await chartsOf('runtime', base);
    const b = await chartsOf('runtime', base);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Adding a distribution does not change the curves of the others.
    const c = await chartsOf('runtime', { ...base, dist: [...base.dist, 'lognormal(0,1)'] } as Scenario);
    const pick = (charts: Chart[]) => {
      const ch = charts.find((x) => x.id === 'sync-async-ratio');
      return ch?.type === 'xy' ? ch.series.find((s) => s.id === 'exp-1-mc') : undefined;
    };
    expect(pick(c)).toEqual(pick(a));
    expect(pick(a)?.points.length).toBeGreaterThan(5);
  });
});
