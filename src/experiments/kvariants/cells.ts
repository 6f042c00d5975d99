// Cells of the kvariants view: one per (distribution, variant, repetition) for the whole K axis,
// and one per (distribution, variant, repetition) at the detail K. Where the arrivals at the PS do
// not depend on K, one run gives every K at once (common random numbers, src/engine/events/allK.ts):
// K-sync in the paper's model (one iteration's sorted draws), K-batch-sync and K-batch-async (one
// stream of arrivals, grouped K at a time). K-async's learners wait for the update that takes
// their gradient, so its arrivals depend on K: each K runs on its own stream (identity + K), as does
// K-sync outside the paper's model. Such a curve is split into cells of a few K each (curveParts): a
// K-async run costs K·J arrivals, so one cell for the whole curve cost (P + 1)/2 times the others and
// ran alone at the end. Each K keeps its own stream: the numbers do not depend on the split.
// One more cell per distribution, without randomness: what the closed forms cost to compute
// (E[X_{K:P}] for every K, the ageing class), so the page's main thread never integrates.

import type { DistSpec } from '../../engine/distributions';
import {
  type ClosedFormInputs,
  closedFormInputsAsync,
  kbatchasyncAllKAsync,
  kbatchsyncAllKAsync,
  ksyncAllKAsync,
  type PsStats,
  simulatePsAsync,
  type Variant,
} from '../../engine/events';
import { rngFor } from '../../engine/random/seed';
import { defineCell } from '../defineCell';
import { type IdPart, identity, substream } from '../identity';

export interface KCurveParams {
  dist: DistSpec;
  /** The link text of the distribution (identity, labels). */
  distText: string;
  variant: Variant;
  P: number;
  J: number;
  comm: number;
  /** Per-learner slowdown factors (empty: all 1). */
  speeds: number[];
  /** The repetitions this cell runs (a few per cell: fewer, larger cells cost less overhead). */
  reps: number[];
  /** A curve that runs each K on its own (runsEachK): the K of this cell, from..to; absent: 1..P. */
  ks?: [number, number];
}

/** At most this many cells per curve and repetition group. */
const MAX_PARTS = 32;

/** Whether the curve runs each K on its own (K-async; K-sync outside the paper's model). */
export function runsEachK(p: { variant: Variant; comm: number; speeds: number[] }): boolean {
  return p.variant === 'kasync' || (p.variant === 'ksync' && !paperModel(p));
}

/** Arrivals of one repetition's run at K, in units of J: K-async K·J, K-sync P·J. */
function workAtK(p: { variant: Variant; P: number }, K: number): number {
  return p.variant === 'kasync' ? K : p.P;
}

/**
 * A curve that runs each K on its own, in contiguous ranges of K that cost about what one curve of
 * the all-K variants costs (P·J arrivals a repetition) or more, at most MAX_PARTS of them: K-async's [1, P]
 * in at most (P + 1)/2 parts (P = 20: eight).
 */
export function curveParts(p: { variant: Variant; P: number }): [number, number][] {
  let total = 0;
  for (let K = 1; K <= p.P; K++) total += workAtK(p, K);
  const target = Math.max(p.P, total / MAX_PARTS);
  const parts: [number, number][] = [];
  let from = 1;
  let sum = 0;
  for (let K = 1; K <= p.P; K++) {
    sum += workAtK(p, K);
    if (sum >= target || K === p.P) {
      parts.push([from, K]);
      from = K + 1;
      sum = 0;
    }
  }
  return parts;
}

export interface KDetailParams extends KCurveParams {
  K: number;
}

/**
 * The run's identity without the repetition: repetition r draws from `${runIdentity}|rep=${r}`,
 * so its numbers do not depend on which cell (group of repetitions) runs it.
 */
function runIdentity(kind: string, p: KCurveParams): string {
  return identity(kind, [
    ['dist', p.distText],
    ['variant', p.variant],
    ['P', p.P],
    ['J', p.J],
    ['comm', p.comm],
    ['speeds', p.speeds],
  ]);
}

function detailIdentity(p: KDetailParams): string {
  return substream(runIdentity('kdetail', p), 'K', p.K);
}

export interface KClosedParams {
  dist: DistSpec;
  distText: string;
  P: number;
}

/** Whether the run is the paper's model (no communication time, no persistently slow learners). */
export function paperModel(p: { comm: number; speeds: number[] }): boolean {
  return p.comm === 0 && p.speeds.every((s) => s === 1);
}

function psParams(p: KCurveParams, K: number) {
  return {
    variant: p.variant,
    P: p.P,
    K,
    J: p.J,
    dist: p.dist,
    comm: p.comm,
    ...(p.speeds.length ? { speeds: p.speeds } : {}),
  };
}

/** The closed forms' inputs of one distribution at P (independent of J, K, comm, speeds, seed). */
export const closedDef = defineCell('kclosed', {
  identity: (p: KClosedParams) =>
    identity('kclosed', [
      ['dist', p.distText],
      ['P', p.P],
    ]),
  cost: (p) => 2000 * p.P,
  run: (p, _rng, ctl): Promise<ClosedFormInputs> => closedFormInputsAsync(p.dist, p.P, ctl),
});

/** The per-K range of a curve cell that runs each K on its own (absent: the whole curve). */
function curveRange(p: KCurveParams): IdPart {
  return ['K', p.ks ? `${p.ks[0]}..${p.ks[1]}` : undefined];
}

function curveCost(p: KCurveParams): number {
  const [from, to] = p.ks ?? [1, p.P];
  let perRep = p.P * p.J;
  if (runsEachK(p)) {
    perRep = 0;
    for (let K = from; K <= to; K++) perRep += workAtK(p, K) * p.J;
  }
  return p.reps.length * perRep;
}

/**
 * Total time of J updates for K = 1..P (index K − 1), for each of the cell's repetitions; a part of a
 * curve that runs each K on its own gives its range of K only (index K − from).
 */
export const curveDef = defineCell('kcurve', {
  identity: (p: KCurveParams) => identity(runIdentity('kcurve', p), [['reps', p.reps], curveRange(p)]),
  cost: curveCost,
  async run(p, _rng, ctl, cell): Promise<number[][]> {
    const speeds = p.speeds.length ? p.speeds : undefined;
    const out: number[][] = [];
    for (const r of p.reps) {
      const id = substream(runIdentity('kcurve', p), 'rep', r);
      const rng = rngFor(cell.seed, id);
      // The engine awaits ctl.checkpoint() every few ms inside a run (J up to 10⁶).
      if (runsEachK(p)) {
        const times: number[] = [];
        const [from, to] = p.ks ?? [1, p.P];
        for (let K = from; K <= to; K++) {
          const run = await simulatePsAsync(psParams(p, K), rngFor(cell.seed, substream(id, 'K', K)), ctl);
          times.push(run.totalTime);
          await ctl.checkpoint();
        }
        out.push(times);
      } else if (p.variant === 'ksync')
        out.push(Array.from(await ksyncAllKAsync(p.P, p.J, p.dist, rng, ctl)));
      else if (p.variant === 'kbatchsync')
        out.push(Array.from(await kbatchsyncAllKAsync(p.P, p.J, p.dist, rng, p.comm, speeds, ctl)));
      else out.push(Array.from(await kbatchasyncAllKAsync(p.P, p.J, p.dist, rng, p.comm, speeds, ctl)));
      await ctl.checkpoint();
    }
    return out;
  },
});

/** Every statistic of one run at the detail K, for each of the cell's repetitions. */
export const detailDef = defineCell('kdetail', {
  identity: (p: KDetailParams) => substream(detailIdentity(p), 'reps', p.reps),
  cost: (p) => p.reps.length * p.J,
  async run(p, _rng, ctl, cell): Promise<PsStats[]> {
    const out: PsStats[] = [];
    for (const r of p.reps) {
      out.push(
        await simulatePsAsync(
          psParams(p, p.K),
          rngFor(cell.seed, substream(detailIdentity(p), 'rep', r)),
          ctl,
        ),
      );
      await ctl.checkpoint();
    }
    return out;
  },
});

export const closedCell = closedDef.cell;
export const curveCell = curveDef.cell;
export const detailCell = detailDef.cell;
