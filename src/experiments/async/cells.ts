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

/**
 * A cell's work: the steps grow with the noise, and with τ (the step size must shrink as 1/τ); the
 * two add rather than multiply. Fitted to the measured times of the Fig. 9 preset's cells
 * (scripts/cellCosts.ts: within a factor 2.5 from 4 ms to 2.7 s; the old product was off 100-fold).
 */
function cost(M: number, tau: number, seeds: number): number {
  return seeds * (1 + 20 * M + 3 * tau * (1 + M / 1000));
}

export const delayedDef = defineCell('delayedtune', {
  identity: (p: WithTuneOn<DelayedTuneParams>) => delayedIdentity(p),
  cost: (p) => cost(p.M, p.tau, p.seeds),
  run: (p, _rng, ctl, cell): Promise<TuneResult> => tuneDelayed(p, cell.seed, delayedIdentity(p), ctl),
});

export const learnersDef = defineCell('learnerstune', {
  identity: (p: WithTuneOn<LearnersTuneParams>) => learnersIdentity(p),
  cost: (p) => cost(p.M, p.P, p.seeds),
  run: (p, _rng, ctl, cell): Promise<TuneResult> => tuneLearners(p, cell.seed, learnersIdentity(p), ctl),
});

export const delayedCell = delayedDef.cell;
export const learnersCell = learnersDef.cell;
