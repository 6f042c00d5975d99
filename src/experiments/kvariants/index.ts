import type { CellSpec } from '../cells';
import type { Experiment } from '../experiment';
import { densityChart } from '../serviceTime/densityChart';
import { detailTable, distributionTable, stalenessChart, tailChart } from './detailCharts';
import { closedCellOf, curveCellsOf, detailCellOf, distsOf, repGroupsOf, type S, variantsOf } from './setup';
import { theorem2Chart } from './theorem2Chart';
import { timeChart } from './timeChart';

function cells(s: S): CellSpec[] {
  // The closed forms' inputs first (no randomness, milliseconds), the detail K next (small), then
  // the curves repetition by repetition, so every variant's curve appears early and its band
  // tightens as repetitions arrive.
  const dists = distsOf(s);
  const out: CellSpec[] = dists.map((d) => closedCellOf(s, d));
  for (const reps of repGroupsOf(s))
    for (const d of dists) for (const v of variantsOf(s)) out.push(detailCellOf(s, d, v, reps));
  for (const reps of repGroupsOf(s))
    for (const d of dists) for (const v of variantsOf(s)) out.push(...curveCellsOf(s, d, v, reps));
  return out;
}

export const kvariantsExperiment: Experiment<'kvariants'> = {
  view: 'kvariants',
  cells,
  charts: (s, results) => [
    ...distsOf(s).map((d) => timeChart(s, results, d)),
    ...[theorem2Chart(s, results)].filter((c) => c !== null),
    stalenessChart(s, results),
    detailTable(s, results),
    distributionTable(s, results),
    densityChart(distsOf(s)),
    tailChart(s),
  ],
};
