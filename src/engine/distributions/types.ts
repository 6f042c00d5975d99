import type { Rng } from '../random/xoshiro128';
import type { DistSpec } from './spec';

/**
 * A service-time distribution of [SS]: the exact functions the closed forms and the quadrature need,
 * and the sampler the simulations draw from. Every family documents the random numbers its sampler
 * consumes: that sequence is part of the link format (DESIGN.md), so changing it needs a new `v`.
 */
export interface Distribution {
  readonly spec: DistSpec;
  /** Human label stating the parameterisation, e.g. "Pareto(shape α=2, scale xₘ=1)". */
  readonly label: string;
  /** E[X]; Infinity when infinite (or beyond the largest double). */
  readonly mean: number;
  /** Var X; Infinity when infinite (or beyond the largest double); never NaN. */
  readonly variance: number;
  /**
   * Upper-tail index: P(X > x) falls like x^(−tailIndex). Infinity when every moment is finite.
   * E[X_{K:P}] is finite iff tailIndex·(P − K + 1) > 1, its variance iff tailIndex·(P − K + 1) > 2.
   */
  readonly tailIndex: number;
  /**
   * Points where the distribution function is not smooth: ends of the support, atoms, knots. In a
   * mixture they become jumps or kinks of F⁻¹ (a gap between components' supports makes F⁻¹ jump),
   * which the order-statistics quadrature must not straddle: it splits its panels there.
   */
  readonly breakpoints: readonly number[];
  /** Where the density is worth plotting: [lo, hi] covering about 99.5 % of the mass. */
  readonly plotRange: [number, number];
  /** P(X ≤ x). */
  cdf(x: number): number;
  /** P(X > x), accurate in relative terms far in the upper tail (where 1 − cdf(x) rounds to 0). */
  survival(x: number): number;
  /** Density; 0 at atoms (det, ties in measured quantiles), whose mass a plot marks separately. */
  pdf(x: number): number;
  /** F⁻¹(u) = inf{x : F(x) ≥ u} for u in (0, 1); u ≤ 0 gives the lower end of the support, u ≥ 1 the upper. */
  quantile(u: number): number;
  /** F⁻¹(1 − v) computed without forming 1 − v: exact far in the upper tail (v down to 1e-300). */
  quantileUpper(v: number): number;
  /** One draw; deterministic given the rng stream (each family states which rng calls it makes). */
  sample(rng: Rng): number;
  /** `count` draws into out[0..count): the same numbers, from the same rng calls, as `count` × sample(). */
  sampleInto(rng: Rng, out: Float64Array, count: number): void;
}
