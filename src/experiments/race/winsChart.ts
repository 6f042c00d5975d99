// Who reaches the target error first in wall-clock time, over a map of P against M (the [CP]
// quadratic) — where [SS]'s time per update meets [CP]'s updates needed, a question neither paper answers.

import { makeDistribution } from '../../engine/distributions';
import type { Variant } from '../../engine/events';
import { pow } from '../../engine/math';
import type { RaceParams } from '../../engine/race/types';
import { formatNumber } from '../../scenario/params';
import type { CellResults, CellSpec } from '../cells';
import type { Chart, HeatmapChart } from '../contract';
import { resultOf } from '../defineCell';
import { winCell } from './cells';
import { distSpec, type S } from './setup';
import { bestStep } from './winSteps';

/** Eight values from 1 to Pmax, log-spaced and rounded (fewer when Pmax is small: no repeats). */
export function mapP(s: S): number[] {
  const out: number[] = [];
  for (let i = 0; i < 8; i++) out.push(Math.round(pow(s.Pmax, i / 7)));
  return [...new Set(out)];
}

/** M = 0 and seven log-spaced values up to Mmax (1, 3, 10, … 1000 by default), rounded to 2 digits. */
export function mapM(s: S): number[] {
  if (s.Mmax === 0) return [0];
  const out = [0];
  for (let i = 0; i < 7; i++) out.push(Number((s.Mmax * pow(1000, (i - 6) / 6)).toPrecision(2)));
  return [...new Set(out)];
}
/** The tally's key for a cell whose fastest racers finished at the same time. */
const TIE = 'tie';

/** Repetitions per (cell, contestant, step). */
export const MAP_SEEDS = 3;

interface Racer {
  id: string;
  name: string;
  variant: Variant;
  K: (P: number) => number;
}

/** Four ways to use P learners: wait for all, count P mini-batches, or never wait (K = 1, K = P). */
export const RACERS: Racer[] = [
  { id: 'sync', name: 'sync', variant: 'ksync', K: (P) => P },
  { id: 'kbatchsync', name: 'K-batch-sync', variant: 'kbatchsync', K: (P) => P },
  { id: 'async', name: 'Async', variant: 'kasync', K: () => 1 },
  { id: 'kbatchasync', name: 'K-batch-async', variant: 'kbatchasync', K: (P) => P },
];

const L_QUAD = 4.17766;

/**
 * Each racer's step grid: around [CP]'s best step for an averaged batch of b = K·m gradients,
 * η ≈ min(1, 2b/(M + b))/L (the map reads the noise as `coord`, so M' = M), times 1, 1/2, 1/4.
 */
export function stepGrid(M: number, K: number, mb: number): number[] {
  const b = K * mb;
  const top = Math.min(1, (2 * b) / (M + b)) / L_QUAD;
  return [top, top / 2, top / 4];
}

/**
 * The map's horizon at noise M: 100·(1 + M)·E[X] — sequential SGD needs about κ(1 + M)·ln(F0/ε)
 * gradients, so a racer that is not within a few times of that by then has lost anyway; the
 * horizon also bounds the cost of a run that never gets there.
 */
export function mapHorizon(M: number, meanX: number): number {
  return 100 * (1 + M) * meanX;
}

/** The mean compute time, for the horizon: once per plan or chart (a measured distribution's takes ≈ 0.5 ms). */
function meanX(s: S): number {
  return makeDistribution(distSpec(s)).mean;
}

function mapRun(s: S, r: Racer, P: number, M: number, mean: number): RaceParams {
  return {
    variant: r.variant,
    P,
    K: r.K(P),
    dist: distSpec(s),
    problem: { kind: 'quadratic', family: 'tridiag', d: 20, lambda: 0.2, M, sigma2: 0, noise: 'coord' },
    mb: s.mb,
    eta: 0,
    lr: 'fixed',
    maxTime: mapHorizon(M, mean),
    maxUpdates: 5_000_000,
    checkpoints: 8,
    target: s.eps,
  };
}

export function winCells(s: S): CellSpec[] {
  const out: CellSpec[] = [];
  const mean = meanX(s);
  // No horizon without a finite mean: the chart says so instead of running races that never end.
  if (!Number.isFinite(mean)) return out;
  for (const M of mapM(s))
    for (const P of mapP(s))
      for (const r of RACERS)
        out.push(
          winCell({ run: mapRun(s, r, P, M, mean), etas: stepGrid(M, r.K(P), s.mb), reps: MAP_SEEDS }),
        );
  return out;
}

export function winsChart(s: S, results: CellResults): Chart {
  const cells: { x: number; y: number; value: number | null; label?: string }[] = [];
  let done = 0;
  const tally = new Map<string, number>();
  const mean = meanX(s);
  for (const M of mapM(s))
    for (const P of mapP(s)) {
      const times: { r: Racer; time: number; eta: number }[] = [];
      let missing = false;
      for (const r of RACERS) {
        const res = resultOf(
          results,
          winCell({ run: mapRun(s, r, P, M, mean), etas: stepGrid(M, r.K(P), s.mb), reps: MAP_SEEDS }),
        );
        if (!res) {
          missing = true;
          continue;
        }
        const b = bestStep(res, MAP_SEEDS);
        if (b) times.push({ r, ...b });
      }
      if (missing) continue;
      done++;
      if (times.length === 0) {
        cells.push({
          x: P,
          y: M,
          value: null,
          label: `no racer reached ε = ${formatNumber(s.eps)} within the horizon t = ${formatNumber(Number(mapHorizon(M, mean).toPrecision(3)))}`,
        });
        continue;
      }
      times.sort((a, b) => a.time - b.time);
      const w = times[0];
      const margin = times.length > 1 ? times[1].time / w.time : null;
      // A tie (at P = 1 all four racers are one learner doing the same) is nobody's win.
      const winner = margin === 1 ? TIE : w.r.name;
      tally.set(winner, (tally.get(winner) ?? 0) + 1);
      // The colour: the best asynchronous time over the best synchronous one (< 1: async wins).
      const bestOf = (ids: string[]) =>
        Math.min(...times.filter((x) => ids.includes(x.r.id)).map((x) => x.time));
      const ratio = bestOf(['async', 'kbatchasync']) / bestOf(['sync', 'kbatchsync']);
      cells.push({
        x: P,
        y: M,
        value: Number.isFinite(ratio) ? ratio : null,
        label:
          margin === 1
            ? `a tie at t = ${formatNumber(Number(w.time.toPrecision(3)))}: ${times
                .filter((x) => x.time === w.time)
                .map((x) => x.r.name)
                .join(', ')}`
            : `${w.r.name} wins at t = ${formatNumber(Number(w.time.toPrecision(3)))} (η = ${formatNumber(Number(w.eta.toPrecision(3)))})${margin === null ? ', alone' : `; runner-up ${times[1].r.name}, ${formatNumber(Number(margin.toPrecision(3)))}× slower`}${P > M + 1 ? '; P > τ_crit = M + 1' : ''}`,
      });
    }
  const total = mapM(s).length * mapP(s).length;
  if (!Number.isFinite(mean)) return noHorizonChart(s);
  // What the map says about the hypothesis: async's share of the wins on either side of P = M + 1.
  const side = (above: boolean) => {
    const mine = cells.filter((c) => c.value !== null && c.x > c.y + 1 === above && c.x > 1);
    const asyncWins = mine.filter((c) => (c.value as number) < 1).length;
    return { n: mine.length, asyncWins };
  };
  const shareOf = (x: { n: number; asyncWins: number }) => (x.n > 0 ? x.asyncWins / x.n : null);
  const below = side(false);
  const above = side(true);
  const finding =
    done < total || below.n + above.n === 0
      ? ''
      : ` What it shows: at P ≤ M + 1 an asynchronous racer is fastest in ${below.asyncWins} of ${below.n} decided cells, beyond it in ${above.asyncWins} of ${above.n}. ${
          shareOf(below) === null || shareOf(above) === null
            ? ''
            : Math.abs((shareOf(below) as number) - (shareOf(above) as number)) < 0.25
              ? `So on this map the balance does not shift at τ_crit${
                  Math.min(shareOf(below) as number, shareOf(above) as number) > 0.5
                    ? ': an asynchronous racer wins most cells on both sides of it — waiting for stragglers costs more than staleness does.'
                    : Math.max(shareOf(below) as number, shareOf(above) as number) < 0.5
                      ? ': an asynchronous racer is fastest in fewer than half the cells on both sides of it.'
                      : '.'
                }`
              : 'So on this map the balance between sync and async shifts across τ_crit, as the hypothesis suggests.'
        }`.trimEnd();
  const counts = [...tally.entries()]
    .filter(([n]) => n !== TIE)
    .sort((a, b) => b[1] - a[1])
    .map(([n, c]) => `${n} ${c}`)
    .concat(tally.has(TIE) ? [`ties ${tally.get(TIE)}`] : [])
    .join(', ');
  return mapChart(
    s,
    `Colour: the best asynchronous racer's time over the best synchronous one's (below 1: an async variant wins; blank: one family never reached ε); hover a cell for the winner, the runner-up and the margin. [CP] quadratic (d = 20, noise read as \`coord\` so that M' = M, σ⋆ = 0, horizon 100(1 + M)·E[X]), X ~ ${s.dist[0]}, m = ${s.mb}, each racer at its best of three steps, ${MAP_SEEDS} seeds per step. Hypothesis (not a result of either paper): the winner changes near P = τ_crit(M) = σ⋆²/ε + M + 1 = M + 1 (cells beyond it say so). ` +
      (done < total ? `${done} of ${total} cells done.` : `Wins: ${counts || 'none'}.${finding}`),
    cells,
  );
}

/** The map as a chart, its keys in the order of every other chart's JSON. */
function mapChart(s: S, summary: string, cells: HeatmapChart['cells']): Chart {
  return {
    type: 'heatmap',
    id: 'who-wins',
    title: `Who reaches f − f⋆ ≤ ${formatNumber(s.eps)} first in wall-clock time: P against M`,
    cite: '[SS] Lemmas 3–4 × [CP] Theorem 1 (no figure in either paper)',
    summary,
    x: { label: 'learners P', scale: 'band' },
    y: { label: 'relative noise M', scale: 'band' },
    cells,
  };
}

/** The map when E[X] is infinite (Pareto with shape ≤ 1): its horizon 100(1 + M)·E[X] does not exist. */
function noHorizonChart(s: S): Chart {
  return mapChart(
    s,
    `Not run: the map races every variant up to the horizon 100(1 + M)·E[X], and X ~ ${s.dist[0]} has an infinite mean, so there is no horizon. Choose a compute time with a finite mean (a Pareto shape above 1) to draw the map.`,
    [],
  );
}
