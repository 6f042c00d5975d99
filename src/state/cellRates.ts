// Priors of the time-left estimate: milliseconds per unit of a-priori work (`cost`) for each kind of
// cell, measured on a loaded 2-core machine with `npx tsx scripts/cellCosts.ts` (a sample of the
// presets' cells of each kind). They only matter until the first cell of a kind finishes; after that
// the measured rate takes over (workEstimate.ts), so rough is fine — what they fix is the relative
// weight of kinds whose units differ a million-fold (a `kclosed` unit is 10⁻⁵ ms, a `racewin` unit 7 ms).

export const PRIOR_MS_PER_UNIT: Readonly<Record<string, number>> = {
  tune: 0.035,
  trajectories: 0.02,
  delayedtune: 0.024,
  sparsemeasure: 11,
  sparsetune: 0.24,
  estq: 1.3,
  estlog: 2.1,
  pstrace: 0.032,
  maxratio: 0.000049,
  orderstats: 0.00015,
  kclosed: 0.0000024,
  kdetail: 0.0038,
  kcurve: 0.00046,
  // Newton's method for f⋆, cached per problem after its first run (so the script times the cache):
  // the first run of Fig. 9's problem, 381 ms for 1.5 units.
  raceinfo: 250,
  // Between the quadratic presets' runs (1e-5) and Fig. 9's logistic runs (4.3e-6).
  racerun: 0.000006,
  racewin: 0.000000077,
};

/**
 * Milliseconds every cell of a kind pays whatever its work (none listed: 0). These kinds, and their
 * rates above, are least-squares lines through the per-cell timings of six presets
 * (test/unit/state/fixtures/cellTimings.json, scripts/recordCellTimings.ts): a `racewin` cell takes
 * 14 ms at almost any work, so a rate alone said minutes for its largest cells.
 */
export const PRIOR_OVERHEAD_MS: Readonly<Record<string, number>> = {
  tune: 6.6,
  delayedtune: 110,
  sparsetune: 26,
  maxratio: 1.3,
  racewin: 14,
};
