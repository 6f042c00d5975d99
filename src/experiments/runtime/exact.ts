import { expectedOrderStatistic, syncAsyncRatio } from '../../engine/orderStatistics';
import type { CellResults } from '../cells';
import type { Point } from '../contract';
import { resultOf } from '../defineCell';
import { hasClosedForm, type NamedDist } from '../serviceTime/distributions';
import { type ExactCurves, exactCurvesCell } from './cells';
import { theoryGrid } from './grid';

/**
 * The exact curves of one distribution: computed here for closed-form families, read from the
 * quadrature cell for the others (null until that cell has finished).
 */
export function exactCurves(d: NamedDist, Pmax: number, P: number, results: CellResults): ExactCurves | null {
  if (!hasClosedForm(d)) return resultOf(results, exactCurvesCell(d.text, Pmax, P)) ?? null;
  const orderStats: (number | null)[] = [];
  for (let K = 1; K <= P; K++) {
    const e = expectedOrderStatistic(d.dist, K, P);
    orderStats.push(e.finite ? e.value : null);
  }
  return {
    ratio: theoryGrid(Pmax).map((p) => {
      const r = syncAsyncRatio(d.dist, p);
      return r.finite ? { P: p, value: r.value } : { P: p, value: null, note: r.note ?? 'infinite mean' };
    }),
    orderStats,
    formula: expectedOrderStatistic(d.dist, 1, 1).formula,
  };
}

export function ratioPoints(curves: ExactCurves | null): Point[] {
  return (curves?.ratio ?? []).map((r) =>
    r.value === null ? { x: r.P, y: null, note: r.note ?? 'infinite mean' } : { x: r.P, y: r.value },
  );
}
