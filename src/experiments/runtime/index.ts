import type { Scenario } from '../../scenario/views';
import type { CellSpec } from '../cells';
import type { Experiment } from '../experiment';
import { densityChart } from '../serviceTime/densityChart';
import { hasClosedForm, namedDistributions } from '../serviceTime/distributions';
import { exactCurvesCell, maxRatioCell, orderStatsCell } from './cells';
import { monteCarloGrid } from './grid';
import { orderStatsChart } from './orderStatsChart';
import { ratioChart } from './ratioChart';
import { repetitions } from './repetitions';
import { summaryTable } from './summaryTable';

type S = Scenario<'runtime'>;

function cells(s: S): CellSpec[] {
  const out: CellSpec[] = [];
  // Exact curves by quadrature first (cheap), then Monte Carlo from small P up, so charts fill in from the left.
  for (const d of namedDistributions(s.dist))
    if (!hasClosedForm(d)) out.push(exactCurvesCell(d.text, s.Pmax, s.P));
  for (const P of monteCarloGrid(s.Pmax))
    for (const d of s.dist) for (const r of repetitions(s)) out.push(maxRatioCell(d, P, s.draws, r));
  for (const d of s.dist) for (const r of repetitions(s)) out.push(orderStatsCell(d, s.P, s.draws, r));
  return out;
}

export const runtimeExperiment: Experiment<'runtime'> = {
  view: 'runtime',
  cells,
  charts(s, results) {
    const dists = namedDistributions(s.dist);
    return [
      ratioChart(s, results, dists),
      orderStatsChart(s, results, dists),
      densityChart(dists),
      summaryTable(s, results, dists),
    ];
  },
};
