// [CP] Sec. 7.1's setting, the defaults every step-size tuner starts from (each adds its own
// model's parameters between the two).

import type { NoiseParams } from './noise';
import type { ProblemParams } from './problem';
import type { TargetParams } from './target';
import type { GridSearchParams } from './tune';

/** [CP] Sec. 7.1's problem, noiseless, and its target. */
export const PAPER_PROBLEM: ProblemParams & NoiseParams & TargetParams = {
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 0,
  sigma2: 0,
  noise: 'literal',
  target: 'l2d',
  tol: 0.1,
};

/** [CP] Sec. 7.1's grid (c = 1.1, k = 1..20) searched by `walk`, one seed. */
export const PAPER_GRID = {
  seeds: 1,
  kmin: 1,
  kmax: 20,
  c: 1.1,
  search: 'walk',
  cap: 10_000_000,
} satisfies Omit<GridSearchParams, 'M'>;
