import type { TuneParams } from '../../engine/quadratic';
import type { Scenario } from '../../scenario/views';

type S = Scenario<'minibatch'>;

/** The grid runs from the smaller to the larger of kmin and kmax (the summary says which). */
export function gridRange(s: S): { kmin: number; kmax: number } {
  return { kmin: Math.min(s.kmin, s.kmax), kmax: Math.max(s.kmin, s.kmax) };
}

/** The engine's parameters for tuning the step at one (M, b) of the scenario. */
export function tuneParams(s: S, M: number, b: number): TuneParams {
  return {
    family: s.matrix === 'diag' ? 'diag' : 'tridiag',
    d: s.d,
    lambda: s.lambda,
    ...(s.matrix === 'diag' ? { kappa: s.kappa } : {}),
    M,
    sigma2: s.sigma2,
    noise: s.noise === 'coord' ? 'coord' : 'literal',
    target: s.target as TuneParams['target'],
    tol: s.tol,
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
