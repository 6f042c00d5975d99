import { FAMILY_SIGNATURES } from '../engine/distributions';
import { canonicalDist } from './distributionSyntax';
import { type ItemListSpec, itemList } from './params';

/** Every family's syntax, from the registry: "exp(rate), shexp(shift,rate), …, quantiles(q1,…,qn)". */
const FAMILIES = FAMILY_SIGNATURES.join(', ');

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
    editor: 'distributions',
    parseItem: canonicalDist,
    describeItems:
      o.maxItems === 1
        ? `one distribution: ${FAMILIES}`
        : `distributions, comma-separated: ${FAMILIES}; at most ${o.maxItems}`,
  });
}
