import { canonicalDist } from './distributionSyntax';
import { type ItemListSpec, itemList } from './params';

const FAMILIES =
  'exp(rate), shexp(shift,rate), pareto(shape,scale), uniform(a,b), lognormal(mu,sigma), weibull(shape,scale), det(value), mix(p,dist,dist), quantiles(q1,…,qn)';

/** A `dist` parameter: learner compute-time distributions in the link syntax (distributionSyntax.ts). */
export function distParam(o: {
  label: string;
  help: string;
  default: string[];
  maxItems: number;
}): ItemListSpec {
  return itemList({
    ...o,
    itemName: 'distribution',
    parseItem: canonicalDist,
    describeItems:
      o.maxItems === 1
        ? `one distribution: ${FAMILIES}`
        : `distributions, comma-separated: ${FAMILIES}; at most ${o.maxItems}`,
  });
}
