// Cells of the race view. A run cell covers a few repetitions of one (variant, K, rule, step) run;
// repetition r draws from `${raceRunIdentity}|rep=${r}` (./identity.ts) so grouping never changes a number. A win cell
// is one contestant of the who-wins map at one (P, M), all its steps and repetitions, each step's
// runs stopped once it cannot be the contestant's best (./winSteps.ts: the map's numbers do not
// change, its time roughly halves). An info cell is a logistic problem's constants for the bounds
// (its data set and f⋆ by Newton's method take seconds at n = 20 000: work for a worker, not for
// the charts on the main thread).

import { loadDigits } from '../../engine/digits/decode';
import { makeDistribution } from '../../engine/distributions';
import { problemInfoAsync, raceRunAsync } from '../../engine/race';
import type { LogisticRaceProblem, ProblemInfo, RaceParams, RaceResult } from '../../engine/race/types';
import { rngFor } from '../../engine/random/seed';
import type { CellControl } from '../cells';
import { defineCell } from '../defineCell';
import { substream } from '../identity';
import { raceInfoIdentity, raceRunIdentity, winCellIdentity, winStreamIdentity } from './identity';
import { runSteps, type WinResult } from './winSteps';

export type { WinResult } from './winSteps';

export interface RunCellParams {
  run: RaceParams;
  reps: number[];
}

/**
 * The digits' softmax regression in the same units: a gradient is ≈ 33 non-zero pixels × 10 classes
 * twice plus the 650-parameter update; a checkpoint scores all 1,797 images, a forward pass each
 * (≈ 330 multiply-adds and ten exps).
 */
const DIGITS_GRADIENT = 1300;
const DIGITS_FORWARD = 430;
const DIGITS_IMAGES = 1797;

/**
 * One race run's work: the gradients its learners compute by the horizon (P·T over a gradient's mean
 * time, at most the PS's update cap), each costing m·dim (logistic) or d (quadratic: a mini-batch of
 * Gaussian noise is one draw) plus a fixed ~130 units of bookkeeping, plus the checkpoints' loss
 * evaluations (a pass over the data set for the logistic). Asynchronous variants cost more per
 * gradient: on Fig. 9, 3× in Node (K-sync 4.5 s, K-async 13.6 s, K-batch-async 13.3 s for the same
 * gradients) and about 1.8× in Chromium's workers, where the page runs them; 2× is used. Fig. 9's 80 000 gradients of 250 samples are why it takes half a minute.
 */
export function raceWork(run: RaceParams): number {
  const mean = makeDistribution(run.dist).mean + 2 * (run.comm ?? 0);
  const horizonGradients = (run.P * run.maxTime) / (Number.isFinite(mean) && mean > 0 ? mean : 1);
  const gradients = Math.min(run.maxUpdates * Math.max(1, run.K), horizonGradients);
  const q = run.problem;
  const perGradient =
    (q.kind === 'logistic' ? run.mb * q.dim : q.kind === 'digits' ? run.mb * DIGITS_GRADIENT : q.d) + 130;
  const perCheckpoint =
    q.kind === 'logistic' ? q.n * q.dim : q.kind === 'digits' ? DIGITS_IMAGES * DIGITS_FORWARD : q.d;
  const asyncFactor = run.variant === 'kasync' || run.variant === 'kbatchasync' ? 2 : 1;
  return asyncFactor * gradients * perGradient + run.checkpoints * perCheckpoint;
}

/** A few repetitions of one (variant, K, rule, step) run. */
export const raceRunDef = defineCell('racerun', {
  identity: (p: RunCellParams) => substream(raceRunIdentity(p.run), 'reps', p.reps),
  cost: (p) => p.reps.length * raceWork(p.run),
  async run(p, _rng, ctl, cell): Promise<RaceResult[]> {
    if (p.run.problem.kind === 'digits') await loadDigits(); // the model reads them synchronously
    const out: RaceResult[] = [];
    for (const r of p.reps)
      out.push(
        await raceRunAsync(p.run, rngFor(cell.seed, substream(raceRunIdentity(p.run), 'rep', r)), ctl),
      );
    return out;
  },
});

export interface WinCellParams {
  /** One run per step of the grid and repetition; all share everything but η. */
  run: RaceParams;
  etas: number[];
  reps: number;
}

/** One contestant of the who-wins map at one (P, M): all its steps and repetitions, pruned (./winSteps.ts). */
export const winDef = defineCell('racewin', {
  identity: (p: WinCellParams) => winCellIdentity(p.run, p.etas, p.reps),
  // Pruned: a step's runs stop once it cannot be the best, about half the work (./winSteps.ts).
  cost: (p) => 0.5 * p.etas.length * p.reps * raceWork(p.run),
  run: (p, _rng, ctl, cell): Promise<WinResult> => winRuns(p, cell.seed, ctl, true),
});

/**
 * A contestant's runs (./winSteps.ts), pruned or in full. Each repetition draws from its stream of
 * the full-horizon run, whatever horizon it runs to. Pruning needs a run whose trajectory does not
 * depend on its horizon: the quadratic's (the map's problem), not the logistic's, whose error is
 * evaluated at checkpoints spread over the horizon.
 */
export function winRuns(
  p: WinCellParams,
  seed: number,
  ctl: CellControl,
  prune: boolean,
): Promise<WinResult> {
  const runRep = async (eta: number, rep: number, horizon: number) => {
    if (p.run.problem.kind === 'digits') await loadDigits();
    const run = { ...p.run, eta };
    const rng = rngFor(seed, winStreamIdentity(run, rep));
    const res = await raceRunAsync(horizon < run.maxTime ? { ...run, maxTime: horizon } : run, rng, ctl);
    return res.reached ? res.reached.time : null;
  };
  return runSteps(p.etas, p.reps, p.run.maxTime, runRep, prune && p.run.problem.kind === 'quadratic');
}

/** A logistic problem's constants for the bounds (data set, f⋆ by Newton's method). */
export const infoDef = defineCell('raceinfo', {
  identity: (p: { problem: LogisticRaceProblem }) => raceInfoIdentity(p.problem),
  cost: (p) => 1 + (p.problem.n * p.problem.dim) / 20000,
  run: (p, _rng, ctl): Promise<ProblemInfo> => problemInfoAsync(p.problem, ctl),
});

export const runCell = raceRunDef.cell;
export const winCell = winDef.cell;
export const infoCell = (problem: LogisticRaceProblem) => infoDef.cell({ problem });
