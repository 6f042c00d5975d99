// What the Sec. 6.2 chart (mask-steps) shows about masked against unmasked runs, in words generated
// from the chart's own points — the summary and the explanation say it, and test/unit/claims checks
// the sentence against the numbers on several links. The simulated parallel times carry seed noise,
// so "about equal" is stated with the tolerance it was checked at.

import type { Series } from '../contract';

/** A masked run lower than the unmasked one by at most this fraction counts as about equal. */
export const MASK_TIE_TOLERANCE = 0.02;

export interface MaskComparison {
  /** The τ at which the unmasked run and at least one masked run both have a value. */
  taus: number[];
  /** Those of them at which some masked run needs less parallel time than the unmasked one. */
  maskedLower: number[];
  /** The largest relative amount by which a masked run is lower (0 when none is). */
  largestShortfall: number;
}

const alphaOf = (s: Series) => Number(/^alpha-(\d+(?:\.\d+)?)$/.exec(s.id)?.[1] ?? Number.NaN);

/** The comparison at every τ, from the chart's series (ids alpha-<α>, α = 1 unmasked). */
export function compareMasks(series: Series[]): MaskComparison {
  const unmasked = series.find((s) => alphaOf(s) === 1);
  const masked = series.filter((s) => alphaOf(s) > 1);
  const out: MaskComparison = { taus: [], maskedLower: [], largestShortfall: 0 };
  if (!unmasked) return out;
  for (const p of unmasked.points) {
    if (p.y === null || !(p.y > 0)) continue;
    const others = masked
      .map((s) => s.points.find((q) => q.x === p.x)?.y)
      .filter((y): y is number => typeof y === 'number');
    if (others.length === 0) continue;
    out.taus.push(p.x);
    const best = Math.min(...others);
    if (best < p.y) {
      out.maskedLower.push(p.x);
      out.largestShortfall = Math.max(out.largestShortfall, 1 - best / p.y);
    }
  }
  return out;
}

const percent = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)} %`;

/** One sentence: how the unmasked run compares with the masked ones, saying only what the points show. */
export function maskFinding(series: Series[]): string {
  const c = compareMasks(series);
  if (c.taus.length === 0)
    return 'How the unmasked run compares with the masked ones shows as the runs finish.';
  const all = c.taus.length === 1 ? `at τ = ${c.taus[0]}` : `at every τ simulated`;
  if (c.maskedLower.length === 0)
    return `${all[0].toUpperCase()}${all.slice(1)} the unmasked run (α = 1) needs no more parallel time than any masked one: artificial sparsity saves no time.`;
  const where = `τ = ${c.maskedLower.join(', ')}`;
  if (c.largestShortfall <= MASK_TIE_TOLERANCE)
    return `${all[0].toUpperCase()}${all.slice(1)} the unmasked run (α = 1) needs no more parallel time than any masked one, or about as much (a masked run is lower only at ${where}, by at most ${percent(c.largestShortfall)}): artificial sparsity saves no time.`;
  return `A masked run needs less parallel time than the unmasked one (α = 1) at ${where}, by up to ${percent(c.largestShortfall)}.`;
}
