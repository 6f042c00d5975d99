// Cells of the race view. A run cell covers a few repetitions of one (variant, K, rule, step) run;
// repetition r draws from `${runIdentity}|rep=${r}` so grouping never changes a number. A win cell
// is one contestant of the who-wins map at one (P, M), all its steps and repetitions. An info cell
// is a logistic problem's constants for the bounds (its data set and f⋆ by Newton's method take
// seconds at n = 20 000: work for a worker, not for the charts on the main thread).

import { problemInfoAsync, raceRunAsync } from '../../engine/race';
import type { LogisticRaceProblem, ProblemInfo, RaceParams, RaceResult } from '../../engine/race/types';
import { rngFor } from '../../engine/random/seed';
import type { Rng } from '../../engine/random/xoshiro128';
import type { CellControl, CellSpec } from '../cells';

export interface RunCellParams {
  run: RaceParams;
  reps: number[];
}

function runIdentity(p: RaceParams): string {
  return `race|${JSON.stringify(p)}`;
}

export function runCell(p: RunCellParams): CellSpec {
  return {
    id: `${runIdentity(p.run)}|reps=${p.reps.join(',')}`,
    kind: 'racerun',
    params: { ...p },
    cost: p.reps.length * p.run.P,
  };
}

export async function runRace(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
  cell: { seed: number },
): Promise<RaceResult[]> {
  const p = params as unknown as RunCellParams;
  const out: RaceResult[] = [];
  for (const r of p.reps) {
    out.push(await raceRunAsync(p.run, rngFor(cell.seed, `${runIdentity(p.run)}|rep=${r}`), ctl));
  }
  return out;
}

export interface WinCellParams {
  /** One run per step of the grid and repetition; all share everything but η. */
  run: RaceParams;
  etas: number[];
  reps: number;
}

/** Time to the target of each (step, repetition), or null where it was not reached. */
export type WinResult = { eta: number; times: (number | null)[] }[];

export function winCell(p: WinCellParams): CellSpec {
  return {
    id: `racewin|${JSON.stringify(p)}`,
    kind: 'racewin',
    params: { ...p },
    cost: p.etas.length * p.reps,
  };
}

/**
 * The stream of one repetition of a map run. Common random numbers: it leaves out the variant and K,
 * so racers differ by their rules, not their luck (at P = 1 all four are sequential SGD and tie exactly).
 */
export function winStreamIdentity(run: RaceParams, rep: number): string {
  const { variant: _v, K: _K, ...shared } = run;
  return `racewin|${JSON.stringify(shared)}|rep=${rep}`;
}

export async function runWin(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
  cell: { seed: number },
): Promise<WinResult> {
  const p = params as unknown as WinCellParams;
  const out: WinResult = [];
  for (const eta of p.etas) {
    const times: (number | null)[] = [];
    for (let r = 0; r < p.reps; r++) {
      const run = { ...p.run, eta };
      const res = await raceRunAsync(run, rngFor(cell.seed, winStreamIdentity(run, r)), ctl);
      times.push(res.reached ? res.reached.time : null);
    }
    out.push({ eta, times });
  }
  return out;
}

export function infoCell(problem: LogisticRaceProblem): CellSpec {
  return {
    id: `raceinfo|${JSON.stringify(problem)}`,
    kind: 'raceinfo',
    params: { problem },
    cost: 1 + (problem.n * problem.dim) / 20000,
  };
}

export async function runInfo(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
): Promise<ProblemInfo> {
  return problemInfoAsync((params as { problem: LogisticRaceProblem }).problem, ctl);
}
