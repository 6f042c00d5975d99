import { makeDistribution } from '../../engine/distributions';
import { expectedOrderStatistic } from '../../engine/orderStatistics';
import { sampleQuantile } from '../../engine/quantile';
import { problemInfo } from '../../engine/race';
import { gammaPrime, lemma2, lemma2Conditions, theorem3, theorem3Conditions } from '../../engine/race/bounds';
import type { LrRule, ProblemInfo, RaceCheckpoint, RaceResult } from '../../engine/race/types';
import { formatNumber, formatSignificant } from '../../scenario/params';
import type { CellResults } from '../cells';
import type { Chart, Point, Series } from '../contract';
import { resultOf } from '../defineCell';
import { repGroups } from '../repGroups';
import { boundPoints, failed } from './boundsChart';
import { infoCell, runCell } from './cells';
import { eq13Finding, errorFinding } from './findings';
import {
  type Contestant,
  contestants,
  distSpec,
  problemOf,
  runParams,
  type S,
  stepOf,
  timeGrid,
} from './setup';

const sig = (x: number) => formatSignificant(x, 3);

export function runCellsOf(s: S, c: Contestant, lr: LrRule) {
  return repGroups(s.seeds).map((reps) => runCell({ run: runParams(s, c, lr, stepOf(s, lr)), reps }));
}

function results(s: S, cells: CellResults, c: Contestant, lr: LrRule): RaceResult[] | null {
  const out: RaceResult[] = [];
  for (const cell of runCellsOf(s, c, lr)) {
    const v = resultOf(cells, cell);
    if (!v) return null;
    out.push(...v);
  }
  return out;
}

/**
 * The cell computing the simulated problem's constants for Fig. 8's bounds (fixed rule only): the
 * logistic problem's (its f⋆ takes seconds to build, so a worker does it); the quadratic's are
 * cheap and need none.
 */
export function infoCellOf(s: S): ReturnType<typeof infoCell> | null {
  if (s.lr !== 'fixed') return null;
  const problem = problemOf(s);
  return problem.kind === 'logistic' ? infoCell(problem) : null;
}

/**
 * The problem's constants, or null while its info cell has not finished — and always null for the
 * digits, whose f⋆ is not computed (their curves are the training loss f, not f − f⋆).
 */
function infoOf(s: S, cells: CellResults): ProblemInfo | null {
  if (s.problem === 'digits') return null;
  const cell = infoCellOf(s);
  if (cell === null) return problemInfo(problemOf(s));
  return resultOf(cells, cell) ?? null;
}

/** What a curve reads from each checkpoint: the error, or (digits) the held-out error rate. */
type Reading = (c: RaceCheckpoint) => number | undefined;
const ERROR: Reading = (c) => c.error;
const TEST_ERROR: Reading = (c) => c.testError;

/** A run's reading at time t: its last checkpoint at or before t (null before the first). */
function errorAt(r: RaceResult, t: number, read: Reading): number | null {
  let e: number | null = null;
  for (const c of r.checkpoints) {
    if (c.time > t) break;
    e = read(c) ?? null;
  }
  return e;
}

/** Mean reading over repetitions on the common grid, with the 10–90 % range of the runs as the band. */
function meanCurve(s: S, runs: RaceResult[], read: Reading = ERROR): Point[] {
  const points: Point[] = [];
  for (const t of timeGrid(s)) {
    const es: number[] = [];
    let diverged = 0;
    for (const r of runs) {
      const e = errorAt(r, t, read);
      if (e === null) continue;
      if (r.status === 'diverged' && t >= r.checkpoints[r.checkpoints.length - 1].time) diverged++;
      else es.push(e);
    }
    if (diverged > 0) {
      points.push({ x: t, y: null, note: `diverged in ${diverged} of ${runs.length} runs` });
      continue;
    }
    if (es.length === 0) continue;
    const mean = es.reduce((a, x) => a + x, 0) / es.length;
    points.push({
      x: t,
      y: mean,
      ...(es.length >= 2 ? { lo: sampleQuantile(es, 0.1), hi: sampleQuantile(es, 0.9) } : {}),
    });
  }
  return points;
}

function seriesOf(
  s: S,
  cells: CellResults,
  c: Contestant,
  lr: LrRule,
  label: string,
  dash = false,
  read: Reading = ERROR,
): Series {
  const runs = results(s, cells, c, lr);
  return {
    id: `${c.id}-${lr}`,
    label,
    kind: 'simulation',
    band: 'quantile',
    colorIndex: c.colorIndex,
    ...(dash ? { dash: true } : {}),
    source: `SGD driven by the event simulator (${s.problem}, P = ${s.P}, X ~ ${s.dist[0]}, m = ${s.mb}), mean of ${s.seeds} runs (seed ${s.seed}); band: 10–90 % of the runs`,
    points: runs ? meanCurve(s, runs, read) : [],
  };
}

const LR_WORDS: Record<LrRule, string> = {
  fixed: 'fixed η',
  eq13: 'Eq. 13',
  staleness: 'η/(staleness + 1)',
  adasync: 'AdaSync',
};

/**
 * Fig. 8's dashed bounds on the simulated problem's own constants (infoOf; not drawn until the
 * logistic problem's info cell is back): Lemma 2 for sync
 * (K = P), iterations mapped to time by E[X_{P:P}] (Lemma 3); Theorem 3 for Async (K = 1) with γ the
 * largest gradient ratio the runs measured (mean over seeds) and p0 their fraction of fresh
 * gradients — an estimate, labelled so — mapped to time by E[X]/P. Only for the fixed rule.
 */
function boundSeries(s: S, cells: CellResults): Series[] {
  if (s.lr !== 'fixed') return [];
  const info = infoOf(s, cells);
  if (info === null) return [];
  const dist = makeDistribution(distSpec(s));
  const base = {
    L: info.L,
    c: info.c,
    sigma2: info.sigma2Eff,
    MG: info.MG,
    m: s.mb,
    eta: s.eta,
    F0: info.initialError,
  };
  const grid = timeGrid(s);
  const out: Series[] = [];
  const perSync = expectedOrderStatistic(dist, s.P, s.P).value;
  const syncConds = lemma2Conditions({ ...base, K: s.P });
  out.push({
    id: 'lemma-2',
    label: `sync: Lemma 2${syncConds.every((c) => c.ok) ? '' : ' (its conditions fail)'}`,
    kind: 'bound',
    colorIndex: 0,
    dash: true,
    source: `Lemma 2 with the problem's L = ${sig(info.L)}, c = ${sig(info.c)}, σ² = ${sig(info.sigma2Eff)}, M_G = ${sig(info.MG)}; J = t/E[X_{P:P}]${failed(syncConds)}`,
    points: boundPoints(grid, (t) => lemma2({ ...base, K: s.P }, t / perSync), syncConds),
  });
  const async = contestants(s).find((c) => c.id === 'async')!;
  const runs = results(s, cells, async, 'fixed');
  if (runs) {
    const gamma = runs.reduce((a, r) => a + r.maxGradRatio, 0) / runs.length;
    const p0 = runs.reduce((a, r) => a + r.freshFraction, 0) / runs.length;
    const inputs = { ...base, K: 1, gamma, p0 };
    const conds = theorem3Conditions(inputs);
    const ok = gamma <= 1 && gammaPrime(inputs) > 0;
    out.push({
      id: 'theorem-3',
      label: `Async: Theorem 3, γ and p0 measured (an estimate)${ok ? '' : ' — not drawn: its conditions fail'}`,
      kind: 'approximation',
      colorIndex: 1,
      dash: true,
      source: `Theorem 3 with γ = ${sig(gamma)} (largest ‖∇F(w_j) − ∇F(w_τ)‖²/‖∇F(w_j)‖², mean over runs) and p0 = ${sig(p0)} (fraction of fresh gradients): measured averages, not the infimum the theorem asks for; J = t/(E[X]/P)${failed(conds)}`,
      points: ok ? boundPoints(grid, (t) => theorem3(inputs, t / (dist.mean / s.P)), conds) : [],
    });
  }
  return out;
}

/** Says so when Lemma 2's floor ηLσ²/(2cPm) lies above the starting error: the bounds say nothing then. */
function looseNote(s: S, cells: CellResults): string {
  if (s.lr !== 'fixed') return '';
  const info = infoOf(s, cells);
  if (info === null) return '';
  const floor = (s.eta * info.L * info.sigma2Eff) / (2 * info.c * s.P * s.mb);
  return floor > info.initialError
    ? ` The dashed bounds rise here: their floor ηLσ²/(2cKm) = ${sig(floor)} lies above the starting error ${sig(info.initialError)} (c = ${sig(info.c)} is small), so on this problem they say nothing useful.`
    : '';
}

/** [SS] Fig. 8: simulated error against wall-clock time for sync, Async and K-batch-async. */
export function errorChart(s: S, cells: CellResults): Chart {
  const lr: LrRule = s.lr;
  const stand =
    s.problem === 'logistic'
      ? ' A synthetic logistic regression stands in for the paper’s MNIST.'
      : s.problem === 'digits'
        ? ` Softmax regression on real handwritten digits (UCI, 8×8, ten classes) plays the paper’s MNIST; the curves are its training loss f(w), since f⋆ is not computed, and so the paper’s bounds on F − F⋆ are not drawn.`
        : '';
  const series = [
    ...contestants(s).map((c) => seriesOf(s, cells, c, lr, `${c.label}, ${LR_WORDS[lr]}`)),
    ...boundSeries(s, cells),
  ];
  return {
    type: 'xy',
    id: 'error-vs-time',
    title: 'Error against wall-clock time: sync, Async, K-batch-async (simulated)',
    cite: '[SS] Fig. 8, Sec. 6',
    summary: `Each learner computes its gradient at the parameters it last read; the PS applies each variant's rule (${LR_WORDS[lr]}, η = ${formatNumber(stepOf(s, lr))}). ${errorFinding(series)}${stand}${looseNote(s, cells)}`,
    x: { label: 'wall-clock time', scale: 'log' },
    y: { label: errorLabel(s), scale: 'log' },
    series,
  };
}

/** The y label of the error charts: the digits' curves are the training loss itself (infoOf). */
function errorLabel(s: S): string {
  return s.problem === 'digits' ? 'training loss f(w)' : 'F(w) − F⋆';
}

/**
 * The held-out error rate of Fig. 8's runs against wall-clock time (digits only), as the paper's
 * CIFAR-10 figure shows test error beside training loss.
 */
export function testErrorChart(s: S, cells: CellResults): Chart | null {
  if (s.problem !== 'digits') return null;
  const lr: LrRule = s.lr;
  const racers = contestants(s);
  const series = racers.map((c) =>
    seriesOf(s, cells, c, lr, `${c.label}, ${LR_WORDS[lr]}`, false, TEST_ERROR),
  );
  return {
    type: 'xy',
    id: 'test-error-vs-time',
    title: 'Held-out error against wall-clock time: sync, Async, K-batch-async (simulated)',
    cite: '[SS] Fig. 9 (test error beside training loss)',
    summary: `The same runs as the training-loss chart, each checkpoint scored on the images held out of training (20 % of each class, chosen by the seed). ${heldOutFinding(racers, series)}`,
    x: { label: 'wall-clock time', scale: 'log' },
    y: { label: 'held-out error rate', scale: 'linear' },
    series,
  };
}

const SHORT: Record<string, string> = { sync: 'sync', async: 'Async', kbatchasync: 'K-batch-async' };

/** Each contestant's mean held-out error at the last point of its curve, from the numbers. */
function heldOutFinding(racers: Contestant[], series: Series[]): string {
  const ends = series.flatMap((x, i) => {
    const last = x.points[x.points.length - 1];
    return last && last.y !== null ? [`${SHORT[racers[i].id]} ${(100 * last.y).toFixed(1)} %`] : [];
  });
  return ends.length === series.length ? `At the end of the horizon: ${ends.join(', ')}.` : '';
}

/** [SS] Fig. 9: Async with a fixed step against Eq. 13's staleness-compensating step. */
export function eq13Chart(s: S, cells: CellResults): Chart {
  const async = contestants(s).find((c) => c.id === 'async')!;
  const fixed = seriesOf(s, cells, async, 'fixed', `Async, fixed η = ${formatNumber(s.eta)}`);
  const eq13 = seriesOf(
    s,
    cells,
    { ...async, colorIndex: 3 },
    'eq13',
    `Async, Eq. 13 (η_max = ${formatNumber(s.etamax)}, C = ${formatNumber(s.comp)})`,
  );
  return {
    type: 'xy',
    id: 'eq13-vs-fixed',
    title: 'A staleness-compensating step against a fixed one (Async, simulated)',
    cite: '[SS] Fig. 9, Eq. 13, Theorem 4',
    summary: `Eq. 13 shrinks the step of a gradient computed far from the current parameters: η_j = min{C/‖w_j − w_τ(j)‖², η_max}. In the paper, under heavy staleness (P = 40, η_max = 0.01, C = 0.005·η_max, on CIFAR-10), a fixed step goes unstable where the compensated one does not; the gallery's Fig. 9 preset tries the same on the synthetic stand-in at larger steps (P = 40, X ~ exp(20), m = 250, η = η_max = 8, C = 0.04). ${eq13Finding([fixed, eq13])}`,
    x: { label: 'wall-clock time', scale: 'log' },
    y: { label: errorLabel(s), scale: 'log' },
    series: [fixed, eq13],
  };
}

/** AdaSync's schedule: the K each contestant's PS waited for, against time (mean over runs). */
export function scheduleChart(s: S, cells: CellResults): Chart | null {
  if (s.lr !== 'adasync') return null;
  const series: Series[] = contestants(s).map((c) => {
    const runs = results(s, cells, c, 'adasync');
    const points: Point[] = [];
    if (runs)
      for (const t of timeGrid(s)) {
        const ks = runs
          .map((r) => r.checkpoints.filter((x) => x.time <= t).pop()?.K)
          .filter((k) => k !== undefined);
        if (ks.length) points.push({ x: t, y: ks.reduce((a, k) => a + (k as number), 0) / ks.length });
      }
    return {
      id: `${c.id}-k`,
      label: c.label,
      kind: 'simulation' as const,
      colorIndex: c.colorIndex,
      source: `the K of the PS's current update rule, mean over ${s.seeds} runs: it starts at 1 and doubles, up to the variant's K, each time the error falls by another factor 10`,
      points,
    };
  });
  return {
    type: 'xy',
    id: 'adasync-schedule',
    title: 'AdaSync: synchrony grows as the error falls',
    cite: 'Dutta, Wang, Joshi 2021 (the journal follow-up of [SS]), AdaSync',
    summary:
      'Start asynchronous (K = 1) for fast early progress, and wait for more learners as the error falls, trading speed for a lower error floor.',
    x: { label: 'wall-clock time', scale: 'log' },
    y: { label: 'K (gradients per update)', scale: 'log' },
    series,
  };
}
