import type { Scenario } from '../../scenario/views';
import type { CellSpec } from '../cells';
import type { Experiment } from '../experiment';
import { tuneCell } from '../minibatch/cells';
import { minibatchParams, parallelism, sparseParams, sparseTaus } from './params';
import { asyncCell } from './results';
import { measureCell, sparseCell } from './sparseCells';
import { maskChart, measuredMChart, measureParams, sparsitySpeedupChart, table1Chart } from './sparseCharts';
import { speedupChart } from './speedupChart';
import { stepChart } from './stepChart';

type S = Scenario<'async'>;

function cells(s: S): CellSpec[] {
  // τ = 1 of every M first (every ratio needs it), then growing τ, small M first: cheap points first.
  const out: CellSpec[] = [];
  const Ms = [...s.M].sort((a, b) => a - b);
  const ns = parallelism(s);
  for (const M of Ms) out.push(asyncCell(s, M, 1), tuneCell(minibatchParams(s, M, s.b)));
  for (const n of ns.slice(1))
    for (const M of Ms) out.push(asyncCell(s, M, n), tuneCell(minibatchParams(s, M, s.b * n)));
  // (At n = 1 both are the same cell unless delay=hogwild: listed once below.)
  // Sec. 6: the measurement, then blocks and masks by growing τ.
  out.push(measureCell(measureParams(s)));
  for (const tau of sparseTaus(s))
    for (const kind of ['block', 'mask'] as const)
      for (const delta of s.Delta) out.push(sparseCell(sparseParams(s, kind, delta, tau)));
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

export const asyncExperiment: Experiment<'async'> = {
  view: 'async',
  cells,
  charts: (s, results) => [
    speedupChart(s, results),
    stepChart(s, results),
    sparsitySpeedupChart(s, results),
    table1Chart(s, results),
    maskChart(s, results),
    measuredMChart(s, results),
  ],
};
