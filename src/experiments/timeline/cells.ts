import { tracePs } from '../../engine/events';
import type { PsTrace, Variant } from '../../engine/events/types';
import { rngFor } from '../../engine/random/seed';
import type { Rng } from '../../engine/random/xoshiro128';
import { parseDist } from '../../scenario/distributionSyntax';
import type { CellControl, CellSpec } from '../cells';
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

/** One variant's run: tiny (P ≤ 16 learners, J ≤ 60 updates), so one cell each, never chunked. */
export function timelineCell(p: TimelineCellParams): CellSpec {
  const { variant, P, K, J, dist, comm } = p;
  const id = identity('pstrace', [
    ['variant', variant],
    ['P', P],
    ['K', K],
    ['J', J],
    ['dist', dist],
    ['comm', comm],
    ['speed', p.speeds],
  ]);
  return { id, kind: 'pstrace', params: { ...p, speeds: [...p.speeds] }, cost: P * J };
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

/** The cell's own `rng` (seeded with the variant in its identity) is deliberately unused. */
export async function runTimeline(
  params: Record<string, unknown>,
  _rng: Rng,
  _ctl: CellControl,
  cell: { seed: number },
): Promise<PsTrace> {
  const p = params as unknown as TimelineCellParams;
  const dist = parseDist(p.dist).value;
  if (!dist) throw new Error(`invalid distribution ${p.dist}`);
  const rng = rngFor(cell.seed, streamIdentity(p));
  const { variant, P, K, J, comm, speeds } = p;
  return tracePs({ variant, P, K, J, dist, comm, speeds }, rng, J);
}
