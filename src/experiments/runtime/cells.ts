import { makeDistribution } from '../../engine/distributions';
import {
  accumulateMaxRatio,
  accumulateOrderStats,
  createMaxRatioAccumulator,
  createOrderStatAccumulator,
} from '../../engine/montecarlo/orderStatisticsMC';
import type { Rng } from '../../engine/random/xoshiro128';
import { parseDist } from '../../scenario/distributionSyntax';
import type { CellControl, CellSpec } from '../cells';
import { cellId } from '../cells';

/** About this many draws between checkpoints: well under a millisecond of work. */
const DRAWS_PER_CHUNK = 20_000;

function distributionOf(text: string) {
  const spec = parseDist(text).value;
  if (!spec) throw new Error(`invalid distribution ${text}`);
  return makeDistribution(spec);
}

export function maxRatioCell(dist: string, P: number, draws: number, rep: number): CellSpec {
  const params = { dist, P, draws, rep };
  return { id: cellId('maxratio', params), kind: 'maxratio', params, cost: draws * P };
}

export function orderStatsCell(dist: string, P: number, draws: number, rep: number): CellSpec {
  const params = { dist, P, draws, rep };
  return { id: cellId('orderstats', params), kind: 'orderstats', params, cost: draws * P * 1.5 };
}

interface RuntimeCellParams {
  dist: string;
  P: number;
  draws: number;
}

/** `draws` groups of P learner times: sufficient statistics for P·E[X_{P:P}]/E[X]. */
export async function runMaxRatio(params: Record<string, unknown>, rng: Rng, ctl: CellControl) {
  const { dist, P, draws } = params as unknown as RuntimeCellParams;
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
  const { dist, P, draws } = params as unknown as RuntimeCellParams;
  const d = distributionOf(dist);
  const acc = createOrderStatAccumulator(P);
  const chunk = Math.max(1, Math.floor(DRAWS_PER_CHUNK / P));
  for (let done = 0; done < draws; done += chunk) {
    accumulateOrderStats(acc, d, P, Math.min(chunk, draws - done), rng);
    await ctl.checkpoint();
  }
  return acc;
}
