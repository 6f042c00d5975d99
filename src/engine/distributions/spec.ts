// The service-time distributions of [SS], as data: a parametric family's spec (registry.ts; each
// family's file states its parameterisation) or one of the two compound forms. `mix(p, first,
// second)` draws from `first` with probability p; `quantiles(q1..qn)` is a measured sample
// summarised at levels (i − ½)/n.

import type { ParametricSpec } from './registry';

export type DistSpec =
  | ParametricSpec
  | { family: 'mix'; p: number; first: DistSpec; second: DistSpec }
  | { family: 'quantiles'; q: number[] };

export type DistFamily = DistSpec['family'];
