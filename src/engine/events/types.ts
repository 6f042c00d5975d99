// The API of the discrete-event parameter-server simulator ([SS] Sec. 3, the four variants of
// Figs. 3–4). Semantics, conventions and the order of random draws: docs/ps-model.md.

import type { DistSpec } from '../distributions/spec';

export type Variant = 'ksync' | 'kbatchsync' | 'kasync' | 'kbatchasync';

export interface PsParams {
  variant: Variant;
  /** Learners, 1 ≤ P ≤ MAX_PS_LEARNERS (4096; RangeError above). */
  P: number;
  /**
   * K-sync and K-async: 1 ≤ K ≤ P (learners per update). K-batch variants: any integer K ≥ 1
   * (mini-batches per update, from whichever learners: K > P means some learners contribute
   * several), up to MAX_PS_K.
   */
  K: number;
  /** PS updates, integer ≥ 1. */
  J: number;
  /** Compute time X of one mini-batch gradient, i.i.d. across learners and mini-batches. */
  dist: DistSpec;
  /** Fixed time of each push and each pull (default 0). */
  comm?: number;
  /** Per-learner slowdown factors: learner l's time is speeds[l]·X (default all 1). */
  speeds?: number[];
}

export interface PsStats {
  /** Time of the J-th update. */
  totalTime: number;
  /** totalTime / J. */
  timePerUpdate: number;
  /**
   * Staleness of every applied gradient: histogram counts for 0..63, then one bin ≥ 64;
   * fresh = fraction with staleness 0.
   */
  staleness: { histogram: number[]; mean: number; max: number; fresh: number };
  /** Fraction of learner-time (P·totalTime) spent computing (applied or not). */
  utilization: number;
  /** Fraction of compute time thrown away (cancelled work). */
  wasted: number;
  /** Learner completions processed (performance reporting). */
  completions: number;
}

export interface TraceSegment {
  learner: number;
  start: number;
  end: number;
  kind: 'compute' | 'cancelled' | 'idle' | 'comm';
  /** PS version w_v the learner was working from (the number of updates before its pull). */
  readVersion: number;
  /** For an applied 'compute' segment: the number v of the update that applied it (it produced w_v); else null. */
  appliedVersion: number | null;
  /** appliedVersion − 1 − readVersion for an applied gradient; else null. */
  staleness: number | null;
}

export interface PsTrace {
  segments: TraceSegment[];
  /** One entry per update: its time, the version it produced (1..), the learners whose gradients it applied. */
  updates: { time: number; version: number; contributors: number[] }[];
  stats: PsStats;
}
