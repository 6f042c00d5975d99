import { makeDistribution } from '../../engine/distributions';
import { expectedOrderStatistic } from '../../engine/orderStatistics';
import {
  type AsyncInputs,
  type BoundInputs,
  type Condition,
  lemma2,
  lemma2Conditions,
  lemma2Floor,
  theorem3,
  theorem3Conditions,
  theorem3Floor,
} from '../../engine/race/bounds';
import { formatSignificant } from '../../scenario/params';
import type { Chart, Point } from '../contract';
import { distSpec, type S, timeGrid } from './setup';

const sig = (x: number) => formatSignificant(x, 3);

/** Failed conditions in words ("" when all hold). */
export function failed(conds: Condition[]): string {
  const bad = conds.filter((c) => !c.ok).map((c) => c.text);
  return bad.length ? ` Not met: ${bad.join('; ')}.` : '';
}

/** The note on the printed step-size condition of Theorem 3 (PAPERS.md). */
export function typoNote(conds: Condition[]): string {
  const t = conds.find((c) => c.text.includes('apparently a typo'));
  return t ? ` ${t.text[0].toUpperCase()}${t.text.slice(1)}.` : '';
}

/**
 * A bound's points over a time grid. Past its conditions a bound can be no number at all (ηc > 1
 * makes (1 − ηc)^J NaN at a fractional J): such a point has no value, and says why.
 */
export function boundPoints(grid: number[], f: (t: number) => number, conds: Condition[]): Point[] {
  return grid.map((t) => {
    const y = f(t);
    return Number.isFinite(y)
      ? { x: t, y }
      : { x: t, y: null, note: `the bound is not a finite number here.${failed(conds)}` };
  });
}

/**
 * [SS] Fig. 7: Lemma 2 (sync, K = P) and Theorem 3 (Async, K = 1) against wall-clock time, from
 * the user's constants; iterations mapped to time through [SS] Sec. 4: sync's iteration takes
 * E[X_{P:P}] (Lemma 3), Async's E[X]/P (renewal, Lemma 4 with K = 1).
 */
export function boundsChart(s: S): Chart {
  const dist = makeDistribution(distSpec(s));
  const perSync = expectedOrderStatistic(dist, s.P, s.P).value;
  const perAsync = dist.mean / s.P;
  const p0 = s.p0 > 0 ? s.p0 : 1 / s.P;
  const common = { L: s.Lip, c: s.conv, sigma2: s.sigma2, MG: s.MG, m: s.mb, eta: s.eta, F0: 1 };
  const sync: BoundInputs = { ...common, K: s.P };
  const async: AsyncInputs = { ...common, K: 1, gamma: s.stale, p0 };
  const grid = [0, ...timeGrid(s)];
  const syncConds = lemma2Conditions(sync);
  const asyncConds = theorem3Conditions(async);
  const line = (f: (t: number) => number, conds: Condition[]) => boundPoints(grid, f, conds);
  return {
    type: 'xy',
    id: 'bounds-vs-time',
    title: 'Error bounds against wall-clock time: sync against Async',
    cite: '[SS] Fig. 7, Lemma 2, Theorem 3, Lemmas 3–4',
    summary:
      `Bounds on E[F(w) − F⋆] (starting from F(w0) − F⋆ = 1) from your constants (L = ${sig(s.Lip)}, c = ${sig(s.conv)}, σ² = ${sig(s.sigma2)}, M_G = ${sig(s.MG)}, m = ${s.mb}, η = ${sig(s.eta)}, γ = ${sig(s.stale)}, p0 = ${sig(p0)}${s.p0 > 0 ? '' : ' = 1/P'}): ${
        Number.isFinite(perAsync)
          ? `Async makes ${sig(perSync / perAsync)}× more updates per unit of time, so its bound falls faster, but to a higher floor (${sig(theorem3Floor(async))} against ${sig(lemma2Floor(sync))}).`
          : `X ~ ${s.dist[0]} has an infinite mean, so an update takes infinitely long on average and neither bound falls in finite time (Sec. 4 maps iterations to time through E[X]). The floors they would fall to: Async ${sig(theorem3Floor(async))}, sync ${sig(lemma2Floor(sync))}.`
      }` +
      failed([...syncConds, ...asyncConds]) +
      typoNote(asyncConds),
    x: { label: 'wall-clock time', scale: 'linear' },
    y: { label: 'bound on E[F(w) − F⋆], with F(w0) − F⋆ = 1', scale: 'log' },
    series: [
      {
        id: 'lemma-2-sync',
        label: `sync, K = P = ${s.P}: Lemma 2`,
        kind: 'bound',
        colorIndex: 0,
        source: `Lemma 2 with K = P, J = t/E[X_{P:P}] (E[X_{P:P}] = ${sig(perSync)}, Lemma 3)`,
        points: line((t) => lemma2(sync, t / perSync), syncConds),
      },
      {
        id: 'theorem-3-async',
        label: 'Async, K = 1: Theorem 3',
        kind: 'bound',
        colorIndex: 1,
        source: `Theorem 3 with K = 1, γ' = 1 − γ + p0/2, J = t/(E[X]/P) (E[X]/P = ${sig(perAsync)}, renewal)`,
        points: line((t) => theorem3(async, t / perAsync), asyncConds),
      },
    ],
  };
}
