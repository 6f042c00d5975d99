// What the who-wins map reads of a contestant — its best mean time over its step grid — and the
// rule that lets the contestant's runs stop early without changing that best.
//
// PRUNING. Steps are tried in grid order and a later step replaces the best only with a strictly
// smaller mean (bestStep). So once a step has a best mean B before it, its repetitions can stop as
// soon as they cannot end below B: repetition r runs to the horizon reps·B·(1 + PRUNE_SLACK) − (sum
// of the times before it) at most, and the step stops at its first repetition that does not reach
// the target (within that horizon or the full one: either way the step can no longer be the best).
// The slack keeps the cut on the safe side of floating point: a repetition cut off took longer
// than reps·B·(1 + 10⁻⁹) − sum, so the step's mean, however rounded, is ≥ B and would not have
// replaced it. A run that reaches the target within a shorter horizon reaches it at the same time
// as with the full one (the quadratic's trajectory does not depend on the horizon: its error is
// evaluated after every update, so checkpoint times change nothing), so the times of every step
// that can be the best are the unpruned times, bit for bit.

export interface WinStep {
  eta: number;
  /**
   * Time to the target of each repetition run, null where it was not reached within its horizon.
   * Pruned runs stop at their first null, so a step that is out of the race may list fewer
   * repetitions than it has.
   */
  times: (number | null)[];
}

/** A contestant: its steps in grid order. */
export type WinResult = WinStep[];

/** Relative slack of a pruned horizon (header). */
export const PRUNE_SLACK = 1e-9;

/** A racer's best mean time over its step grid: only steps where all `reps` repetitions reached; the first of equal means. */
export function bestStep(res: WinResult, reps: number): { time: number; eta: number } | null {
  let out: { time: number; eta: number } | null = null;
  for (const { eta, times } of res) {
    if (times.length < reps || times.some((t) => t === null)) continue;
    const mean = (times as number[]).reduce((a, x) => a + x, 0) / times.length;
    if (!out || mean < out.time) out = { time: mean, eta };
  }
  return out;
}

/**
 * The longest the next repetition of a step can usefully run, given the best mean so far and the
 * sum of the step's times so far (header); ≤ 0 when the step is already out of the race.
 */
export function pruneHorizon(reps: number, bestMean: number, sumSoFar: number): number {
  return reps * bestMean * (1 + PRUNE_SLACK) - sumSoFar;
}

/** One repetition of one step, run to `horizon` at most: its time to the target, or null. */
export type RunRepetition = (eta: number, rep: number, horizon: number) => Promise<number | null>;

/**
 * A contestant's steps in grid order. With `prune`, each step stops once it cannot become the best
 * (header); without, every repetition runs to the full horizon (the reference a test compares with).
 */
export async function runSteps(
  etas: readonly number[],
  reps: number,
  fullHorizon: number,
  run: RunRepetition,
  prune: boolean,
): Promise<WinResult> {
  const out: WinResult = [];
  for (const eta of etas) {
    const best = prune ? bestStep(out, reps) : null;
    const times: (number | null)[] = [];
    let sum = 0;
    for (let r = 0; r < reps; r++) {
      const horizon = best ? Math.min(fullHorizon, pruneHorizon(reps, best.time, sum)) : fullHorizon;
      const t = horizon > 0 ? await run(eta, r, horizon) : null;
      times.push(t);
      if (t === null && prune) break;
      sum += t ?? 0;
    }
    out.push({ eta, times });
  }
  return out;
}
