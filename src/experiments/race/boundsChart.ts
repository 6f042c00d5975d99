import { makeDistribution } from '../../engine/distributions';
import { log1p } from '../../engine/math';
import { expectedOrderStatistic } from '../../engine/orderStatistics';
import {
  type AsyncInputs,
  type BoundInputs,
  type Condition,
  gammaPrime,
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

/**
 * The note on Theorem 3's printed step-size condition, 1/(2L(M_G/(Km) + 1/K)) = K/(2L(M_G/m + 1)),
 * which grows with K ([SS] Theorem 3; Lemma 2's 1/(2L(M_G/(Km) + 1)) looks intended). At K = 1 the
 * two coincide, so there the note says only that; otherwise it says whether Lemma 2's form holds.
 */
export function typoNote(p: AsyncInputs): string {
  const likely = 1 / (2 * p.L * (p.MG / (p.K * p.m) + 1));
  if (p.K === 1)
    return ` At K = 1 Theorem 3's printed step condition 1/(2L(M_G/(Km) + 1/K)) and Lemma 2's form 1/(2L(M_G/(Km) + 1)) coincide (= ${sig(likely)}); for K > 1 the printed one grows with K, apparently a typo.`;
  return ` Theorem 3's printed step condition equals K/(2L(M_G/m + 1)) and grows with K — apparently a typo; Lemma 2's form 1/(2L(M_G/(Km) + 1)) = ${sig(likely)} ${p.eta <= likely ? 'holds' : 'fails'}.`;
}

/**
 * How the two bounds compare, from their formulas: updates per unit of time, the contraction per unit
 * of time ((1 − ηc)^J against (1 − ηcγ')^J) and the floors — each said only when the formula holds.
 */
export function boundsComparison(
  perSync: number,
  perAsync: number,
  sync: BoundInputs,
  async: AsyncInputs,
  distName: string,
): string {
  const gp = gammaPrime(async);
  const fS = lemma2Floor(sync);
  const fA = theorem3Floor(async);
  if (!Number.isFinite(perAsync))
    return `X ~ ${distName} has an infinite mean, so an update takes infinitely long on average and neither bound falls in finite time (Sec. 4 maps iterations to time through E[X]).`;
  const more = `Async makes ${sig(perSync / perAsync)}× more updates per unit of time`;
  if (!(gp > 0))
    return `${more}, but Theorem 3 gives no bound here: γ' = 1 − γ + p0/2 = ${sig(gp)} ≤ 0 (its curve is the formula evaluated anyway). Sync's floor: ${sig(fS)}.`;
  const rateS = sync.eta * sync.c < 1 ? -log1p(-sync.eta * sync.c) / perSync : Number.NaN;
  const rateA = async.eta * async.c * gp < 1 ? -log1p(-async.eta * async.c * gp) / perAsync : Number.NaN;
  const speed = !(Number.isFinite(rateS) && Number.isFinite(rateA))
    ? ''
    : rateA > rateS
      ? `, so its bound contracts ${sig(rateA / rateS)}× faster per unit of time`
      : rateA < rateS
        ? `, yet its bound contracts ${sig(rateS / rateA)}× more slowly per unit of time`
        : ', and the bounds contract equally fast per unit of time';
  const floor = fA > fS ? 'a higher floor' : fA < fS ? 'a lower floor' : 'the same floor';
  return `${more}${speed}, towards ${floor} than sync's (${sig(fA)} against ${sig(fS)}).`;
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
      `Bounds on E[F(w) − F⋆] (starting from F(w0) − F⋆ = 1) from your constants (L = ${sig(s.Lip)}, c = ${sig(s.conv)}, σ² = ${sig(s.sigma2)}, M_G = ${sig(s.MG)}, m = ${s.mb}, η = ${sig(s.eta)}, γ = ${sig(s.stale)}, p0 = ${sig(p0)}${s.p0 > 0 ? '' : ' = 1/P'}): ${boundsComparison(perSync, perAsync, sync, async, s.dist[0])}` +
      failed([...syncConds, ...asyncConds]) +
      typoNote(async),
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
