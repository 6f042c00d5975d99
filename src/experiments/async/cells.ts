// Cells of the async view. Each tuning cell is independent (its streams are seeded from the
// scenario seed and the cell identity), so adding a τ or an M recomputes only the new points.

import {
  type DelayedTuneParams,
  type LearnersTuneParams,
  tuneDelayed,
  tuneLearners,
} from '../../engine/delayed';
import type { TuneOn, TuneResult } from '../../engine/quadratic/tune';
import { defineCell } from '../defineCell';
import { distRecord } from '../distIdentity';
import { type IdPart, identity, jsonText } from '../identity';
import { noiseTargetParts, problemParts, searchParts } from '../quadratic/identityParts';

type WithTuneOn<P> = P & { tuneOn: TuneOn };

/** Every parameter the result depends on, in a fixed order (never a position in a list). */
function commonParts(p: WithTuneOn<DelayedTuneParams | LearnersTuneParams>): IdPart[] {
  return [
    ['M', p.M],
    ['b', p.b],
    ...problemParts(p),
    ...noiseTargetParts(p),
    ...searchParts(p),
    ['tuneon', p.tuneOn],
  ];
}

export function delayedIdentity(p: WithTuneOn<DelayedTuneParams>): string {
  return identity('delayed', [['delay', p.delay], ['tau', p.tau], ...commonParts(p)]);
}

/** The distribution is spelled as a JSON record here (as these links were first published). */
export function learnersIdentity(p: WithTuneOn<LearnersTuneParams>): string {
  return identity('learners', [['P', p.P], ['dist', jsonText(distRecord(p.dist))], ...commonParts(p)]);
}

/** Cost only orders the progress bar: steps grow with the noise and, past saturation, with τ. */
function cost(M: number, tau: number): number {
  return (1 + M * 20) * Math.max(1, tau / 64);
}

export const delayedDef = defineCell('delayedtune', {
  identity: (p: WithTuneOn<DelayedTuneParams>) => delayedIdentity(p),
  cost: (p) => cost(p.M, p.tau),
  run: (p, _rng, ctl, cell): Promise<TuneResult> => tuneDelayed(p, cell.seed, delayedIdentity(p), ctl),
});

export const learnersDef = defineCell('learnerstune', {
  identity: (p: WithTuneOn<LearnersTuneParams>) => learnersIdentity(p),
  cost: (p) => cost(p.M, p.P),
  run: (p, _rng, ctl, cell): Promise<TuneResult> => tuneLearners(p, cell.seed, learnersIdentity(p), ctl),
});

export const delayedCell = delayedDef.cell;
export const learnersCell = learnersDef.cell;
