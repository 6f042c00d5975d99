import {
  accumulateMaxRatio,
  accumulateOrderStats,
  createMaxRatioAccumulator,
  createOrderStatAccumulator,
} from '../../engine/montecarlo/orderStatisticsMC';
import { expectedOrderStatistic, syncAsyncRatio } from '../../engine/orderStatistics';
import type { Rng } from '../../engine/random/xoshiro128';
import type { CellControl, CellSpec } from '../cells';
import { identity } from '../identity';
import { distributionOf } from '../serviceTime/distributions';
import { theoryGrid } from './grid';

/** About this many draws between checkpoints: well under a millisecond of work. */
const DRAWS_PER_CHUNK = 20_000;

function mcIdentity(kind: string, p: McParams & { rep: number }): string {
  return identity(kind, [
    ['dist', p.dist],
    ['P', p.P],
    ['draws', p.draws],
    ['rep', p.rep],
  ]);
}

export function maxRatioCell(dist: string, P: number, draws: number, rep: number): CellSpec {
  const params = { dist, P, draws, rep };
  return { id: mcIdentity('maxratio', params), kind: 'maxratio', params, cost: draws * P };
}

export function orderStatsCell(dist: string, P: number, draws: number, rep: number): CellSpec {
  const params = { dist, P, draws, rep };
  return { id: mcIdentity('orderstats', params), kind: 'orderstats', params, cost: draws * P * 1.5 };
}

/** Exact curves by quadrature (no randomness): P·E[X_{P:P}]/E[X] on the theory grid, E[X_{K:P}] for K ≤ P. */
export function exactCurvesCell(dist: string, Pmax: number, P: number): CellSpec {
  const params = { dist, Pmax, P };
  const id = identity('exact', [
    ['dist', dist],
    ['Pmax', Pmax],
    ['P', P],
  ]);
  return { id, kind: 'exact', params, cost: 2000 * (theoryGrid(Pmax).length + P) };
}

interface McParams {
  dist: string;
  P: number;
  draws: number;
}

/** `draws` groups of P learner times: sufficient statistics for P·E[X_{P:P}]/E[X]. */
export async function runMaxRatio(params: Record<string, unknown>, rng: Rng, ctl: CellControl) {
  const { dist, P, draws } = params as unknown as McParams;
  const d = distributionOf(dist);
  const acc = createMaxRatioAccumulator();
  const chunk = Math.max(1, Math.floor(DRAWS_PER_CHUNK / P));
  for (let done = 0; done < draws; done += chunk) {
    accumulateMaxRatio(acc, d, P, Math.min(chunk, draws - done), rng);
    await ctl.checkpoint();
  }
  return acc;
}

/** `draws` sorted groups of P learner times: sums for every order statistic E[X_{K:P}]. */
export async function runOrderStats(params: Record<string, unknown>, rng: Rng, ctl: CellControl) {
  const { dist, P, draws } = params as unknown as McParams;
  const d = distributionOf(dist);
  const acc = createOrderStatAccumulator(P);
  const chunk = Math.max(1, Math.floor(DRAWS_PER_CHUNK / P));
  for (let done = 0; done < draws; done += chunk) {
    accumulateOrderStats(acc, d, P, Math.min(chunk, draws - done), rng);
    await ctl.checkpoint();
  }
  return acc;
}

export interface ExactCurves {
  /** Per theory-grid P: the ratio, or null where it is infinite (with the reason). */
  ratio: { P: number; value: number | null; note?: string }[];
  /** Per K = 1..P: E[X_{K:P}], or null where infinite. */
  orderStats: (number | null)[];
  formula: string;
}

export async function runExactCurves(params: Record<string, unknown>, _rng: Rng, ctl: CellControl) {
  const { dist, Pmax, P } = params as unknown as { dist: string; Pmax: number; P: number };
  const d = distributionOf(dist);
  const out: ExactCurves = { ratio: [], orderStats: [], formula: expectedOrderStatistic(d, 1, 1).formula };
  for (const p of theoryGrid(Pmax)) {
    const r = syncAsyncRatio(d, p);
    out.ratio.push(
      r.finite ? { P: p, value: r.value } : { P: p, value: null, note: r.note ?? 'infinite mean' },
    );
    await ctl.checkpoint();
  }
  for (let K = 1; K <= P; K++) {
    const e = expectedOrderStatistic(d, K, P);
    out.orderStats.push(e.finite ? e.value : null);
    await ctl.checkpoint();
  }
  return out;
}
