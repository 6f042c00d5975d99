import type { Scenario } from '../../scenario/views';
import type { CellSpec } from '../cells';
import type { Experiment } from '../experiment';
import { tuneCell } from '../minibatch/cells';
import { batchSizes, decayCell, logisticCell, tuneParamsAt } from './cells';
import { datasetTable, logisticChart, quadraticChart, stepsChart } from './charts';

type S = Scenario<'estimator'>;

function cells(s: S): CellSpec[] {
  // The one-run estimates first (cheap, and the third chart's mark needs the first), then b = 1
  // (every ratio needs it), then the other batch sizes.
  const out: CellSpec[] = [decayCell(s), logisticCell(s)];
  for (const b of batchSizes(s.bmax)) out.push(tuneCell(tuneParamsAt(s, b)));
  return out;
}

export const estimatorExperiment: Experiment<'estimator'> = {
  view: 'estimator',
  cells,
  charts: (s, results) => [
    quadraticChart(s, results),
    stepsChart(s, results),
    logisticChart(s, results),
    datasetTable(s, results),
  ],
};
