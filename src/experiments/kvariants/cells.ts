// Cells of the kvariants view: one per (distribution, variant, repetition) for the whole K axis,
// and one per (distribution, variant, repetition) at the detail K. Where the arrivals at the PS do
// not depend on K, one run gives every K at once (common random numbers, src/engine/events/allK.ts):
// K-sync in the paper's model (one iteration's sorted draws), K-batch-sync and K-batch-async (one
// stream of arrivals, grouped K at a time). K-async's learners wait for the update that takes
// their gradient, so its arrivals depend on K: each K runs on its own stream (identity + K).

import type { DistSpec } from '../../engine/distributions';
import {
  kbatchasyncAllK,
  kbatchsyncAllK,
  ksyncAllK,
  type PsStats,
  simulatePs,
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
  rep: number;
}

export interface KDetailParams extends KCurveParams {
  K: number;
}

function identity(kind: string, p: KCurveParams): string {
  return `${kind}|dist=${p.distText}|variant=${p.variant}|P=${p.P}|J=${p.J}|comm=${p.comm}|speeds=${p.speeds.join(',')}|rep=${p.rep}`;
}

export function curveCell(p: KCurveParams): CellSpec {
  return { id: identity('kcurve', p), kind: 'kcurve', params: { ...p }, cost: p.P * p.J };
}

export function detailCell(p: KDetailParams): CellSpec {
  return { id: `${identity('kdetail', p)}|K=${p.K}`, kind: 'kdetail', params: { ...p }, cost: p.J };
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

/** Total time of J updates for K = 1..P (index K − 1). */
export async function runCurve(
  params: Record<string, unknown>,
  rng: Rng,
  ctl: CellControl,
  cell: { seed: number; id: string },
): Promise<number[]> {
  const p = params as unknown as KCurveParams;
  const speeds = p.speeds.length ? p.speeds : undefined;
  if (p.variant === 'ksync' && paperModel(p)) return Array.from(ksyncAllK(p.P, p.J, p.dist, rng));
  if (p.variant === 'kbatchsync') return Array.from(kbatchsyncAllK(p.P, p.J, p.dist, rng, p.comm, speeds));
  if (p.variant === 'kbatchasync') return Array.from(kbatchasyncAllK(p.P, p.J, p.dist, rng, p.comm, speeds));
  const out: number[] = [];
  for (let K = 1; K <= p.P; K++) {
    out.push(simulatePs(psParams(p, K), rngFor(cell.seed, `${cell.id}|K=${K}`)).totalTime);
    await ctl.checkpoint();
  }
  return out;
}

/** Every statistic of one run at the detail K. */
export async function runDetail(params: Record<string, unknown>, rng: Rng): Promise<PsStats> {
  const p = params as unknown as KDetailParams;
  return simulatePs(psParams(p, p.K), rng);
}
