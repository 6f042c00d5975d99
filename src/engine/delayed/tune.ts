// Step-size tuning for delayed SGD, per (M, b, τ, delay): the quadratic engine's grid search
// (src/engine/quadratic/tune.ts, whose header gives the reasons) driving a DelayedRun:
// - the grid γ_k = c/(1+M)·2^(−k) (gridGamma), k = kmin..kmax;
// - repetition r at grid index k draws from `${identity}|k=${k}|rep=${r}` (seed given);
// - a point is eligible only if every repetition reached the target; winner: smallest total of
//   steps over seeds, ties to the larger γ; pruning that cannot change the winner;
// - `walk` (default) from the predicted k, or `exhaustive`.
// The predicted k is the quadratic engine's for batch b·τ ([CP]: with mini-batch and delay the
// critical parameter is b·τ; γ ≈ C/(L(M_eff + b·τ))), so τ = 1 starts where tune.ts starts and,
// with the same identity, returns exactly tune.ts's result (tune.test.ts here checks it).

import { type Checkpointer, drainAsync, drainSync } from '../quadratic/control';
import { predictedK } from '../quadratic/grid';
import type { NoiseParams } from '../quadratic/noise';
import type { ProblemParams } from '../quadratic/problem';
import type { TargetParams } from '../quadratic/target';
import { gridSearch, type SearchKind, type TuneResult } from '../quadratic/tune';
import { DelayedRun, type DelayModel, makeDelayedProblem } from './run';

export interface DelayedTuneParams extends ProblemParams, NoiseParams, TargetParams {
  b: number;
  tau: number;
  delay: DelayModel;
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

/** [CP] Sec. 7.1's setting, constant delay τ = 1 (sequential SGD), one seed. */
export const DELAYED_TUNE_DEFAULTS: DelayedTuneParams = {
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 0,
  sigma2: 0,
  noise: 'literal',
  target: 'l2d',
  tol: 0.1,
  b: 1,
  tau: 1,
  delay: 'const',
  seeds: 1,
  kmin: 1,
  kmax: 20,
  c: 1.1,
  search: 'walk',
  cap: 10_000_000,
};

/** The grid index a search starts from: the quadratic engine's prediction for batch b·τ. */
export function delayedPredictedK(p: DelayedTuneParams, d: number, L: number): number {
  return predictedK(p, d, L, p.b * p.tau, p.c, p.kmin, p.kmax);
}

function* tuneGen(p: DelayedTuneParams, seed: number, identity: string): Generator<void, TuneResult> {
  const problem = makeDelayedProblem(p);
  const k0 = delayedPredictedK(p, problem.q.d, problem.q.L);
  return yield* gridSearch(p, new DelayedRun(problem), k0, seed, identity);
}

/** Synchronous core (tests, CLI). */
export function tuneDelayedSync(p: DelayedTuneParams, seed: number, identity: string): TuneResult {
  return drainSync(tuneGen(p, seed, identity));
}

/** For a worker cell: calls `ctl.checkpoint()` every CHUNK_STEPS steps. */
export function tuneDelayed(
  p: DelayedTuneParams,
  seed: number,
  identity: string,
  ctl: Checkpointer,
): Promise<TuneResult> {
  return drainAsync(tuneGen(p, seed, identity), ctl);
}

/**
 * [CP] Theorem 1's safe step γ_crit = 1/(10L(M_eff + b·τ)) in the summed form, M_eff as the
 * quadratic engine's effectiveM (d·M under `literal`, M under `coord`); passed `Meff` here.
 */
export function gammaCrit(L: number, Meff: number, b: number, tau: number): number {
  return 1 / (10 * L * (Meff + b * tau));
}
