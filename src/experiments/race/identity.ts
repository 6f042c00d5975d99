// Identities of the race view's cells and streams, spelled as JSON records (the spelling its links
// were first published with), with every field listed in its fixed order.

import type { LogisticRaceProblem, RaceParams, RaceProblem } from '../../engine/race/types';
import { distRecord } from '../distIdentity';
import { IdRecord, identity } from '../identity';

export function problemRecord(p: RaceProblem): IdRecord {
  if (p.kind === 'logistic') return logisticRecord(p);
  if (p.kind === 'digits')
    return new IdRecord([
      ['kind', p.kind],
      ['ridge', p.ridge],
      ['splitSeed', p.splitSeed],
    ]);
  return new IdRecord([
    ['kind', p.kind],
    ['family', p.family],
    ['d', p.d],
    ['lambda', p.lambda],
    ['kappa', p.kappa],
    ['M', p.M],
    ['sigma2', p.sigma2],
    ['noise', p.noise],
  ]);
}

function logisticRecord(p: LogisticRaceProblem): IdRecord {
  return new IdRecord([
    ['kind', p.kind],
    ['n', p.n],
    ['dim', p.dim],
    ['sep', p.sep],
    ['flip', p.flip],
    ['ridge', p.ridge],
    ['dataSeed', p.dataSeed],
  ]);
}

/** A run's fields; `racer: false` leaves out the variant and K (the map's common random numbers). */
function runRecord(p: RaceParams, racer = true): IdRecord {
  return new IdRecord([
    ['variant', racer ? p.variant : undefined],
    ['P', p.P],
    ['K', racer ? p.K : undefined],
    ['dist', distRecord(p.dist)],
    ['comm', p.comm],
    ['speeds', p.speeds],
    ['problem', problemRecord(p.problem)],
    ['mb', p.mb],
    ['eta', p.eta],
    ['lr', p.lr],
    ['C', p.C],
    ['maxTime', p.maxTime],
    ['maxUpdates', p.maxUpdates],
    ['checkpoints', p.checkpoints],
    ['target', p.target],
  ]);
}

/** One run of Fig. 8/9 without its repetition; repetition r streams from `${this}|rep=${r}`. */
export const raceRunIdentity = (p: RaceParams) => identity('race', [runRecord(p)]);

/** A map contestant: one run at each step of the grid, `reps` repetitions each. */
export const winCellIdentity = (run: RaceParams, etas: readonly number[], reps: number) =>
  identity('racewin', [
    new IdRecord([
      ['run', runRecord(run)],
      ['etas', etas],
      ['reps', reps],
    ]),
  ]);

/**
 * The stream of one repetition of a map run. Common random numbers: it leaves out the variant and K,
 * so racers differ by their rules, not their luck (at P = 1 all four are sequential SGD and tie exactly).
 */
export const winStreamIdentity = (run: RaceParams, rep: number) =>
  identity('racewin', [runRecord(run, false), ['rep', rep]]);

export const raceInfoIdentity = (problem: LogisticRaceProblem) =>
  identity('raceinfo', [logisticRecord(problem)]);
