// Step-size tuning for the learners model (learners.ts), per (M, b, P, dist): the quadratic
// engine's grid search (src/engine/quadratic/tune.ts, whose header gives the rules) driving a
// LearnersRun, with tune.ts's conventions unchanged: repetition r at grid index k runs on
// `${identity}|k=${k}|rep=${r}` of `seed` (its compute times on that stream jumped by 2⁶⁴).
// The start is delayed SGD's prediction (tune.ts here) for parallelism b·P: the mean staleness
// tends to P − 1 for any compute-time distribution (learners.ts), so [CP]'s critical product b·τ
// reads b·P (though [CP]'s τ is the maximum delay, unbounded here). With the same identity P = 1
// returns tune.ts's winner and steps (learners.test.ts checks it).

import { asyncRunner, syncRunner } from '../control';
import { PAPER_GRID, PAPER_PROBLEM } from '../quadratic/paperSetting';
import { makeQuadratic, type ProblemParams } from '../quadratic/problem';
import { type GridSearchParams, gridSearch, type TuneResult } from '../quadratic/tune';
import { LearnersRun, type LearnersSettings } from './learners';
import { delayedStartK } from './tune';

/** The grid and search settings (GridSearchParams) and the learners model's. */
export interface LearnersTuneParams extends ProblemParams, LearnersSettings, GridSearchParams {}

/** [CP] Sec. 7.1's setting, one learner with exponential(1) compute times, one seed. */
export const LEARNERS_TUNE_DEFAULTS: LearnersTuneParams = {
  ...PAPER_PROBLEM,
  b: 1,
  P: 1,
  dist: { family: 'exp', rate: 1 },
  ...PAPER_GRID,
};

/** The grid index a search starts from: the quadratic engine's prediction for batch b·P. */
export function learnersPredictedK(p: LearnersTuneParams, d: number, L: number): number {
  return delayedStartK(p, d, L, p.b * p.P, p.c, p.kmin, p.kmax);
}

function* tuneGen(p: LearnersTuneParams, seed: number, identity: string): Generator<void, TuneResult> {
  const q = makeQuadratic(p);
  const k0 = learnersPredictedK(p, q.d, q.L);
  return yield* gridSearch(p, new LearnersRun(q), k0, seed, identity);
}

/** Synchronous core (tests, CLI). */
export const tuneLearnersSync = syncRunner(tuneGen);
/** For a worker cell: (p, seed, identity, ctl), calling `ctl.checkpoint()` every CHUNK_STEPS steps. */
export const tuneLearners = asyncRunner(tuneGen);
