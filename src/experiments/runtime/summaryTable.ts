import { formatSignificant } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import type { Chart } from '../contract';
import type { NamedDist } from '../serviceTime/distributions';
import { exactCurves } from './exact';

const fmt = (x: number) => formatSignificant(x, 6);

/** Each distribution's meaning, moments and the ratio at Pmax, in words and numbers. */
export function summaryTable(s: Scenario<'runtime'>, results: CellResults, dists: NamedDist[]): Chart {
  return {
    type: 'table',
    id: 'distributions',
    title: 'Service-time distributions',
    cite: '[SS] Sec. 4; parameterisations: the README’s conventions',
    columns: [
      'distribution',
      'meaning',
      'E[X]',
      'Var[X]',
      `E[X_{P:P}], P = ${s.Pmax}`,
      `ratio at P = ${s.Pmax}`,
    ],
    rows: dists.map((d) => {
      const exact = exactCurves(d, s.Pmax, s.P, results);
      const last = exact?.ratio[exact.ratio.length - 1];
      const ratio = last ? (last.value === null ? (last.note ?? 'infinite') : fmt(last.value)) : 'computing…';
      const maxMean = last
        ? last.value === null
          ? 'infinite'
          : fmt((last.value * d.dist.mean) / s.Pmax)
        : 'computing…';
      return [d.text, d.dist.label, fmt(d.dist.mean), fmt(d.dist.variance), maxMean, ratio];
    }),
  };
}
