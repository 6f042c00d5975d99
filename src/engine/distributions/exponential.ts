import { exp, expm1, ln, log1p } from '../math';
import type { Rng } from '../random/xoshiro128';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Shifted exponential `shift + exp(rate)` (mean shift + 1/rate); `exp(rate)` is the case shift = 0.
 * Sampler: one `rng.uniform()` u per draw, x = shift − ln(u)/rate (u and 1 − u are equal in law,
 * and u is never 0, so the draw is always finite).
 */
export class ShiftedExponential implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly plotRange: [number, number];
  readonly breakpoints: readonly number[];

  constructor(
    readonly spec: DistSpec,
    readonly shift: number,
    readonly rate: number,
  ) {
    if (!(rate > 0 && Number.isFinite(rate)) || !(shift >= 0 && Number.isFinite(shift))) {
      throw new RangeError(`exponential needs rate > 0 and shift ≥ 0 (got rate ${rate}, shift ${shift})`);
    }
    this.label =
      shift === 0
        ? `Exponential(rate μ=${rate})`
        : `Shifted exponential(${shift} + Exponential(rate μ=${rate}))`;
    this.mean = shift + 1 / rate;
    this.variance = 1 / (rate * rate);
    this.breakpoints = [shift];
    this.plotRange = [shift, this.quantileUpper(0.005)];
  }

  cdf(x: number): number {
    return x <= this.shift ? 0 : -expm1(-this.rate * (x - this.shift));
  }

  survival(x: number): number {
    return x <= this.shift ? 1 : exp(-this.rate * (x - this.shift));
  }

  pdf(x: number): number {
    return x < this.shift ? 0 : this.rate * exp(-this.rate * (x - this.shift));
  }

  quantile(u: number): number {
    if (u <= 0) return this.shift;
    if (u >= 1) return Number.POSITIVE_INFINITY;
    return this.shift - log1p(-u) / this.rate;
  }

  quantileUpper(v: number): number {
    if (v >= 1) return this.shift;
    if (v <= 0) return Number.POSITIVE_INFINITY;
    return this.shift - ln(v) / this.rate;
  }

  sample(rng: Rng): number {
    return this.shift - ln(rng.uniform()) / this.rate;
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    const shift = this.shift;
    const rate = this.rate;
    for (let i = 0; i < count; i++) out[i] = shift - ln(rng.uniform()) / rate;
  }
}
