import type { Scenario } from '../../scenario/views';
import type { CellSpec } from '../cells';
import type { Experiment } from '../experiment';
import { batchSizes, tuneParams } from '../quadratic/fromScenario';
import { trajectoriesCell, tuneCell } from './cells';
import { problemTable } from './problemTable';
import { speedupChart } from './speedupChart';
import { stepChart } from './stepChart';
import { trajectoryChart } from './trajectoryChart';

type S = Scenario<'minibatch'>;

function cells(s: S): CellSpec[] {
  // b = 1 of every M first (every ratio needs it), then the rest from small M up: cheap points first.
  const out: CellSpec[] = [];
  const Ms = [...s.M].sort((a, b) => a - b);
  for (const M of Ms) out.push(tuneCell(tuneParams(s, M, 1)));
  for (const M of Ms) for (const b of batchSizes(s.bmax).slice(1)) out.push(tuneCell(tuneParams(s, M, b)));
  out.push(trajectoriesCell(tuneParams(s, s.runM, s.runb), s.gamma));
  return out;
}

export const minibatchExperiment: Experiment<'minibatch'> = {
  view: 'minibatch',
  cells,
  charts: (s, results) => [
    speedupChart(s, results),
    stepChart(s, results, 'averaged'),
    stepChart(s, results, 'summed'),
    trajectoryChart(s, results),
    problemTable(s),
  ],
};
