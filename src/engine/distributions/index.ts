import { Mixture } from './mixture';
import { MeasuredQuantiles } from './quantiles';
import { makeParametric } from './registry';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

export type { Family, ParamRange } from './family';
export { measuredToQuantiles } from './measured';
export {
  COMPOUND_FORMS,
  exponentialRate,
  FAMILY_NAMES,
  FAMILY_SIGNATURES,
  familyNamed,
  familyOf,
  hasClosedFormOrderStatistic,
  PARAMETRIC_FAMILIES,
  type ParametricSpec,
} from './registry';
export type { DistFamily, DistSpec } from './spec';
export type { Distribution } from './types';

/**
 * The distribution of a spec. The spec must be valid (as `parseDist` in scenario/distributionSyntax
 * returns it); an invalid parameter throws a RangeError naming it.
 */
export function makeDistribution(spec: DistSpec): Distribution {
  switch (spec.family) {
    case 'mix':
      return new Mixture(spec, spec.p, makeDistribution(spec.first), makeDistribution(spec.second));
    case 'quantiles':
      return new MeasuredQuantiles(spec, spec.q);
    default:
      return makeParametric(spec);
  }
}
export { AGING_LABEL, type AgingClass, agingClass, agingGrid } from './aging';
