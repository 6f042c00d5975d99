import { effectiveM } from '../../engine/quadratic';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import { colorForM } from '../colors';
import type { Chart, Mark, Point, Series } from '../contract';
import { slug } from '../contract';
import { relativeStepsPoint } from '../quadratic/relativeSteps';
import { isLearners, parallelism } from './params';
import { asyncResult, minibatchResult } from './results';

type S = Scenario<'async'>;

/** What the x axis counts, in words. */
export function axisName(s: S): { sym: string; words: string } {
  return isLearners(s)
    ? { sym: 'P', words: 'learners P' }
    : { sym: 'τ', words: 'delay parameter τ (max delay + 1)' };
}

/**
 * [CP] Fig. 4: parallel time to target at delay τ — steps divided by τ, as τ workers compute at
 * once — relative to τ = 1, per M; the mini-batch curve at batch b·τ of the same M beside it.
 */
export function speedupChart(s: S, results: CellResults): Chart {
  const ns = parallelism(s);
  const { sym, words } = axisName(s);
  const series: Series[] = [];
  const marks: Mark[] = [];
  const seedsText = `mean of ${s.seeds} seed${s.seeds > 1 ? 's' : ''}, seed ${s.seed}`;
  const tuned =
    s.tuneon === 'first' && s.seeds > 1 ? 'tuned on seed 1, the others held out' : 'tuned per point';
  for (const M of s.M) {
    const colorIndex = colorForM(M, s.M);
    const r1 = asyncResult(s, results, M, 1);
    const m1 = minibatchResult(s, results, M, 1);
    const delayed: Point[] = [];
    const minibatch: Point[] = [];
    for (const n of ns) {
      const opts = { scale: 1 / n, seeds: s.seeds, cap: s.cap, baseName: `${sym} = 1` };
      const r = asyncResult(s, results, M, n);
      if (r && r1) delayed.push(relativeStepsPoint(n, r, r1, opts));
      const m = minibatchResult(s, results, M, n);
      if (m && m1)
        minibatch.push(relativeStepsPoint(n, m, m1, { ...opts, scale: 1, baseName: `b = ${s.b}` }));
    }
    series.push({
      id: slug('m', M),
      label: `${s.delay === 'learners' ? 'async, P learners' : `delay ${s.delay}`}, M = ${formatNumber(M)}`,
      kind: 'simulation',
      band: 'ci95',
      colorIndex,
      source: `${isLearners(s) ? `asynchronous SGD with P learners, compute time ${s.dist[0]}` : `delayed SGD (${s.delay} delay)`} on the quadratic, batch ${s.b} per read, step ${tuned} over the grid (${seedsText}); (steps at ${sym} / ${sym}) over steps at ${sym} = 1`,
      points: delayed,
    });
    series.push({
      id: slug('minibatch-m', M),
      label: `mini-batch b = ${s.b > 1 ? `${s.b}·` : ''}${sym}, M = ${formatNumber(M)}`,
      kind: 'simulation',
      dash: true,
      colorIndex,
      source: `mini-batch SGD with batch ${s.b > 1 ? `${s.b}·` : ''}${sym} (the minibatch view's Fig. 3 cells), step tuned per point (${seedsText}); steps over steps at ${sym} = 1`,
      points: minibatch,
    });
    const Me = effectiveM({ M, sigma2: s.sigma2, noise: s.noise === 'coord' ? 'coord' : 'literal' }, s.d);
    const crit = (Me + 1) / s.b;
    if (crit <= ns[ns.length - 1] && crit >= 1)
      marks.push({ axis: 'x', value: crit, label: `${sym}·b = M' + 1 (M = ${formatNumber(M)})` });
  }
  series.push({
    id: 'linear',
    label: `linear speedup (1/${sym})`,
    kind: 'reference',
    source: `the line 1/${sym}`,
    points: [ns[0], ns[ns.length - 1]].map((n) => ({ x: n, y: 1 / n })),
  });
  const learnersNote = isLearners(s)
    ? ` With P learners the staleness is random (mean about P − 1 for exponential times) and unbounded, so [CP]'s τ (the maximum delay) exceeds P.`
    : '';
  return {
    type: 'xy',
    id: 'async-speedup',
    title: `Parallel time to target at ${words}, relative to ${sym} = 1 (simulated)`,
    cite: isLearners(s) ? '[CP] Fig. 4 with [SS] Async SGD delays' : '[CP] Fig. 4, Sec. 7.1',
    summary:
      `Delayed gradients are parallelism too: ${sym} workers share the steps, so parallel time is steps/${sym}. It falls like 1/${sym} — linear speedup — up to about the same critical level as mini-batches (marks: ${sym}·b = M' + 1), then flattens as the step must shrink with the delay. ` +
      `Noise: ${s.noise} covariance; target ${s.target} ≤ ${formatNumber(s.tol)}.${learnersNote}`,
    x: { label: words, scale: 'log' },
    y: { label: `(steps / ${sym}) / steps at ${sym} = 1`, scale: 'log' },
    marks,
    series,
  };
}
