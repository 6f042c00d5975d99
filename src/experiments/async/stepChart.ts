import { gammaCrit } from '../../engine/delayed';
import { effectiveM, makeQuadratic } from '../../engine/quadratic';
import { formatNumber } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import { colorForM } from '../colors';
import type { Chart, Point, Series } from '../contract';
import { slug } from '../contract';
import { problemOf } from '../quadratic/fromScenario';
import { noResultNote } from '../quadratic/relativeSteps';
import { parallelism } from './params';
import { asyncResult } from './results';
import { axisName } from './speedupChart';

type S = Scenario<'async'>;

/** The tuned step against τ (or P) beside Theorem 1's safe step γ_crit = 1/(10L(M' + bτ)). */
export function stepChart(s: S, results: CellResults): Chart {
  const ns = parallelism(s);
  const { sym, words } = axisName(s);
  const { L } = makeQuadratic({ ...problemOf({ ...s, mom: 0 }) });
  const series: Series[] = [];
  for (const M of s.M) {
    const colorIndex = colorForM(M, s.M);
    const points: Point[] = [];
    for (const n of ns) {
      const r = asyncResult(s, results, M, n);
      if (!r) continue;
      if (r.bestGamma === null) points.push({ x: n, y: null, note: noResultNote(r, s.cap) });
      else
        points.push({
          x: n,
          y: r.bestGamma,
          ...(r.onEdge ? { note: 'on the grid’s edge: the best step may lie beyond it' } : {}),
        });
    }
    series.push({
      id: slug('m', M),
      label: `tuned γ, M = ${formatNumber(M)}`,
      kind: 'simulation',
      colorIndex,
      source: 'the grid step γ_k = 1.1/(1+M)·2^(−k) with the fewest mean steps to target',
      points,
    });
    const Me = effectiveM({ M, sigma2: s.sigma2, noise: s.noise === 'coord' ? 'coord' : 'literal' }, s.d);
    series.push({
      id: slug('gamma-crit-m', M),
      label: `γ_crit, M = ${formatNumber(M)}`,
      kind: 'bound',
      colorIndex,
      source: `[CP] Theorem 1: γ_crit = 1/(10L(M' + b·${sym})) with L = ${formatNumber(L)}, M' = ${formatNumber(Me)}${sym === 'P' ? ' and τ taken as P' : ''}`,
      points: ns.map((n) => ({ x: n, y: gammaCrit(L, Me, s.b, n) })),
    });
  }
  return {
    type: 'xy',
    id: 'async-step',
    title: `Tuned step size against ${sym}, with Theorem 1’s γ_crit`,
    cite: '[CP] Theorem 1, Sec. 7.1',
    summary: `The best step stays within a factor 2 (one grid step) of its value at ${sym} = 1 while b·${sym} is below the noise level M' and falls like 1/${sym} beyond it, parallel to the safe step γ_crit (the theory's constant 1/10 is conservative: the tuned step sits above it).`,
    x: { label: words, scale: 'log' },
    y: { label: 'γ (per summed gradient)', scale: 'log' },
    series,
  };
}
