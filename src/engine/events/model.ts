// The parameter-server event model's shared parts: its limits, its one validation and its one
// source of compute times. docs/ps-model.md states the model (what a mini-batch, an arrival, an
// update, a staleness and a completion are, what each variant waits for and cancels) and the order
// in which compute times are drawn; every event loop (./simulate.ts's kernels, ./allK.ts,
// ../race/run.ts) follows it and draws through ComputeTimes, so the same stream gives the same
// timeline in all of them.

import { type Distribution, type DistSpec, makeDistribution } from '../distributions';
import type { Rng } from '../random/xoshiro128';
import type { Variant } from './types';

/** Largest P accepted. */
export const MAX_PS_LEARNERS = 4096;
/** Largest K accepted by the K-batch variants. */
export const MAX_PS_K = 1 << 20;
/** Staleness histogram: bins 0..STALENESS_BINS − 1 exact, bin STALENESS_BINS counts the rest. */
export const PS_STALENESS_BINS = 64;
/** Compute-time draws between two yields of an event loop: about 1–5 ms of work (P = 20). */
export const CHUNK_DRAWS = 1 << 14;
/** Draws per refill of ComputeTimes' buffer (part of the share-link format: docs/ps-model.md). */
export const DRAW_BLOCK = 256;

/** What every PS event loop is given besides its own stopping rule. */
export interface PsShape {
  /** Omitted by the all-K runs, which give every K of one variant. */
  variant?: Variant;
  P: number;
  /** Omitted by the all-K runs. */
  K?: number;
  comm?: number;
  speeds?: readonly number[];
}

/** A validated PsShape: c = comm (0 by default), speeds null when all are 1. */
export interface PsSetup {
  P: number;
  K: number;
  c: number;
  speeds: Float64Array | null;
}

/** The one validation of a PS run's shape (RangeError naming the first bad field). */
export function validatePs(p: PsShape): PsSetup {
  const { P } = p;
  if (!Number.isInteger(P) || P < 1 || P > MAX_PS_LEARNERS)
    throw new RangeError(`P must be an integer in 1..${MAX_PS_LEARNERS}, got ${P}`);
  const K = p.K ?? 1;
  if (p.variant !== undefined) {
    const batch = p.variant === 'kbatchsync' || p.variant === 'kbatchasync';
    if (!batch && p.variant !== 'ksync' && p.variant !== 'kasync')
      throw new RangeError(`unknown variant ${String(p.variant)}`);
    const maxK = batch ? MAX_PS_K : P;
    if (!Number.isInteger(K) || K < 1 || K > maxK)
      throw new RangeError(`K must be an integer in 1..${maxK} for ${p.variant}, got ${K}`);
  }
  const c = p.comm ?? 0;
  if (!(c >= 0 && Number.isFinite(c))) throw new RangeError(`comm must be finite and ≥ 0, got ${c}`);
  let speeds: Float64Array | null = null;
  if (p.speeds !== undefined) {
    if (p.speeds.length !== P)
      throw new RangeError(`speeds must have P = ${P} entries, got ${p.speeds.length}`);
    for (const s of p.speeds)
      if (!(s > 0 && Number.isFinite(s))) throw new RangeError(`speeds must be finite and > 0, got ${s}`);
    if (p.speeds.some((s) => s !== 1)) speeds = Float64Array.from(p.speeds);
  }
  return { P, K, c, speeds };
}

/** J (updates) must be a whole number ≥ 1. */
export function validateUpdates(J: number): void {
  if (!Number.isInteger(J) || J < 1) throw new RangeError(`J must be an integer ≥ 1, got ${J}`);
}

/**
 * Learner l's compute times speeds[l]·X, X ~ dist, from rng. `next` reads a buffer refilled by
 * `sampleInto(rng, ·, DRAW_BLOCK)`: the values are those of repeated sampling, in the order the
 * mini-batches start, but the rng is left up to DRAW_BLOCK − 1 draws ahead. `iteration` draws
 * exactly P at once (K-sync's and ksyncAllK's whole iteration), leaving the rng exact.
 */
export class ComputeTimes {
  readonly dist: Distribution;
  private buf: Float64Array = new Float64Array(DRAW_BLOCK);
  /** Where the next draw is read in the buffer (DRAW_BLOCK: refill first). */
  position = DRAW_BLOCK;

  constructor(
    dist: Distribution | DistSpec,
    private readonly rng: Rng,
    readonly speeds: Float64Array | null,
  ) {
    this.dist = 'sampleInto' in dist ? dist : makeDistribution(dist);
  }

  /** The compute time of learner l's next mini-batch. */
  next(l: number): number {
    if (this.position === DRAW_BLOCK) {
      this.refill();
      this.position = 0;
    }
    const x = this.buf[this.position++];
    const s = this.speeds;
    return s === null ? x : x * s[l];
  }

  /** The next DRAW_BLOCK draws into the buffer (what `next` does when it runs out). */
  refill(): void {
    this.dist.sampleInto(this.rng, this.buf, DRAW_BLOCK);
  }

  /**
   * Moves the buffer, contents and all, into `buf` (a WebAssembly kernel's memory, which then reads
   * the draws there and calls `refill`): the draws stay the same, in the same order.
   */
  adoptBuffer(buf: Float64Array): void {
    buf.set(this.buf);
    this.buf = buf;
  }

  /** Learners 0..xs.length − 1's compute times at once, exactly xs.length draws. */
  iteration(xs: Float64Array): void {
    const P = xs.length;
    this.dist.sampleInto(this.rng, xs, P);
    const s = this.speeds;
    if (s !== null) for (let l = 0; l < P; l++) xs[l] *= s[l];
  }
}
