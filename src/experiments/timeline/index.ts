import { resultOf } from '../defineCell';
import type { Experiment } from '../experiment';
import { timelineCell } from './cells';
import { ganttChart } from './ganttChart';
import { cellParams, timelineSetup } from './setup';
import { statsTable } from './statsTable';

/** [SS] Figs. 3–4: each chosen variant's run as a Gantt chart, all from the same random draws. */
export const timelineExperiment: Experiment<'timeline'> = {
  view: 'timeline',
  cells(s) {
    const setup = timelineSetup(s);
    return setup.variants.map((v) => timelineCell(cellParams(setup, v)));
  },
  charts(s, results) {
    const setup = timelineSetup(s);
    const traces = setup.variants.map((v) => resultOf(results, timelineCell(cellParams(setup, v))));
    return [...setup.variants.map((v, i) => ganttChart(setup, v, traces[i])), statsTable(setup, traces)];
  },
};
