// Step-size tuning for the learners model (learners.ts), per (M, b, P, dist): the quadratic
// engine's grid search (src/engine/quadratic/tune.ts, whose header gives the rules) driving a
// LearnersRun, with tune.ts's conventions unchanged: repetition r at grid index k runs on
// `${identity}|k=${k}|rep=${r}` of `seed` (its compute times on that stream jumped by 2⁶⁴).
// The start is delayed SGD's prediction (tune.ts here) for parallelism b·P: the mean staleness
// tends to P − 1 for any compute-time distribution (learners.ts), so [CP]'s critical product b·τ
// reads b·P (though [CP]'s τ is the maximum delay, unbounded here). With the same identity P = 1
// returns tune.ts's winner and steps (learners.test.ts checks it).

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { makeQuadratic, type ProblemParams } from '../quadratic/problem';
import { gridSearch, type SearchKind, type TuneResult } from '../quadratic/tune';
import { LearnersRun, type LearnersSettings } from './learners';
import { delayedStartK } from './tune';

export interface LearnersTuneParams extends ProblemParams, LearnersSettings {
  /** Repetitions per grid point (the mean over them decides). */
  seeds: number;
  kmin: number;
  kmax: number;
  c: number;
  search: SearchKind;
  /** Iteration cap per run. */
  cap: number;
  /** `walk` only: consecutive non-improving neighbours tolerated per direction (default 0). */
  patience?: number;
}

/** [CP] Sec. 7.1's setting, one learner with exponential(1) compute times, one seed. */
export const LEARNERS_TUNE_DEFAULTS: LearnersTuneParams = {
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 0,
  sigma2: 0,
  noise: 'literal',
  target: 'l2d',
  tol: 0.1,
  b: 1,
  P: 1,
  dist: { family: 'exp', rate: 1 },
  seeds: 1,
  kmin: 1,
  kmax: 20,
  c: 1.1,
  search: 'walk',
  cap: 10_000_000,
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
export function tuneLearnersSync(p: LearnersTuneParams, seed: number, identity: string): TuneResult {
  return drainSync(tuneGen(p, seed, identity));
}

/** For a worker cell: calls `ctl.checkpoint()` every CHUNK_STEPS steps. */
export function tuneLearners(
  p: LearnersTuneParams,
  seed: number,
  identity: string,
  ctl: Checkpointer,
): Promise<TuneResult> {
  return drainAsync(tuneGen(p, seed, identity), ctl);
}
