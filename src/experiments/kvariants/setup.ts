// The kvariants scenario as engine inputs: its distributions, variants, learner speeds, cells.

import type { ClosedFormInputs, Variant } from '../../engine/events';
import { formatNumber } from '../../scenario/params';
import { VARIANT_NAMES } from '../../scenario/variantsParam';
import type { Scenario } from '../../scenario/views';
import type { CellResults } from '../cells';
import { resultOf } from '../defineCell';
import { repGroups } from '../repGroups';
import { type NamedDist, namedDistributions } from '../serviceTime/distributions';
import { closedCell, curveCell, curveParts, detailCell, type KCurveParams, runsEachK } from './cells';

export type S = Scenario<'kvariants'>;

export const VARIANT_LABEL: Record<Variant, string> = VARIANT_NAMES;

/** One colour per variant in every chart (palette slots). */
export const VARIANT_COLOR: Record<Variant, number> = { ksync: 0, kbatchsync: 3, kasync: 1, kbatchasync: 2 };

export function variantsOf(s: S): Variant[] {
  return s.variants;
}

export function distsOf(s: S): NamedDist[] {
  return namedDistributions(s.dist);
}

/** The first min(nslow, P) learners are slowx times slower; empty when none is. */
export function speedsOf(s: S): number[] {
  const slow = Math.min(s.nslow, s.P);
  if (slow === 0 || s.slowx === 1) return [];
  return Array.from({ length: s.P }, (_, l) => (l < slow ? s.slowx : 1));
}

export const detailK = (s: S) => Math.min(s.K, s.P);

/** The scenario's repetitions, five to a cell (src/experiments/repGroups.ts). */
export const repGroupsOf = (s: S) => repGroups(s.seeds);

export function curveParams(s: S, d: NamedDist, variant: Variant, reps: number[]): KCurveParams {
  return {
    dist: d.dist.spec,
    distText: d.text,
    variant,
    P: s.P,
    J: s.J,
    comm: s.comm,
    speeds: speedsOf(s),
    reps,
  };
}

export function closedCellOf(s: S, d: NamedDist) {
  return closedCell({ dist: d.dist.spec, distText: d.text, P: s.P });
}

/** The closed forms' inputs of a distribution (E[X_{K:P}], ageing class), or null until its cell is back. */
export function closedInputsOf(s: S, results: CellResults, d: NamedDist): ClosedFormInputs | null {
  return resultOf(results, closedCellOf(s, d)) ?? null;
}

/** The cells of one curve for a group of repetitions: one, or its parts in K (curveParts). */
export function curveCellsOf(
  s: S,
  d: NamedDist,
  variant: Variant,
  reps: number[],
): ReturnType<typeof curveCell>[] {
  const p = curveParams(s, d, variant, reps);
  if (!runsEachK(p)) return [curveCell(p)];
  return curveParts(p).map((ks) => curveCell({ ...p, ks }));
}

/** One curve's K = 1..P for each repetition of the group (its parts joined), or null while a part is missing. */
export function curveOf(
  s: S,
  results: { get(id: string): unknown },
  d: NamedDist,
  variant: Variant,
  reps: number[],
): number[][] | null {
  const parts = curveCellsOf(s, d, variant, reps).map((c) => resultOf(results, c));
  if (parts.some((r) => r === undefined)) return null;
  return reps.map((_, i) => parts.flatMap((r) => r![i]));
}

export function detailCellOf(s: S, d: NamedDist, variant: Variant, reps: number[]) {
  return detailCell({ ...curveParams(s, d, variant, reps), K: detailK(s) });
}

/**
 * Every repetition's result, in repetition order, from each group's results (`groupOf`: one cell's
 * value, or a curve's parts joined), or null while a group is missing.
 */
export function allReps<T>(s: S, groupOf: (reps: number[]) => T[] | null | undefined): T[] | null {
  const out: T[] = [];
  for (const reps of repGroupsOf(s)) {
    const v = groupOf(reps);
    if (!v) return null;
    out.push(...v);
  }
  return out;
}

/** The model in words, for chart summaries. */
export function modelWords(s: S): string {
  const parts = [
    `P = ${s.P} learners, J = ${formatNumber(s.J)} updates, ${s.seeds} repetitions (seed ${s.seed})`,
  ];
  if (s.comm > 0) parts.push(`communication ${formatNumber(s.comm)} per push and per pull`);
  const slow = Math.min(s.nslow, s.P);
  if (slow > 0 && s.slowx !== 1)
    parts.push(`${slow} learner${slow > 1 ? 's' : ''} always ${formatNumber(s.slowx)}× slower`);
  return parts.join('; ');
}
