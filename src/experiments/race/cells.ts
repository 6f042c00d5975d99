// Cells of the race view. A run cell covers a few repetitions of one (variant, K, rule, step) run;
// repetition r draws from `${raceRunIdentity}|rep=${r}` (./identity.ts) so grouping never changes a number. A win cell
// is one contestant of the who-wins map at one (P, M), all its steps and repetitions. An info cell
// is a logistic problem's constants for the bounds (its data set and f⋆ by Newton's method take
// seconds at n = 20 000: work for a worker, not for the charts on the main thread).

import { problemInfoAsync, raceRunAsync } from '../../engine/race';
import type { LogisticRaceProblem, ProblemInfo, RaceParams, RaceResult } from '../../engine/race/types';
import { rngFor } from '../../engine/random/seed';
import { defineCell } from '../defineCell';
import { substream } from '../identity';
import { raceInfoIdentity, raceRunIdentity, winCellIdentity, winStreamIdentity } from './identity';

export interface RunCellParams {
  run: RaceParams;
  reps: number[];
}

/** A few repetitions of one (variant, K, rule, step) run. */
export const raceRunDef = defineCell('racerun', {
  identity: (p: RunCellParams) => substream(raceRunIdentity(p.run), 'reps', p.reps),
  cost: (p) => p.reps.length * p.run.P,
  async run(p, _rng, ctl, cell): Promise<RaceResult[]> {
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

/** Time to the target of each (step, repetition), or null where it was not reached. */
export type WinResult = { eta: number; times: (number | null)[] }[];

/** One contestant of the who-wins map at one (P, M): all its steps and repetitions. */
export const winDef = defineCell('racewin', {
  identity: (p: WinCellParams) => winCellIdentity(p.run, p.etas, p.reps),
  cost: (p) => p.etas.length * p.reps,
  async run(p, _rng, ctl, cell): Promise<WinResult> {
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
  },
});

/** A logistic problem's constants for the bounds (data set, f⋆ by Newton's method). */
export const infoDef = defineCell('raceinfo', {
  identity: (p: { problem: LogisticRaceProblem }) => raceInfoIdentity(p.problem),
  cost: (p) => 1 + (p.problem.n * p.problem.dim) / 20000,
  run: (p, _rng, ctl): Promise<ProblemInfo> => problemInfoAsync(p.problem, ctl),
});

export const runCell = raceRunDef.cell;
export const winCell = winDef.cell;
export const infoCell = (problem: LogisticRaceProblem) => infoDef.cell({ problem });
