import { exp, expm1, ln } from '../math';
import type { Rng } from '../random/xoshiro128';
import { normalCdf, normalPdf, normalQuantile, normalSurvival } from '../special';
import { defineFamily } from './family';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Lognormal: X = exp(μ + σZ), Z standard normal (μ, σ are those of the underlying normal);
 * mean exp(μ + σ²/2). Heavy-ish tail, but every moment is finite.
 * Sampler: one `rng.normal()` per draw, x = exp(μ + σ·z). Note that `normal()` is Marsaglia's polar
 * method with a cached second value: every other call consumes two uniforms per attempt (4/π attempts
 * on average), the others none.
 */
export class Lognormal implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly breakpoints: readonly number[] = [0];
  readonly plotRange: [number, number];

  constructor(
    readonly spec: DistSpec,
    readonly mu: number,
    readonly sigma: number,
  ) {
    if (!Number.isFinite(mu) || !(sigma > 0 && Number.isFinite(sigma))) {
      throw new RangeError(`lognormal needs finite μ and σ > 0 (got μ ${mu}, σ ${sigma})`);
    }
    this.label = `Lognormal(μ=${mu}, σ=${sigma} of the underlying normal)`;
    const s2 = sigma * sigma;
    this.mean = exp(mu + 0.5 * s2);
    this.variance = expm1(s2) * exp(2 * mu + s2);
    this.plotRange = [this.quantile(0.0025), this.quantileUpper(0.0025)];
  }

  cdf(x: number): number {
    return x <= 0 ? 0 : normalCdf((ln(x) - this.mu) / this.sigma);
  }

  survival(x: number): number {
    return x <= 0 ? 1 : normalSurvival((ln(x) - this.mu) / this.sigma);
  }

  pdf(x: number): number {
    return x <= 0 ? 0 : normalPdf((ln(x) - this.mu) / this.sigma) / (x * this.sigma);
  }

  quantile(u: number): number {
    if (u <= 0) return 0;
    return exp(this.mu + this.sigma * normalQuantile(u));
  }

  quantileUpper(v: number): number {
    if (v >= 1) return 0;
    return exp(this.mu - this.sigma * normalQuantile(v));
  }

  sample(rng: Rng): number {
    return exp(this.mu + this.sigma * rng.normal());
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    const mu = this.mu;
    const sigma = this.sigma;
    for (let i = 0; i < count; i++) out[i] = exp(mu + sigma * rng.normal());
  }
}

export const lognormalFamily = defineFamily({
  name: 'lognormal',
  params: [
    { name: 'mu', min: -20, max: 20 },
    { name: 'sigma', min: 1e-6, max: 10, minWords: '> 0 (at least 1e-6)' },
  ],
  make: (s): Distribution => new Lognormal(s, s.mu, s.sigma),
  describe: (p) => `lognormal: exp of a normal with μ ${p.mu}, σ ${p.sigma}`,
  parameterisation: 'lognormal(μ,σ) of the underlying normal',
  presets: [{ text: 'lognormal(0,1)', label: 'lognormal(0, 1)' }],
  // No `ageing`: neither in theory (the hazard rises, then falls), but with a small σ the
  // new-shorter-than-used side lies beyond any grid, so the numerical check decides (aging.ts).
});
