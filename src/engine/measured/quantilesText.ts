// The summary of measured times a link carries: the `quantiles(…)` distribution of 64 quantiles at
// 4 significant digits (DESIGN.md: the simulator always draws from that summary, so whoever opens
// the link computes the same numbers).

import { sortedToQuantiles } from '../distributions/measured';

/** Quantiles the link carries, and their significant digits. */
export const QUANTILES = 64;
const DIGITS = 4;

/** The link text of measured samples: `quantiles(q1,…,q64)` (fewer when there are fewer samples). */
export function quantilesText(samples: ArrayLike<number>): string {
  const sorted = Float64Array.from(samples).filter((x) => Number.isFinite(x) && x >= 0);
  return sortedQuantilesText(sorted.sort());
}

/** The same, of samples already sorted ascending (all finite, ≥ 0). */
export function sortedQuantilesText(sorted: ArrayLike<number>): string {
  return `quantiles(${sortedToQuantiles(sorted, QUANTILES, DIGITS).join(',')})`;
}
