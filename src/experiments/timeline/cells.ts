import { tracePs } from '../../engine/events';
import type { PsTrace, Variant } from '../../engine/events/types';
import { rngFor } from '../../engine/random/seed';
import { parseDist } from '../../scenario/distributionSyntax';
import { defineCell } from '../defineCell';
import { identity } from '../identity';

export interface TimelineCellParams {
  variant: Variant;
  P: number;
  K: number;
  J: number;
  dist: string;
  comm: number;
  speeds: number[];
}

/**
 * The identity of the random stream behind a run: the learners and their distribution only. The
 * variant is left out on purpose, so every variant of a scenario draws from the same stream and the
 * difference between two charts is the algorithm, not luck; K, J, the communication time and
 * the learners' slowdowns are left out too, so changing them keeps the same luck.
 */
export function streamIdentity(p: Pick<TimelineCellParams, 'P' | 'dist'>): string {
  return identity('ps-stream', [
    ['P', p.P],
    ['dist', p.dist],
  ]);
}

/**
 * One variant's run: tiny (P ≤ 16 learners, J ≤ 60 updates), so one cell each, never chunked. The
 * cell's own `rng` (seeded with the variant in its identity) is deliberately unused.
 */
export const timelineDef = defineCell('pstrace', {
  identity: (p: TimelineCellParams) =>
    identity('pstrace', [
      ['variant', p.variant],
      ['P', p.P],
      ['K', p.K],
      ['J', p.J],
      ['dist', p.dist],
      ['comm', p.comm],
      ['speed', p.speeds],
    ]),
  cost: (p) => p.P * p.J,
  params: (p) => ({ ...p, speeds: [...p.speeds] }),
  async run(p, _rng, _ctl, cell): Promise<PsTrace> {
    const dist = parseDist(p.dist).value;
    if (!dist) throw new Error(`invalid distribution ${p.dist}`);
    const rng = rngFor(cell.seed, streamIdentity(p));
    const { variant, P, K, J, comm, speeds } = p;
    return tracePs({ variant, P, K, J, dist, comm, speeds }, rng, J);
  },
});

export const timelineCell = timelineDef.cell;
