import type { Variant } from '../../engine/events/types';
import type { Scenario } from '../../scenario/views';
import type { TimelineCellParams } from './cells';

/** The scenario as run (a link may carry K > P: see `kFor`). */
export interface TimelineSetup {
  variants: Variant[];
  P: number;
  K: number;
  J: number;
  dist: string;
  comm: number;
  /** Learner l's compute time is speeds[l]·X; learners beyond the list take 1·X. */
  speeds: number[];
}

/**
 * K-sync and K-async wait for K distinct learners, so K is at most P there; the batch variants
 * count mini-batches from any learners, so K > P is meaningful for them and kept.
 */
export function kFor(setup: TimelineSetup, variant: Variant): number {
  return variant === 'ksync' || variant === 'kasync' ? Math.min(setup.K, setup.P) : setup.K;
}

/** Words for a K that had to be lowered, or undefined. */
export function kNote(setup: TimelineSetup, variant: Variant): string | undefined {
  const k = kFor(setup, variant);
  return k < setup.K
    ? `K = ${setup.K} is more than the P = ${setup.P} learners; run with K = ${k}.`
    : undefined;
}

export function timelineSetup(s: Scenario<'timeline'>): TimelineSetup {
  const speeds = Array.from({ length: s.P }, (_, l) => s.speed[l] ?? 1);
  return {
    variants: s.variants,
    P: s.P,
    K: s.K,
    J: s.J,
    dist: s.dist[0],
    comm: s.comm,
    speeds,
  };
}

export function cellParams(setup: TimelineSetup, variant: Variant): TimelineCellParams {
  return {
    variant,
    P: setup.P,
    K: kFor(setup, variant),
    J: setup.J,
    dist: setup.dist,
    comm: setup.comm,
    speeds: setup.speeds,
  };
}
