import { exponentialRate } from '../../engine/distributions';
import { theorem2Ratio } from '../../engine/events';
import type { CellResults } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import { paperModel } from './cells';
import { curveParams, distsOf, modelWords, type S } from './setup';
import { curves } from './timeChart';

/**
 * [SS] Theorem 2: E[T_K-async]/E[T_K-batch-async] against K — the simulated ratio of means for
 * every distribution, and P·(H_P − H_{P−K})/K for exponential times.
 */
export function theorem2Chart(s: S, results: CellResults): Chart | null {
  if (!s.variants.includes('kasync') || !s.variants.includes('kbatchasync')) return null;
  const series: Series[] = [];
  let exponential = false;
  for (const d of distsOf(s)) {
    const a = curves(s, results, d, 'kasync');
    const b = curves(s, results, d, 'kbatchasync');
    const points: Point[] = [];
    if (a && b)
      for (let k = 0; k < s.P; k++) {
        const ma = a.reduce((acc, c) => acc + c[k], 0);
        const mb = b.reduce((acc, c) => acc + c[k], 0);
        points.push({ x: k + 1, y: ma / mb });
      }
    series.push({
      id: slug(d.text, 'ratio'),
      label: `${d.text} simulated`,
      kind: 'simulation',
      colorIndex: d.colorIndex,
      source: `ratio of the mean total times of K-async and K-batch-async over the repetitions (${modelWords(s)})`,
      points,
    });
    if (exponentialRate(d.dist.spec) !== null && paperModel(curveParams(s, d, 'kasync', [])))
      exponential = true;
  }
  if (exponential) {
    const points: Point[] = [];
    for (let K = 1; K <= s.P; K++) {
      const r = theorem2Ratio(s.P, K);
      if (r) points.push({ x: K, y: r.value });
    }
    series.push({
      id: 'theorem-2',
      label: 'Theorem 2 (exponential X)',
      kind: 'theory',
      source: theorem2Ratio(s.P, 1)?.formula ?? '',
      points,
    });
  }
  return {
    type: 'xy',
    id: 'theorem-2',
    title: 'K-async against K-batch-async: the price of waiting',
    cite: '[SS] Theorem 2',
    summary: `K-async makes its K learners wait for the update; K-batch-async never lets a learner idle. For exponential times the ratio of their runtimes is P·(H_P − H_{P−K})/K ≈ P·ln(P/(P−K))/K${exponential ? ' (the solid curve)' : ' — add exp(1) to the distributions to see the theorem'}; other distributions show how far it carries over.`,
    x: { label: 'K', scale: 'linear' },
    y: { label: 'E[T K-async] / E[T K-batch-async]', scale: 'linear' },
    series,
  };
}
