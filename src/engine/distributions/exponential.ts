import { exp, expm1, ln, log1p } from '../math';
import type { Rng } from '../random/xoshiro128';
import { harmonicDifference } from '../special';
import { defineFamily } from './family';
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

const RATE = { name: 'rate', min: 1e-6, max: 1e6, minWords: '> 0 (at least 1e-6)' } as const;

export const expFamily = defineFamily({
  name: 'exp',
  params: [RATE],
  make: (s): Distribution => new ShiftedExponential(s, 0, s.rate),
  describe: (p) => `exponential with rate ${p.rate}`,
  parameterisation: 'exp(μ) has rate μ, mean 1/μ',
  presets: [{ text: 'exp(1)', label: 'exp(1) — [SS] Fig. 5' }],
  ageing: () => 'both',
  exponentialRate: (p) => p.rate,
  orderStatistic: {
    formula: 'E[X_{K:P}] = (H_P − H_{P−K})/μ, [SS] Sec. 4',
    value: (p, K, P) => harmonicDifference(P, P - K) / p.rate,
  },
});

export const shexpFamily = defineFamily({
  name: 'shexp',
  params: [{ name: 'shift', min: 0, max: 1e6 }, RATE],
  make: (s): Distribution => new ShiftedExponential(s, s.shift, s.rate),
  describe: (p) => `shifted exponential: ${p.shift} + exp(rate ${p.rate})`,
  parameterisation: 'shexp(s, μ) is the shift s plus an exp(μ)',
  presets: [{ text: 'shexp(1,1)', label: '1 + exp(1) — [SS] Figs. 5–6' }],
  ageing: (p) => (p.shift === 0 ? 'both' : 'nbu'),
  exponentialRate: (p) => (p.shift === 0 ? p.rate : null),
  orderStatistic: {
    formula: 'E[X_{K:P}] = shift + (H_P − H_{P−K})/μ, [SS] Sec. 4',
    value: (p, K, P) => p.shift + harmonicDifference(P, P - K) / p.rate,
  },
});
