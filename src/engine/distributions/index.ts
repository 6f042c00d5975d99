import { Deterministic } from './deterministic';
import { ShiftedExponential } from './exponential';
import { Lognormal } from './lognormal';
import { Mixture } from './mixture';
import { Pareto } from './pareto';
import { MeasuredQuantiles } from './quantiles';
import type { DistSpec } from './spec';
import type { Distribution } from './types';
import { Uniform } from './uniform';
import { Weibull } from './weibull';

export { measuredToQuantiles } from './measured';
export type { DistFamily, DistSpec } from './spec';
export type { Distribution } from './types';

/**
 * The distribution of a spec. The spec must be valid (as `parseDist` in scenario/distributionSyntax
 * returns it); an invalid parameter throws a RangeError naming it.
 */
export function makeDistribution(spec: DistSpec): Distribution {
  switch (spec.family) {
    case 'exp':
      return new ShiftedExponential(spec, 0, spec.rate);
    case 'shexp':
      return new ShiftedExponential(spec, spec.shift, spec.rate);
    case 'pareto':
      return new Pareto(spec, spec.shape, spec.scale);
    case 'uniform':
      return new Uniform(spec, spec.a, spec.b);
    case 'lognormal':
      return new Lognormal(spec, spec.mu, spec.sigma);
    case 'weibull':
      return new Weibull(spec, spec.shape, spec.scale);
    case 'det':
      return new Deterministic(spec, spec.value);
    case 'mix':
      return new Mixture(spec, spec.p, makeDistribution(spec.first), makeDistribution(spec.second));
    case 'quantiles':
      return new MeasuredQuantiles(spec, spec.q);
  }
}
export { AGING_LABEL, type AgingClass, agingClass, agingGrid } from './aging';
