/**
 * Summarises raw measured service times as n quantiles at levels uᵢ = (i − ½)/n, the form of the
 * `quantiles(q1,…,qn)` distribution (so the raw samples can stay on the user's machine).
 * Each quantile is the sample quantile of Hyndman & Fan type 7 (R's default): with the N sorted
 * samples s₀ ≤ … ≤ s_{N−1}, h = (N − 1)u, Q(u) = s_⌊h⌋ + (h − ⌊h⌋)(s_⌊h⌋+1 − s_⌊h⌋).
 * n is capped at the number of samples (more quantiles than samples would add no information).
 * Non-finite and negative entries are not service times and are ignored; callers report them.
 * `significant` rounds each quantile to that many significant digits (shorter links); rounding is
 * monotone, so the result stays sorted.
 */
export function measuredToQuantiles(samples: readonly number[], n = 64, significant?: number): number[] {
  const s = Float64Array.from(samples.filter((x) => Number.isFinite(x) && x >= 0)).sort();
  return sortedToQuantiles(s, n, significant);
}

/**
 * The same summary of samples already sorted ascending, all finite and ≥ 0 (a caller that sorted a
 * million samples in slices, to keep a page responsive, need not sort them again).
 */
export function sortedToQuantiles(s: ArrayLike<number>, n = 64, significant?: number): number[] {
  const N = s.length;
  if (N === 0) throw new RangeError('measuredToQuantiles needs at least one finite, non-negative sample');
  const k = Math.max(1, Math.min(Math.floor(n), N));
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const h = (N - 1) * ((i + 0.5) / k);
    const j = Math.floor(h);
    const x = j + 1 < N ? s[j] + (h - j) * (s[j + 1] - s[j]) : s[j];
    out.push(significant === undefined ? x : Number(x.toPrecision(Math.max(1, Math.min(21, significant)))));
  }
  return out;
}
