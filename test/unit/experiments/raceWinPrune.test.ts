// The who-wins map's pruning (src/experiments/race/winSteps.ts) against the full runs: every racer's
// best (mean time and step), every map cell's winner, runner-up and margin, and the whole chart are
// the same with and without it, on a grid of P, M, compute-time distributions, targets and seeds.

import { describe, expect, it } from 'vitest';
import type { WinCellParams } from '../../../src/experiments/race/cells';
import type { S } from '../../../src/experiments/race/setup';
import { bestStep, type WinResult } from '../../../src/experiments/race/winSteps';
import { MAP_SEEDS, RACERS, winCells, winsChart } from '../../../src/experiments/race/winsChart';
import { defaultScenario } from '../../../src/scenario/codec';

const ctl = { checkpoint() {} };

async function runMap(s: S, cellFilter: (p: WinCellParams) => boolean, prune: boolean) {
  const { winRuns } = await import('../../../src/experiments/race/cells');
  const results = new Map<string, unknown>();
  const params = new Map<string, WinCellParams>();
  for (const cell of winCells(s)) {
    const p = cell.params as unknown as WinCellParams;
    if (!cellFilter(p)) continue;
    params.set(cell.id, p);
    results.set(cell.id, await winRuns(p, s.seed, ctl, prune));
  }
  return { results: results as Map<string, WinResult>, params };
}

/** What the chart reads of one map cell (P, M): each racer's best, the winner, the runner-up, the margin. */
function readout(results: Map<string, WinResult>, params: Map<string, WinCellParams>) {
  const byCell = new Map<string, { racer: string; time: number; eta: number }[]>();
  const bests: Record<string, unknown> = {};
  for (const [id, res] of results) {
    const p = params.get(id) as WinCellParams;
    const key = `P=${p.run.P} M=${(p.run.problem as { M: number }).M}`;
    const racer = RACERS.find((r) => r.variant === p.run.variant)?.id as string;
    const b = bestStep(res, MAP_SEEDS);
    bests[`${key} ${racer}`] = b;
    const list = byCell.get(key) ?? [];
    if (b) list.push({ racer, ...b });
    byCell.set(key, list);
  }
  const cells: Record<string, unknown> = {};
  for (const [key, list] of byCell) {
    list.sort((a, b) => a.time - b.time);
    cells[key] =
      list.length === 0
        ? 'nobody reached'
        : {
            winner: list[0],
            runnerUp: list[1] ?? null,
            margin: list.length > 1 ? list[1].time / list[0].time : null,
          };
  }
  return { bests, cells };
}

/** How much the pruning did, so that the grid is known to exercise it. */
function effect(full: Map<string, WinResult>, pruned: Map<string, WinResult>) {
  let runsFull = 0;
  let runsPruned = 0;
  let cutByHorizon = 0;
  let laterStepBest = 0;
  let noBest = 0;
  for (const [id, res] of full) {
    const pr = pruned.get(id) as WinResult;
    for (let i = 0; i < res.length; i++) {
      runsFull += res[i].times.length;
      runsPruned += pr[i].times.length;
      // a repetition that reached with the full horizon but was cut off by a shorter one
      pr[i].times.forEach((t, r) => {
        if (t === null && res[i].times[r] !== null) cutByHorizon++;
      });
    }
    const b = bestStep(res, MAP_SEEDS);
    if (b === null) noBest++;
    else if (b.eta !== res[0].eta) laterStepBest++;
  }
  return { runsFull, runsPruned, cutByHorizon, laterStepBest, noBest };
}

const scenario = (o: Partial<S>) => ({ ...defaultScenario('race'), ...o }) as S;

describe('who-wins map pruning', () => {
  // P: 1, 2, 3, 6, 11, 20, 35, 64; M: 0, then 0.1 … 100 (or … 1000) log-spaced. A few of each.
  const someP = new Set([1, 3, 11, 64]);
  // (Pmax = 11 gives P = 1, 2, 3, 4, 6, 8, 11: 1, 3 and 11 kept.)
  const settings: { s: S; Ms: number[] }[] = [];
  for (const dist of ['exp(1)', 'det(1)', 'pareto(1.5,1)', 'lognormal(0,1)'])
    for (const seed of [1, 2])
      settings.push({ s: scenario({ dist: [dist], seed, eps: seed === 1 ? 1 : 0.01 }), Ms: [0, 3.2, 32] });
  settings.push({ s: scenario({ dist: ['exp(1)'], seed: 3, Mmax: 1000, Pmax: 11 }), Ms: [1000] });
  settings.push({ s: scenario({ dist: ['uniform(0.5,1.5)'], seed: 4, mb: 4, eps: 0.1 }), Ms: [0, 10] });

  it('leaves every racer’s best (time, step) and every cell’s winner, runner-up and margin unchanged', async () => {
    const total = { runsFull: 0, runsPruned: 0, cutByHorizon: 0, laterStepBest: 0, noBest: 0 };
    for (const { s, Ms } of settings) {
      const keep = (p: WinCellParams) =>
        someP.has(p.run.P) && Ms.includes((p.run.problem as { M: number }).M);
      const full = await runMap(s, keep, false);
      const pruned = await runMap(s, keep, true);
      expect(full.results.size).toBeGreaterThanOrEqual(3 * Ms.length * RACERS.length);
      expect(readout(pruned.results, pruned.params), `${s.dist[0]} seed ${s.seed} eps ${s.eps}`).toEqual(
        readout(full.results, full.params),
      );
      const e = effect(full.results, pruned.results);
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += e[k];
    }
    // The grid exercises what could go wrong: steps cut by a shorter horizon, bests that are not the
    // first step (so a pruned step is in competition), racers that never reach, and real savings.
    expect(total.cutByHorizon).toBeGreaterThan(10);
    expect(total.laterStepBest).toBeGreaterThan(10);
    expect(total.noBest).toBeGreaterThan(0);
    expect(total.runsPruned).toBeLessThan(0.8 * total.runsFull);
  }, 600_000);

  it('draws byte-identical maps (values, labels, summary) on small maps', async () => {
    for (const s of [
      scenario({ Pmax: 8, Mmax: 10, seed: 5 }),
      scenario({ Pmax: 4, Mmax: 10, dist: ['det(1)'], eps: 0.01, seed: 6 }),
      scenario({ Pmax: 6, Mmax: 1, dist: ['pareto(2,1)'], eps: 0.001, seed: 7 }),
    ]) {
      const all = () => true;
      const full = await runMap(s, all, false);
      const pruned = await runMap(s, all, true);
      expect(JSON.stringify(winsChart(s, pruned.results))).toBe(JSON.stringify(winsChart(s, full.results)));
      expect(effect(full.results, pruned.results).runsPruned).toBeLessThan(
        effect(full.results, pruned.results).runsFull,
      );
    }
  }, 600_000);
});
