import {
  accumulateMaxRatio,
  accumulateOrderStats,
  createMaxRatioAccumulator,
  createOrderStatAccumulator,
} from '../../engine/montecarlo/orderStatisticsMC';
import { expectedOrderStatistic, syncAsyncRatio } from '../../engine/orderStatistics';
import { defineCell } from '../defineCell';
import { identity } from '../identity';
import { distributionOf } from '../serviceTime/distributions';
import { theoryGrid } from './grid';

/** About this many draws between checkpoints: well under a millisecond of work. */
const DRAWS_PER_CHUNK = 20_000;

interface McParams {
  dist: string;
  P: number;
  draws: number;
  rep: number;
}

function mcIdentity(kind: string, p: McParams): string {
  return identity(kind, [
    ['dist', p.dist],
    ['P', p.P],
    ['draws', p.draws],
    ['rep', p.rep],
  ]);
}

/** `draws` groups of P learner times: sufficient statistics for P·E[X_{P:P}]/E[X]. */
export const maxRatioDef = defineCell('maxratio', {
  identity: (p: McParams) => mcIdentity('maxratio', p),
  cost: (p) => p.draws * p.P,
  async run({ dist, P, draws }, rng, ctl) {
    const d = distributionOf(dist);
    const acc = createMaxRatioAccumulator();
    const chunk = Math.max(1, Math.floor(DRAWS_PER_CHUNK / P));
    for (let done = 0; done < draws; done += chunk) {
      accumulateMaxRatio(acc, d, P, Math.min(chunk, draws - done), rng);
      await ctl.checkpoint();
    }
    return acc;
  },
});

/** `draws` sorted groups of P learner times: sums for every order statistic E[X_{K:P}]. */
export const orderStatsDef = defineCell('orderstats', {
  identity: (p: McParams) => mcIdentity('orderstats', p),
  cost: (p) => p.draws * p.P * 1.5,
  async run({ dist, P, draws }, rng, ctl) {
    const d = distributionOf(dist);
    const acc = createOrderStatAccumulator(P);
    const chunk = Math.max(1, Math.floor(DRAWS_PER_CHUNK / P));
    for (let done = 0; done < draws; done += chunk) {
      accumulateOrderStats(acc, d, P, Math.min(chunk, draws - done), rng);
      await ctl.checkpoint();
    }
    return acc;
  },
});

export const maxRatioCell = (dist: string, P: number, draws: number, rep: number) =>
  maxRatioDef.cell({ dist, P, draws, rep });

export const orderStatsCell = (dist: string, P: number, draws: number, rep: number) =>
  orderStatsDef.cell({ dist, P, draws, rep });

export interface ExactCurves {
  /** Per theory-grid P: the ratio, or null where it is infinite (with the reason). */
  ratio: { P: number; value: number | null; note?: string }[];
  /** Per K = 1..P: E[X_{K:P}], or null where infinite. */
  orderStats: (number | null)[];
  formula: string;
}

/** Exact curves by quadrature (no randomness): P·E[X_{P:P}]/E[X] on the theory grid, E[X_{K:P}] for K ≤ P. */
export const exactCurvesDef = defineCell('exact', {
  identity: (p: { dist: string; Pmax: number; P: number }) =>
    identity('exact', [
      ['dist', p.dist],
      ['Pmax', p.Pmax],
      ['P', p.P],
    ]),
  cost: (p) => 2000 * (theoryGrid(p.Pmax).length + p.P),
  async run({ dist, Pmax, P }, _rng, ctl): Promise<ExactCurves> {
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
  },
});

export const exactCurvesCell = (dist: string, Pmax: number, P: number) =>
  exactCurvesDef.cell({ dist, Pmax, P });
