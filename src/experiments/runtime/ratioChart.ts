import { exponentialRate } from '../../engine/distributions';
import { ln } from '../../engine/math';
import {
  estimateMaxRatio,
  type MaxRatioAccumulator,
  mergeMaxRatio,
} from '../../engine/montecarlo/orderStatisticsMC';
import { harmonic } from '../../engine/special';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import { hasClosedForm, type NamedDist, orderStatVarianceFinite } from '../serviceTime/distributions';
import { maxRatioCell } from './cells';
import { exactCurves, ratioPoints } from './exact';
import { monteCarloGrid, theoryGrid } from './grid';
import { collectRepetitions, quantileBand, simulationSeries } from './repetitions';

type S = Scenario<'runtime'>;

function simulatedRatio(s: S, results: CellResults, d: NamedDist, heavy: boolean): Point[] {
  const points: Point[] = [];
  for (const P of monteCarloGrid(s.Pmax)) {
    const accs = collectRepetitions<MaxRatioAccumulator>(s, results, (r) =>
      maxRatioCell(d.text, P, s.draws, r),
    );
    if (!accs) continue;
    const est = estimateMaxRatio(accs.reduce(mergeMaxRatio), P);
    if (!Number.isFinite(est.value))
      points.push({ x: P, y: null, note: 'no finite estimate (infinite mean)' });
    else if (heavy)
      points.push({ x: P, y: est.value, ...quantileBand(accs.map((a) => estimateMaxRatio(a, P).value)) });
    else points.push({ x: P, y: est.value, lo: est.lo, hi: est.hi });
  }
  return points;
}

/** [SS] Theorem 1, Corollary 1, Fig. 5: E[T_sync]/E[T_async] = P·E[X_{P:P}]/E[X] against P. */
export function ratioChart(s: S, results: CellResults, dists: NamedDist[]): Chart {
  const series: Series[] = [];
  for (const d of dists) {
    series.push({
      id: slug(d.text, 'exact'),
      label: `${d.text} exact`,
      kind: 'theory',
      colorIndex: d.colorIndex,
      source: `[SS] Theorem 1: P·E[X_{P:P}]/E[X], E[X_{P:P}] ${hasClosedForm(d) ? 'in closed form' : 'by quadrature'}`,
      points: ratioPoints(exactCurves(d, s.Pmax, s.P, results)),
    });
    // Where X_{P:P} or X has infinite variance, a normal-theory interval is meaningless.
    const heavy = !orderStatVarianceFinite(d.dist, 1, 1);
    series.push(
      simulationSeries(
        s,
        d,
        heavy,
        'delta method for a ratio of means',
        simulatedRatio(s, results, d, heavy),
      ),
    );
  }
  if (dists.some((d) => exponentialRate(d.dist.spec) !== null)) {
    series.push({
      id: 'p-ln-p',
      label: 'P ln P (exp, Corollary 1)',
      kind: 'approximation',
      source: '[SS] Corollary 1: P·H_P ≈ P ln P for exponential times',
      points: theoryGrid(s.Pmax)
        .filter((P) => P >= 2)
        .map((P) => ({ x: P, y: P * ln(P) })),
    });
  }
  series.push({
    id: 'deterministic',
    label: 'P (no stragglers)',
    kind: 'reference',
    source: 'deterministic times: E[X_{P:P}] = E[X], so the ratio is P',
    points: [1, s.Pmax].map((P) => ({ x: P, y: P })),
  });
  const hp = Number((s.Pmax * harmonic(s.Pmax)).toPrecision(4));
  return {
    type: 'xy',
    id: 'sync-async-ratio',
    title: 'Expected runtime of fully synchronous over asynchronous SGD',
    cite: '[SS] Theorem 1, Corollary 1, Fig. 5',
    summary:
      'For the same number of updates, synchronous SGD waits for the slowest of P learners while Async SGD uses every finished gradient: the ratio P·E[X_{P:P}]/E[X] grows faster than P whenever times vary. ' +
      `For exponential times it is P·H_P = ${formatNumber(hp)} at P = ${s.Pmax}.`,
    x: { label: 'number of learners P', scale: 'log' },
    y: { label: 'E[T_sync] / E[T_async]', scale: 'log' },
    series,
  };
}
