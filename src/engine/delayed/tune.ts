// Step-size tuning for delayed SGD, per (M, b, τ, delay): the quadratic engine's grid search
// (src/engine/quadratic/tune.ts, whose header gives the reasons) driving a DelayedRun:
// - the grid γ_k = c/(1+M)·2^(−k) (gridGamma), k = kmin..kmax;
// - repetition r at grid index k draws from `${identity}|k=${k}|rep=${r}` (seed given);
// - a point is eligible only if every repetition reached the target; winner: smallest total of
//   steps over seeds, ties to the larger γ; pruning that cannot change the winner;
// - `walk` (default) from the predicted k, or `exhaustive`.
// The start is a prediction for parallelism b·τ ([CP]: with mini-batch and delay the critical
// parameter is b·τ; γ ≈ C/(L(M_eff + b·τ)), delayedStartK). With the same identity τ = 1 gives
// tune.ts's result — the same winner and steps, since neither depends on where a search starts
// (tune.test.ts here checks it); only the work may differ.

import { asyncRunner, syncRunner } from '../control';
import { pow } from '../math';
import { nearestGridK } from '../quadratic/grid';
import type { NoiseParams } from '../quadratic/noise';
import { effectiveM } from '../quadratic/noise';
import { PAPER_GRID, PAPER_PROBLEM } from '../quadratic/paperSetting';
import type { ProblemParams } from '../quadratic/problem';
import type { TargetParams } from '../quadratic/target';
import { type GridSearchParams, gridSearch, type TuneResult } from '../quadratic/tune';
import { DelayedRun, type DelayModel, makeDelayedProblem } from './run';

/** The grid and search settings (GridSearchParams: seeds, kmin, kmax, c, search, cap, patience) and the run's. */
export interface DelayedTuneParams extends ProblemParams, NoiseParams, TargetParams, GridSearchParams {
  b: number;
  tau: number;
  delay: DelayModel;
}

/** [CP] Sec. 7.1's setting, constant delay τ = 1 (sequential SGD), one seed. */
export const DELAYED_TUNE_DEFAULTS: DelayedTuneParams = {
  ...PAPER_PROBLEM,
  b: 1,
  tau: 1,
  delay: 'const',
  ...PAPER_GRID,
};

/**
 * The step a search starts from, γ ≈ C/(L(M' + n)) for parallelism n = b·τ (or b·P), with the
 * constant read off the Fig. 4 preset (const delay, one seed, M ∈ {10, 100, 1000}, τ = 2⁰…2¹⁴):
 * the tuned γ·L·(M' + n) is ≈ 2.9 while n ≪ M' (the noise decides) and 1.3–1.7 once n ≫ M' (the
 * delay decides), so C moves geometrically from 2.9 to 1.4 with the noise's share w = M'/(M' + n).
 * The quadratic engine's single C = 2 (grid.ts) started one grid point too small in 20 of 45 cells
 * there, costing the walk a fourth probe; this starts on the winner in the flat part of every curve.
 */
export function delayedStartK(
  noise: NoiseParams,
  d: number,
  L: number,
  n: number,
  c: number,
  kmin: number,
  kmax: number,
): number {
  const Me = effectiveM(noise, d);
  const w = Me / (Me + n);
  const C = 1.4 * pow(2.9 / 1.4, w);
  return nearestGridK(C / (L * (Me + n)), noise.M, c, kmin, kmax);
}

/** The grid index a search starts from, for batch b and delay τ. */
export function delayedPredictedK(p: DelayedTuneParams, d: number, L: number): number {
  return delayedStartK(p, d, L, p.b * p.tau, p.c, p.kmin, p.kmax);
}

function* tuneGen(p: DelayedTuneParams, seed: number, identity: string): Generator<void, TuneResult> {
  const problem = makeDelayedProblem(p);
  const k0 = delayedPredictedK(p, problem.q.d, problem.q.L);
  return yield* gridSearch(p, new DelayedRun(problem), k0, seed, identity);
}

/** Synchronous core (tests, CLI). */
export const tuneDelayedSync = syncRunner(tuneGen);
/** For a worker cell: (p, seed, identity, ctl), calling `ctl.checkpoint()` every CHUNK_STEPS steps. */
export const tuneDelayed = asyncRunner(tuneGen);

/**
 * [CP] Theorem 1's safe step γ_crit = 1/(10L(M_eff + b·τ)) in the summed form, M_eff as the
 * quadratic engine's effectiveM (d·M under `literal`, M under `coord`); passed `Meff` here.
 */
export function gammaCrit(L: number, Meff: number, b: number, tau: number): number {
  return 1 / (10 * L * (Meff + b * tau));
}
