// Steps to target at some parallelism relative to steps without it, as the [CP] Figs. 3–4 plot
// them: a ratio of mean steps over seeds, with a delta-method 95 % interval when there are ≥ 2.

import type { TuneResult } from '../../engine/quadratic';
import { formatNumber } from '../../scenario/params';
import type { Point } from '../contract';

/** Mean and variance of the mean of one tuning result's per-seed steps. */
export function meanAndVar(r: TuneResult): { mean: number; varMean: number } {
  const xs = r.stepsPerSeed;
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  const v = xs.length > 1 ? xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (xs.length - 1) : 0;
  return { mean, varMean: v / xs.length };
}

/** Why a tuning result has no number, in words. */
export function noResultNote(r: TuneResult, cap: number): string {
  if (r.heldOutFailed)
    return `a later seed ${r.heldOutFailed === 'diverged' ? 'diverged' : 'hit the cap'} at the step tuned on seed 1`;
  return r.capped
    ? `no grid step reached the target within the cap of ${formatNumber(cap)} steps`
    : 'every grid step diverged or was capped';
}

/**
 * The point (x, scale·mean(r)/mean(base)): `scale` turns a ratio of steps into a ratio of parallel
 * times (1/τ when τ workers share the steps). `baseName` names the reference point in notes.
 */
export function relativeStepsPoint(
  x: number,
  r: TuneResult,
  base: TuneResult,
  o: { scale?: number; seeds: number; cap: number; baseName: string },
): Point {
  if (r.meanSteps === null) return { x, y: null, note: noResultNote(r, o.cap) };
  if (base.meanSteps === null) return { x, y: null, note: `${o.baseName}: ${noResultNote(base, o.cap)}` };
  const B = meanAndVar(r);
  const A = meanAndVar(base);
  // A tolerance the start already meets takes 0 steps: there is no ratio (0/0), only a note.
  if (A.mean === 0 || B.mean === 0)
    return {
      x,
      y: null,
      note: `${A.mean === 0 ? o.baseName : 'this point'} meets the target at the start (0 steps): no ratio`,
    };
  const R = (B.mean / A.mean) * (o.scale ?? 1);
  const point: Point = { x, y: R };
  if (r.onEdge) point.note = 'the best step lies on the grid’s edge: widen the grid';
  if (o.seeds < 2) return point;
  const half = 1.96 * R * Math.sqrt(B.varMean / (B.mean * B.mean) + A.varMean / (A.mean * A.mean));
  return { ...point, lo: Math.max(0, R - half), hi: R + half };
}
