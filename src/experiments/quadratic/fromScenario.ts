// The quadratic engine's parameters from any scenario that carries the shared quadratic settings
// (`quadraticParams` of src/scenario/quadraticSchema.ts): the minibatch and estimator views.

import type { NoiseParams, ProblemParams, TargetParams, TuneParams } from '../../engine/quadratic';
import type { quadraticParams } from '../../scenario/quadraticSchema';

/** The values of the shared quadratic settings, as a view's scenario holds them. */
export type QuadraticScenario = {
  [K in keyof typeof quadraticParams]: (typeof quadraticParams)[K]['default'];
};

export function problemOf(s: QuadraticScenario): ProblemParams {
  return s.matrix === 'diag'
    ? { family: 'diag', d: s.d, lambda: s.lambda, kappa: s.kappa }
    : { family: 'tridiag', d: s.d, lambda: s.lambda };
}

export function noiseOf(s: QuadraticScenario, M: number): NoiseParams {
  return { M, sigma2: s.sigma2, noise: s.noise === 'coord' ? 'coord' : 'literal' };
}

export function targetOf(s: QuadraticScenario): TargetParams {
  return { target: s.target, tol: s.tol };
}

/** The grid runs from the smaller to the larger of kmin and kmax (the views' tables say which). */
export function gridRange(s: QuadraticScenario): { kmin: number; kmax: number } {
  return { kmin: Math.min(s.kmin, s.kmax), kmax: Math.max(s.kmin, s.kmax) };
}

/** The engine's parameters for tuning the step at one (M, b). */
export function tuneParams(s: QuadraticScenario, M: number, b: number): TuneParams {
  return {
    ...problemOf(s),
    ...noiseOf(s, M),
    ...targetOf(s),
    b,
    mom: s.mom,
    seeds: s.seeds,
    ...gridRange(s),
    c: 1.1,
    search: s.search === 'walk' ? 'walk' : 'exhaustive',
    cap: s.cap,
  };
}

/** Batch sizes 2^0 … 2^bmax (exact powers of two, no pow). */
export function batchSizes(bmax: number): number[] {
  const out = [1];
  for (let i = 1; i <= bmax; i++) out.push(out[i - 1] * 2);
  return out;
}
