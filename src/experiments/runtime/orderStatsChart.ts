import {
  estimateOrderStats,
  mergeOrderStats,
  type OrderStatAccumulator,
} from '../../engine/montecarlo/orderStatisticsMC';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import { type NamedDist, orderStatVarianceFinite } from '../serviceTime/distributions';
import { orderStatsCell } from './cells';
import { exactCurves } from './exact';
import { orderStatsFinding } from './orderStatsFinding';
import { collectRepetitions, quantileBand, simulationSeries } from './repetitions';

type S = Scenario<'runtime'>;

function simulated(s: S, results: CellResults, d: NamedDist): Point[] {
  const accs = collectRepetitions<OrderStatAccumulator>(s, results, (r) =>
    orderStatsCell(d.text, s.P, s.draws, r),
  );
  if (!accs) return [];
  const est = estimateOrderStats(accs.reduce(mergeOrderStats));
  const perRep = accs.map((a) => estimateOrderStats(a));
  return est.map((e, i): Point => {
    const K = i + 1;
    if (!Number.isFinite(e.value)) return { x: K, y: null, note: 'no finite estimate' };
    if (!orderStatVarianceFinite(d.dist, K, s.P))
      return { x: K, y: e.value, ...quantileBand(perRep.map((r) => r[i].value)) };
    return { x: K, y: e.value, lo: e.lo, hi: e.hi };
  });
}

/** [SS] Lemma 3: E[X_{K:P}], the time per update of K-sync SGD, against K. */
export function orderStatsChart(s: S, results: CellResults, dists: NamedDist[]): Chart {
  const series: Series[] = [];
  for (const d of dists) {
    const exact = exactCurves(d, s.Pmax, s.P, results);
    series.push({
      id: slug(d.text, 'exact'),
      label: `${d.text} exact`,
      kind: 'theory',
      colorIndex: d.colorIndex,
      source: exact?.formula ?? 'E[X_{K:P}] by quadrature (computing…)',
      points: (exact?.orderStats ?? []).map((v, i) =>
        v === null ? { x: i + 1, y: null, note: 'infinite mean' } : { x: i + 1, y: v },
      ),
    });
    const heavy = !orderStatVarianceFinite(d.dist, s.P, s.P);
    series.push(simulationSeries(s, d, heavy, 'normal theory', simulated(s, results, d)));
  }
  return {
    type: 'xy',
    id: 'order-stats-vs-k',
    title: `Expected K-th fastest of P = ${s.P} learner times`,
    cite: '[SS] Lemma 3, Sec. 4 (order statistics)',
    summary:
      `E[X_{K:P}] is the time per update of K-sync SGD: waiting for the fastest K of ${s.P} learners costs more the larger K is. ${orderStatsFinding(series)}`.trimEnd(),
    x: { label: 'K (learners waited for)', scale: 'linear' },
    y: { label: 'E[X_{K:P}]', scale: 'linear' },
    series,
  };
}
