// Reading tuning results for the async charts: the tuned result at each point of the main axis.

import type { TuneResult } from '../../engine/quadratic';
import type { Scenario } from '../../scenario/views';
import type { CellResults, CellSpec } from '../cells';
import { resultOf } from '../defineCell';
import { tuneCell } from '../minibatch/cells';
import { delayedCell, learnersCell } from './cells';
import { delayedParams, learnersParams, minibatchParams } from './params';

type S = Scenario<'async'>;

/** The tuned result at parallelism n (τ, or P for `learners`), if its cell has finished. */
export function asyncResult(s: S, results: CellResults, M: number, n: number): TuneResult | undefined {
  return resultOf(results, asyncCell(s, M, n));
}

/**
 * The cell behind the point at parallelism n. At n = 1 the const, uniform and learners runs are
 * sequential SGD bit for bit (their engines' tests), so the point is the mini-batch cell at batch b:
 * one run instead of two, and both curves start from the same numbers. Hogwild's τ = 1 runs in
 * the original coordinates (same law, other rounding), so it keeps a cell of its own.
 */
export function asyncCell(s: S, M: number, n: number): CellSpec {
  if (n === 1 && s.delay !== 'hogwild') return tuneCell(minibatchParams(s, M, s.b));
  return s.delay === 'learners'
    ? learnersCell(learnersParams(s, M, n))
    : delayedCell(delayedParams(s, s.delay, M, n));
}

/** Mini-batch SGD at batch b·n (the comparison curve). */
export function minibatchResult(s: S, results: CellResults, M: number, n: number): TuneResult | undefined {
  return resultOf(results, tuneCell(minibatchParams(s, M, s.b * n)));
}

/** Mean and variance of the mean of a result's per-seed steps. */
export function meanAndVar(r: TuneResult): { mean: number; varMean: number } {
  const xs = r.stepsPerSeed;
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  const v = xs.length > 1 ? xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (xs.length - 1) : 0;
  return { mean, varMean: v / xs.length };
}
