// The parts of a quadratic run's identity that every view's cells share, in their fixed order
// (src/experiments/identity.ts): the problem, the noise and target, and the step-size search.

import type { IdPart } from '../identity';

export function problemParts(p: { family: string; d: number; lambda: number; kappa?: number }): IdPart[] {
  return [
    ['family', p.family],
    ['d', p.d],
    ['lambda', p.lambda],
    ['kappa', p.kappa],
  ];
}

export function noiseTargetParts(p: {
  noise: string;
  sigma2: number;
  target: string;
  tol: number;
}): IdPart[] {
  return [
    ['noise', p.noise],
    ['sigma2', p.sigma2],
    ['target', p.target],
    ['tol', p.tol],
  ];
}

export function searchParts(p: {
  seeds: number;
  kmin: number;
  kmax: number;
  c: number;
  search: string;
  cap: number;
}): IdPart[] {
  return [
    ['seeds', p.seeds],
    ['k', `${p.kmin}..${p.kmax}`],
    ['c', p.c],
    ['search', p.search],
    ['cap', p.cap],
  ];
}
