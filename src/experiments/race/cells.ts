// Cells of the race view. A run cell covers a few repetitions of one (variant, K, rule, step) run;
// repetition r draws from `${raceRunIdentity}|rep=${r}` (./identity.ts) so grouping never changes a number. A win cell
// is one contestant of the who-wins map at one (P, M), all its steps and repetitions. An info cell
// is a logistic problem's constants for the bounds (its data set and f⋆ by Newton's method take
// seconds at n = 20 000: work for a worker, not for the charts on the main thread).

import { problemInfoAsync, raceRunAsync } from '../../engine/race';
import type { LogisticRaceProblem, ProblemInfo, RaceParams, RaceResult } from '../../engine/race/types';
import { rngFor } from '../../engine/random/seed';
import type { Rng } from '../../engine/random/xoshiro128';
import type { CellControl, CellSpec } from '../cells';
import { substream } from '../identity';
import { raceInfoIdentity, raceRunIdentity, winCellIdentity, winStreamIdentity } from './identity';

export interface RunCellParams {
  run: RaceParams;
  reps: number[];
}

export function runCell(p: RunCellParams): CellSpec {
  return {
    id: substream(raceRunIdentity(p.run), 'reps', p.reps),
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
    out.push(await raceRunAsync(p.run, rngFor(cell.seed, substream(raceRunIdentity(p.run), 'rep', r)), ctl));
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
    id: winCellIdentity(p.run, p.etas, p.reps),
    kind: 'racewin',
    params: { ...p },
    cost: p.etas.length * p.reps,
  };
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
    id: raceInfoIdentity(problem),
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
