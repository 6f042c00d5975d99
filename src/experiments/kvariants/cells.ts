// Cells of the kvariants view: one per (distribution, variant, repetition) for the whole K axis,
// and one per (distribution, variant, repetition) at the detail K. Where the arrivals at the PS do
// not depend on K, one run gives every K at once (common random numbers, src/engine/events/allK.ts):
// K-sync in the paper's model (one iteration's sorted draws), K-batch-sync and K-batch-async (one
// stream of arrivals, grouped K at a time). K-async's learners wait for the update that takes
// their gradient, so its arrivals depend on K: each K runs on its own stream (identity + K).
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
import type { Rng } from '../../engine/random/xoshiro128';
import type { CellControl, CellSpec } from '../cells';

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
}

export interface KDetailParams extends KCurveParams {
  K: number;
}

/**
 * The run's identity without the repetition: repetition r draws from `${runIdentity}|rep=${r}`,
 * so its numbers do not depend on which cell (group of repetitions) runs it.
 */
function runIdentity(kind: string, p: KCurveParams): string {
  return `${kind}|dist=${p.distText}|variant=${p.variant}|P=${p.P}|J=${p.J}|comm=${p.comm}|speeds=${p.speeds.join(',')}`;
}

function detailIdentity(p: KDetailParams): string {
  return `${runIdentity('kdetail', p)}|K=${p.K}`;
}

export interface KClosedParams {
  dist: DistSpec;
  distText: string;
  P: number;
}

/** The closed forms' inputs of one distribution at P (independent of J, K, comm, speeds, seed). */
export function closedCell(p: KClosedParams): CellSpec {
  return {
    id: `kclosed|dist=${p.distText}|P=${p.P}`,
    kind: 'kclosed',
    params: { ...p },
    cost: 2000 * p.P,
  };
}

export function curveCell(p: KCurveParams): CellSpec {
  return {
    id: `${runIdentity('kcurve', p)}|reps=${p.reps.join(',')}`,
    kind: 'kcurve',
    params: { ...p },
    cost: p.reps.length * p.P * p.J,
  };
}

export function detailCell(p: KDetailParams): CellSpec {
  return {
    id: `${detailIdentity(p)}|reps=${p.reps.join(',')}`,
    kind: 'kdetail',
    params: { ...p },
    cost: p.reps.length * p.J,
  };
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

/** Total time of J updates for K = 1..P (index K − 1), for each of the cell's repetitions. */
export async function runCurve(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
  cell: { seed: number },
): Promise<number[][]> {
  const p = params as unknown as KCurveParams;
  const speeds = p.speeds.length ? p.speeds : undefined;
  const out: number[][] = [];
  for (const r of p.reps) {
    const id = `${runIdentity('kcurve', p)}|rep=${r}`;
    const rng = rngFor(cell.seed, id);
    // The engine awaits ctl.checkpoint() every few ms inside a run (J up to 10⁶).
    if (p.variant === 'ksync' && paperModel(p))
      out.push(Array.from(await ksyncAllKAsync(p.P, p.J, p.dist, rng, ctl)));
    else if (p.variant === 'kbatchsync')
      out.push(Array.from(await kbatchsyncAllKAsync(p.P, p.J, p.dist, rng, p.comm, speeds, ctl)));
    else if (p.variant === 'kbatchasync')
      out.push(Array.from(await kbatchasyncAllKAsync(p.P, p.J, p.dist, rng, p.comm, speeds, ctl)));
    else {
      const times: number[] = [];
      for (let K = 1; K <= p.P; K++) {
        const run = await simulatePsAsync(psParams(p, K), rngFor(cell.seed, `${id}|K=${K}`), ctl);
        times.push(run.totalTime);
        await ctl.checkpoint();
      }
      out.push(times);
    }
    await ctl.checkpoint();
  }
  return out;
}

/** Every statistic of one run at the detail K, for each of the cell's repetitions. */
export async function runDetail(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
  cell: { seed: number },
): Promise<PsStats[]> {
  const p = params as unknown as KDetailParams;
  const out: PsStats[] = [];
  for (const r of p.reps) {
    out.push(
      await simulatePsAsync(psParams(p, p.K), rngFor(cell.seed, `${detailIdentity(p)}|rep=${r}`), ctl),
    );
    await ctl.checkpoint();
  }
  return out;
}

/** E[X_{K:P}] for K = 1..P and the ageing class of the cell's distribution. */
export function runClosed(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
): Promise<ClosedFormInputs> {
  const p = params as unknown as KClosedParams;
  return closedFormInputsAsync(p.dist, p.P, ctl);
}
