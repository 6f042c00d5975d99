import type { Distribution } from '../../engine/distributions';
import { hasClosedFormOrderStatistic, makeDistribution } from '../../engine/distributions';
import { parseDist } from '../../scenario/distributionSyntax';
import { slug } from '../contract';

/** A distribution of the scenario with its id and colour slot. */
export interface NamedDist {
  text: string;
  id: string;
  dist: Distribution;
  colorIndex: number;
}

/** The parsed distribution of a canonical link text (the codec guarantees it is valid). */
export function distributionOf(text: string): Distribution {
  const spec = parseDist(text).value;
  if (!spec) throw new Error(`invalid distribution ${text}`);
  return makeDistribution(spec);
}

export function namedDistributions(texts: readonly string[]): NamedDist[] {
  return texts.map((text, i) => ({ text, id: slug(text), dist: distributionOf(text), colorIndex: i }));
}

/**
 * Whether E[X_{K:P}] has a closed form ([SS] Sec. 4; the family's registry entry says): computed on
 * the main thread at once. Every other family needs quadrature per point, which runs in a worker cell.
 */
export function hasClosedForm(d: NamedDist): boolean {
  return hasClosedFormOrderStatistic(d.dist.spec);
}

/** Var X_{K:P} is finite iff tailIndex·(P − K + 1) > 2 (a Monte Carlo mean then has a normal-theory CI). */
export function orderStatVarianceFinite(d: Distribution, K: number, P: number): boolean {
  return d.tailIndex * (P - K + 1) > 2;
}
