import { ln } from '../math';
import type { Rng } from '../random/xoshiro128';
import { invertMonotone } from './invert';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Two-component mixture `mix(p, first, second)`: with probability p a draw of `first`, else of
 * `second`. Mean and variance from the components' (an infinite one propagates unless its weight is 0);
 * the tail index is the heavier component's. The quantile inverts the mixture cdf (its logarithm, by `invertMonotone`),
 * bracketed by the two components' quantiles (F⁻¹ of a mixture lies between theirs).
 * Sampler: one `rng.uniform()` v decides (first when v < p), then the chosen component's sampler runs.
 */
export class Mixture implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex: number;
  readonly plotRange: [number, number];
  readonly breakpoints: readonly number[];

  constructor(
    readonly spec: DistSpec,
    readonly p: number,
    readonly first: Distribution,
    readonly second: Distribution,
  ) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`mix needs p in [0, 1] (got ${p})`);
    this.label = `Mixture(p=${p}: ${first.label}; else ${second.label})`;
    const q = 1 - p;
    if (p === 0 || p === 1) {
      const only = p === 1 ? first : second;
      this.mean = only.mean;
      this.variance = only.variance;
      this.tailIndex = only.tailIndex;
      this.plotRange = [...only.plotRange];
      this.breakpoints = only.breakpoints;
    } else {
      this.mean = p * first.mean + q * second.mean;
      const finite = Number.isFinite(first.variance) && Number.isFinite(second.variance);
      const d = first.mean - second.mean;
      // Law of total variance, written without the cancellation of E[X²] − E[X]².
      this.variance = finite
        ? p * first.variance + q * second.variance + p * q * d * d
        : Number.POSITIVE_INFINITY;
      this.breakpoints = [...new Set([...first.breakpoints, ...second.breakpoints])].sort((x, y) => x - y);
      this.tailIndex = Math.min(first.tailIndex, second.tailIndex);
      this.plotRange = [
        Math.min(first.plotRange[0], second.plotRange[0]),
        Math.max(first.plotRange[1], second.plotRange[1]),
      ];
    }
  }

  cdf(x: number): number {
    if (this.p === 1) return this.first.cdf(x);
    if (this.p === 0) return this.second.cdf(x);
    return this.p * this.first.cdf(x) + (1 - this.p) * this.second.cdf(x);
  }

  survival(x: number): number {
    if (this.p === 1) return this.first.survival(x);
    if (this.p === 0) return this.second.survival(x);
    return this.p * this.first.survival(x) + (1 - this.p) * this.second.survival(x);
  }

  pdf(x: number): number {
    if (this.p === 1) return this.first.pdf(x);
    if (this.p === 0) return this.second.pdf(x);
    return this.p * this.first.pdf(x) + (1 - this.p) * this.second.pdf(x);
  }

  quantile(u: number): number {
    if (this.p === 1) return this.first.quantile(u);
    if (this.p === 0) return this.second.quantile(u);
    if (Number.isNaN(u)) return u;
    // 1 − u is exact for u ≥ 1/2: there the upper-tail inversion is the more accurate one.
    if (u >= 0.5) return this.quantileUpper(1 - u);
    const a = this.first.quantile(u);
    const b = this.second.quantile(u);
    if (u <= 0) return Math.min(a, b);
    const lu = ln(u);
    return invertMonotone(Math.min(a, b), Math.max(a, b), (x) => ln(this.cdf(x)) - lu);
  }

  quantileUpper(v: number): number {
    if (this.p === 1) return this.first.quantileUpper(v);
    if (this.p === 0) return this.second.quantileUpper(v);
    if (Number.isNaN(v)) return v;
    const a = this.first.quantileUpper(v);
    const b = this.second.quantileUpper(v);
    if (v <= 0) return Math.max(a, b);
    if (v >= 1) return Math.min(a, b);
    const lv = ln(v);
    return invertMonotone(Math.min(a, b), Math.max(a, b), (x) => lv - ln(this.survival(x)));
  }

  sample(rng: Rng): number {
    return rng.uniform() < this.p ? this.first.sample(rng) : this.second.sample(rng);
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    const p = this.p;
    const first = this.first;
    const second = this.second;
    for (let i = 0; i < count; i++) out[i] = rng.uniform() < p ? first.sample(rng) : second.sample(rng);
  }
}
