// The async view's scenario as engine parameters: delayed SGD (const/uniform/hogwild), the
// learners model, the mini-batch comparison, and the Sec. 6 sparse constructions.

import type { DelayedTuneParams, DelayModel, LearnersTuneParams } from '../../engine/delayed';
import type { TuneParams } from '../../engine/quadratic';
import type { TuneOn } from '../../engine/quadratic/tune';
import type { SparseTuneParams } from '../../engine/sparse/tune';
import { parseDist } from '../../scenario/distributionSyntax';
import type { Scenario } from '../../scenario/views';
import {
  batchSizes,
  gridRange,
  noiseOf,
  problemOf,
  type QuadraticScenario,
  targetOf,
} from '../quadratic/fromScenario';

type S = Scenario<'async'>;

/** The quadratic settings of the async scenario (it has no momentum: delayed SGD has none). */
function quadratic(s: S): QuadraticScenario {
  return { ...s, mom: 0 };
}

function search(s: S) {
  return {
    seeds: s.seeds,
    ...gridRange(quadratic(s)),
    c: 1.1,
    search: s.search === 'walk' ? ('walk' as const) : ('exhaustive' as const),
    cap: s.cap,
    tuneOn: (s.tuneon === 'first' ? 'first' : 'all') as TuneOn,
  };
}

/** The x axis of the main chart: τ = 2⁰ … 2^taumax, or P = 2⁰ … ≤ Pmax for `learners`. */
export function parallelism(s: S): number[] {
  if (s.delay !== 'learners') return batchSizes(s.taumax);
  const out = [1];
  while (out[out.length - 1] * 2 <= s.Pmax) out.push(out[out.length - 1] * 2);
  return out;
}

export function isLearners(s: S): boolean {
  return s.delay === 'learners';
}

/** Delayed SGD tuned at (M, τ) with one of the delay models other than `learners`. */
export function delayedParams(
  s: S,
  delay: DelayModel,
  M: number,
  tau: number,
): DelayedTuneParams & { tuneOn: TuneOn } {
  const q = quadratic(s);
  return {
    ...problemOf(q),
    ...noiseOf(q, M),
    ...targetOf(q),
    b: s.b,
    tau,
    delay,
    ...search(s),
  };
}

/** The learners model tuned at (M, P). */
export function learnersParams(s: S, M: number, P: number): LearnersTuneParams & { tuneOn: TuneOn } {
  const q = quadratic(s);
  const dist = parseDist(s.dist[0]).value;
  if (!dist) throw new Error(`invalid distribution ${s.dist[0]}`);
  return { ...problemOf(q), ...noiseOf(q, M), ...targetOf(q), b: s.b, P, dist, ...search(s) };
}

/**
 * Mini-batch SGD at batch b (the comparison curve): the minibatch view's tuning cell, so with
 * `tuneon=all` its results are shared with that view's.
 */
export function minibatchParams(s: S, M: number, b: number): TuneParams {
  const q = quadratic(s);
  return { ...problemOf(q), ...noiseOf(q, M), ...targetOf(q), b, mom: 0, ...search(s) };
}

/** B = 1/Δ (the codec keeps Δ = 1/B exactly). */
export function blocksOf(delta: number): number {
  return Math.round(1 / delta);
}

/** The sparse constructions run without base noise: all of their noise is the sparsity's. */
function sparseBase(s: S) {
  const q = quadratic(s);
  return { ...problemOf(q), ...noiseOf(q, 0), sigma2: 0, ...targetOf(q) };
}

export { search as searchParams };

/** The Sec. 6 charts' delay axis τ = 2⁰ … 2^staumax. */
export function sparseTaus(s: S): number[] {
  return batchSizes(s.staumax);
}

/** Delay model of the Sec. 6 charts: whole-block reads, so `uniform` if chosen, else `const`. */
export function sparseDelay(s: S): 'const' | 'uniform' {
  return s.delay === 'uniform' ? 'uniform' : 'const';
}

/** A Sec. 6 construction tuned at (1/Δ, τ): `block` (Sec. 6.1) or `mask` (Sec. 6.2). */
export function sparseParams(s: S, kind: 'block' | 'mask', delta: number, tau: number): SparseTuneParams {
  return {
    ...sparseBase(s),
    kind,
    inverseDelta: blocksOf(delta),
    tau,
    delay: sparseDelay(s),
    ...search(s),
  };
}
