import { exp, expm1, ln, log1p, pow } from '../math';
import type { Rng } from '../random/xoshiro128';
import { logGamma } from '../special';
import { defineFamily } from './family';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Weibull(shape k, scale λ): P(X > x) = exp(−(x/λ)^k). Mean λΓ(1 + 1/k). Shape k < 1 is heavier
 * than exponential (every moment still finite), k = 1 is exp(1/λ), large k nearly deterministic.
 * Sampler: one `rng.uniform()` u per draw, x = λ·(−ln u)^(1/k) (inverse transform with u for 1 − u).
 */
export class Weibull implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly breakpoints: readonly number[] = [0];
  readonly plotRange: [number, number];
  private readonly invShape: number;

  constructor(
    readonly spec: DistSpec,
    readonly shape: number,
    readonly scale: number,
  ) {
    if (!(shape > 0 && Number.isFinite(shape)) || !(scale > 0 && Number.isFinite(scale))) {
      throw new RangeError(`Weibull needs shape > 0 and scale > 0 (got shape ${shape}, scale ${scale})`);
    }
    this.label = `Weibull(shape k=${shape}, scale λ=${scale})`;
    this.invShape = 1 / shape;
    const lg1 = logGamma(1 + 1 / shape);
    const lg2 = logGamma(1 + 2 / shape);
    this.mean = scale * exp(lg1);
    // Γ(1 + 2/k) − Γ(1 + 1/k)² without the cancellation of subtracting two numbers near 1 (large k).
    const v = scale * scale * exp(2 * lg1) * expm1(lg2 - 2 * lg1);
    this.variance = Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
    this.plotRange = [this.quantile(0.0025), this.quantileUpper(0.0025)];
  }

  cdf(x: number): number {
    return x <= 0 ? 0 : -expm1(-pow(x / this.scale, this.shape));
  }

  survival(x: number): number {
    return x <= 0 ? 1 : exp(-pow(x / this.scale, this.shape));
  }

  pdf(x: number): number {
    if (x < 0) return 0;
    const z = x / this.scale;
    if (z === 0) return this.shape < 1 ? Number.POSITIVE_INFINITY : this.shape === 1 ? 1 / this.scale : 0;
    const zk = pow(z, this.shape);
    return (this.shape / x) * zk * exp(-zk);
  }

  quantile(u: number): number {
    if (u <= 0) return 0;
    if (u >= 1) return Number.POSITIVE_INFINITY;
    return this.scale * pow(-log1p(-u), this.invShape);
  }

  quantileUpper(v: number): number {
    if (v >= 1) return 0;
    if (v <= 0) return Number.POSITIVE_INFINITY;
    return this.scale * pow(-ln(v), this.invShape);
  }

  sample(rng: Rng): number {
    return this.scale * pow(-ln(rng.uniform()), this.invShape);
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    const scale = this.scale;
    const e = this.invShape;
    for (let i = 0; i < count; i++) out[i] = scale * pow(-ln(rng.uniform()), e);
  }
}

export const weibullFamily = defineFamily({
  name: 'weibull',
  params: [
    { name: 'shape', min: 0.1, max: 1000 },
    { name: 'scale', min: 1e-6, max: 1e6, minWords: '> 0 (at least 1e-6)' },
  ],
  make: (s): Distribution => new Weibull(s, s.shape, s.scale),
  describe: (p) => `Weibull with shape k ${p.shape} and scale λ ${p.scale}`,
  parameterisation: 'weibull(k,λ) with shape k and scale λ',
  presets: [{ text: 'weibull(0.5,1)', label: 'Weibull(0.5, 1), heavy' }],
  // The hazard (k/λ)(x/λ)^(k−1) rises for k > 1 and falls for k < 1.
  ageing: (p) => (p.shape === 1 ? 'both' : p.shape > 1 ? 'nbu' : 'nwu'),
  exponentialRate: (p) => (p.shape === 1 ? 1 / p.scale : null),
});
