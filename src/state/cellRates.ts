// Priors of the time-left estimate: milliseconds per unit of a-priori work (`cost`) for each kind of
// cell, measured on a loaded 2-core machine with `npx tsx scripts/cellCosts.ts` (a sample of the
// presets' cells of each kind). They only matter until the first cell of a kind finishes; after that
// the measured rate takes over (workEstimate.ts), so rough is fine — what they fix is the relative
// weight of kinds whose units differ a million-fold (a `kclosed` unit is 10⁻⁵ ms, a `racewin` unit 7 ms).

export const PRIOR_MS_PER_UNIT: Readonly<Record<string, number>> = {
  tune: 0.59,
  trajectories: 0.022,
  delayedtune: 0.0086,
  sparsemeasure: 33,
  sparsetune: 0.77,
  estq: 3.2,
  estlog: 1.5,
  pstrace: 0.0023,
  maxratio: 0.000094,
  orderstats: 0.00011,
  kclosed: 0.000014,
  kdetail: 0.0027,
  kcurve: 0.00023,
  raceinfo: 0.034,
  racerun: 3.1,
  racewin: 6.6,
};
