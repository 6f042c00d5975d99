import { exp, ln, log1p, pow } from '../math';
import type { Rng } from '../random/xoshiro128';
import { logGamma } from '../special';
import { defineFamily } from './family';
import { invertMonotone } from './invert';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * ln P(a, x) and ln Q(a, x), the regularised incomplete gamma functions (P + Q = 1), for a > 0,
 * x ≥ 0, in logarithms so that neither underflows far in a tail. Numerical Recipes §6.2: the series
 * P = x^a e^{−x}/Γ(a) · Σₙ xⁿ/(a(a+1)…(a+n)) for x < a + 1, else the continued fraction of Q (modified
 * Lentz); the other one is 1 minus it, taken with log1p (it is then at least about ½, no digits lost).
 */
export function logRegularizedGamma(a: number, x: number): { lower: number; upper: number } {
  if (!(x > 0)) return { lower: Number.NEGATIVE_INFINITY, upper: 0 };
  if (x === Number.POSITIVE_INFINITY) return { lower: 0, upper: Number.NEGATIVE_INFINITY };
  const logPrefactor = a * ln(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    const lower = logPrefactor + ln(sum);
    return { lower, upper: log1p(-exp(lower)) };
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  const upper = logPrefactor + ln(h);
  return { lower: log1p(-exp(upper)), upper };
}

/**
 * Gamma(shape k, scale θ): density x^{k−1}e^{−x/θ}/(Γ(k)θ^k), mean kθ, variance kθ². Shape 1 is
 * exp(1/θ); k > 1 is new-longer-than-used (increasing hazard), k < 1 new-shorter-than-used
 * (decreasing hazard) — [SS]'s own example of both classes. Every moment is finite.
 * F is the regularised incomplete gamma P(k, x/θ); F⁻¹ inverts it (in logarithms) by `invertMonotone`.
 * Sampler (Marsaglia & Tsang 2000, "A simple method for generating gamma variables"), with
 * d = k − 1/3, c = 1/√(9d) (k ≥ 1): repeat { z = `rng.normal()` until v = (1 + cz) > 0; v = v³;
 * u = `rng.uniform()`; accept d·v if u < 1 − 0.0331z⁴ or ln u < z²/2 + d(1 − v + ln v) }; the
 * draw is θ·d·v. For k < 1 the same with k + 1, then one more `rng.uniform()` u′ and the draw is
 * θ·G·u′^(1/k) (Marsaglia & Tsang's boost). `normal()` keeps the second of each pair (see lognormal.ts).
 */
export class Gamma implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly breakpoints: readonly number[] = [0];
  readonly plotRange: [number, number];
  private readonly d: number;
  private readonly c: number;
  private readonly invShape: number;
  private readonly logGammaShape: number;

  constructor(
    readonly spec: DistSpec,
    readonly shape: number,
    readonly scale: number,
  ) {
    if (!(shape > 0 && Number.isFinite(shape)) || !(scale > 0 && Number.isFinite(scale))) {
      throw new RangeError(`gamma needs shape > 0 and scale > 0 (got shape ${shape}, scale ${scale})`);
    }
    this.label = `Gamma(shape k=${shape}, scale θ=${scale})`;
    this.mean = shape * scale;
    this.variance = shape * scale * scale;
    this.d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
    this.invShape = 1 / shape;
    this.logGammaShape = logGamma(shape);
    this.plotRange = [this.quantile(0.0025), this.quantileUpper(0.0025)];
  }

  cdf(x: number): number {
    return exp(logRegularizedGamma(this.shape, x / this.scale).lower);
  }

  survival(x: number): number {
    return exp(logRegularizedGamma(this.shape, x / this.scale).upper);
  }

  pdf(x: number): number {
    if (x < 0) return 0;
    const k = this.shape;
    const z = x / this.scale;
    if (z === 0) return k < 1 ? Number.POSITIVE_INFINITY : k === 1 ? 1 / this.scale : 0;
    return exp((k - 1) * ln(z) - z - this.logGammaShape) / this.scale;
  }

  quantile(u: number): number {
    if (Number.isNaN(u)) return u;
    if (u <= 0) return 0;
    if (u >= 0.5) return this.quantileUpper(1 - u);
    // P(k, z) ≤ z^k/Γ(k + 1), so z₀ = (u·Γ(k + 1))^(1/k) is at most F⁻¹(u)/θ: a lower bracket.
    const lu = ln(u);
    const lo = exp((lu + logGamma(this.shape + 1)) * this.invShape);
    if (lo === 0) return 0; // below the smallest double
    let hi = 2 * lo;
    while (logRegularizedGamma(this.shape, hi).lower < lu) hi *= 2;
    return this.scale * invertMonotone(lo, hi, (z) => logRegularizedGamma(this.shape, z).lower - lu);
  }

  quantileUpper(v: number): number {
    if (Number.isNaN(v)) return v;
    if (v >= 1) return 0;
    if (v <= 0) return Number.POSITIVE_INFINITY;
    if (v > 0.5) return this.quantile(1 - v);
    // The median is at least (Γ(k + 1)/2)^(1/k) (the bound above at u = ½): a lower bracket.
    const lv = ln(v);
    const lo = exp((logGamma(this.shape + 1) - ln(2)) * this.invShape);
    let hi = Math.max(2 * lo, 2 * this.shape);
    while (logRegularizedGamma(this.shape, hi).upper > lv) hi *= 2;
    return this.scale * invertMonotone(lo, hi, (z) => lv - logRegularizedGamma(this.shape, z).upper);
  }

  /** One Marsaglia–Tsang draw of Gamma(d + 1/3, 1). */
  private standard(rng: Rng): number {
    const d = this.d;
    const c = this.c;
    for (;;) {
      let z: number;
      let v: number;
      do {
        z = rng.normal();
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      const u = rng.uniform();
      const z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2) return d * v;
      if (ln(u) < 0.5 * z2 + d * (1 - v + ln(v))) return d * v;
    }
  }

  sample(rng: Rng): number {
    const g = this.standard(rng);
    return this.shape < 1 ? this.scale * g * pow(rng.uniform(), this.invShape) : this.scale * g;
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.sample(rng);
  }
}

export const gammaFamily = defineFamily({
  name: 'gamma',
  params: [
    { name: 'shape', min: 0.1, max: 1000 },
    { name: 'scale', min: 1e-6, max: 1e6, minWords: '> 0 (at least 1e-6)' },
  ],
  make: (s): Distribution => new Gamma(s, s.shape, s.scale),
  describe: (p) => `gamma with shape k ${p.shape} and scale θ ${p.scale}`,
  parameterisation: 'gamma(k,θ) with shape k and scale θ, mean kθ',
  presets: [
    { text: 'gamma(2,0.5)', label: 'gamma(2, 0.5), new-longer-than-used' },
    { text: 'gamma(0.5,2)', label: 'gamma(0.5, 2), new-shorter-than-used' },
  ],
  // The hazard rises for k > 1 and falls for k < 1 ([SS] Sec. 4's example of both classes).
  ageing: (p) => (p.shape === 1 ? 'both' : p.shape > 1 ? 'nbu' : 'nwu'),
  exponentialRate: (p) => (p.shape === 1 ? 1 / p.scale : null),
});
