// tanh through the deterministic expm1 (Math.tanh is implementation-approximated: the page and the
// CLI could differ in the last bit). tanh|x| = −expm1(−2|x|) / (2 + expm1(−2|x|)): no cancellation
// near 0 (expm1 is accurate there), and exactly ±1 once e^(−2|x|) is below half an ulp of 1.

import { expm1 } from '../math';

export function tanh(x: number): number {
  const e = expm1(-2 * Math.abs(x));
  const t = -e / (2 + e);
  return x < 0 ? -t : t;
}
