import type { CellSpec } from '../cells';
import type { Experiment } from '../experiment';
import { boundsChart } from './boundsChart';
import { eq13Chart, errorChart, infoCellOf, runCellsOf, scheduleChart, testErrorChart } from './errorCharts';
import { contestants, type S } from './setup';
import { winCells, winsChart } from './winsChart';

function cells(s: S): CellSpec[] {
  // The problem's constants first (a short cell: Fig. 8's bounds), then Fig. 8 (the chosen rule),
  // then Fig. 9 (Async with a fixed step and with Eq. 13), then the map.
  const info = infoCellOf(s);
  const out: CellSpec[] = info ? [info] : [];
  for (const c of contestants(s)) out.push(...runCellsOf(s, c, s.lr));
  const async = contestants(s).find((c) => c.id === 'async')!;
  out.push(...runCellsOf(s, async, 'fixed'), ...runCellsOf(s, { ...async, colorIndex: 3 }, 'eq13'));
  out.push(...winCells(s));
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

export const raceExperiment: Experiment<'race'> = {
  view: 'race',
  cells,
  charts: (s, results) => [
    boundsChart(s),
    errorChart(s, results),
    ...[testErrorChart(s, results), scheduleChart(s, results)].filter((c) => c !== null),
    eq13Chart(s, results),
    winsChart(s, results),
  ],
};
