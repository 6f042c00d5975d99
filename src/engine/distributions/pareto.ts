import { exp, expm1, ln, log1p } from '../math';
import type { Rng } from '../random/xoshiro128';
import { logGamma } from '../special';
import { defineFamily } from './family';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Pareto(shape α, scale xₘ): P(X > x) = (xₘ/x)^α for x ≥ xₘ. Mean αxₘ/(α − 1) for α > 1, variance
 * finite only for α > 2 (so Pareto(2,1) of [SS] Fig. 5/6 has mean 2 and infinite variance).
 * Sampler: one `rng.uniform()` u per draw, x = xₘ·exp(−ln(u)/α), i.e. xₘ·u^(−1/α) (u and 1 − u
 * are equal in law; u is never 0, so the draw is finite: at most xₘ·2^(54/α)). For α = 2, the
 * shape of [SS] Figs. 5–6, the draw is computed as xₘ/√u, several times faster (`exp∘ln` is slow);
 * the two formulas differ only in the last bits.
 */
export class Pareto implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex: number;
  readonly plotRange: [number, number];
  readonly breakpoints: readonly number[];
  private readonly negInvShape: number;

  constructor(
    readonly spec: DistSpec,
    readonly shape: number,
    readonly scale: number,
  ) {
    if (!(shape > 0 && Number.isFinite(shape)) || !(scale > 0 && Number.isFinite(scale))) {
      throw new RangeError(`Pareto needs shape > 0 and scale > 0 (got shape ${shape}, scale ${scale})`);
    }
    this.label = `Pareto(shape α=${shape}, scale xₘ=${scale})`;
    this.tailIndex = shape;
    this.negInvShape = -1 / shape;
    this.mean = shape > 1 ? (shape * scale) / (shape - 1) : Number.POSITIVE_INFINITY;
    this.variance =
      shape > 2
        ? (scale * scale * shape) / ((shape - 1) * (shape - 1) * (shape - 2))
        : Number.POSITIVE_INFINITY;
    this.breakpoints = [scale];
    this.plotRange = [scale, this.quantileUpper(0.005)];
  }

  cdf(x: number): number {
    return x <= this.scale ? 0 : -expm1(this.shape * ln(this.scale / x));
  }

  survival(x: number): number {
    return x <= this.scale ? 1 : exp(this.shape * ln(this.scale / x));
  }

  pdf(x: number): number {
    return x < this.scale ? 0 : (this.shape / x) * this.survival(x);
  }

  quantile(u: number): number {
    if (u <= 0) return this.scale;
    if (u >= 1) return Number.POSITIVE_INFINITY;
    return this.scale * exp(this.negInvShape * log1p(-u));
  }

  quantileUpper(v: number): number {
    if (v >= 1) return this.scale;
    if (v <= 0) return Number.POSITIVE_INFINITY;
    return this.scale * exp(this.negInvShape * ln(v));
  }

  sample(rng: Rng): number {
    const u = rng.uniform();
    return this.shape === 2 ? this.scale / Math.sqrt(u) : this.scale * exp(this.negInvShape * ln(u));
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    const scale = this.scale;
    const e = this.negInvShape;
    if (this.shape === 2) {
      for (let i = 0; i < count; i++) out[i] = scale / Math.sqrt(rng.uniform());
    } else {
      for (let i = 0; i < count; i++) out[i] = scale * exp(e * ln(rng.uniform()));
    }
  }
}

export const paretoFamily = defineFamily({
  name: 'pareto',
  // Shape ≥ 0.1 keeps xₘ·u^(−1/α) below 1e170, so every draw is a finite double.
  params: [
    { name: 'shape', min: 0.1, max: 1e6 },
    { name: 'scale', min: 1e-6, max: 1e6, minWords: '> 0 (at least 1e-6)' },
  ],
  make: (s): Distribution => new Pareto(s, s.shape, s.scale),
  describe: (p) => `Pareto with shape α ${p.shape} and scale xₘ ${p.scale} (P(X > x) = (xₘ/x)^α)`,
  parameterisation: 'pareto(α, xₘ) has shape α and scale xₘ, mean αxₘ/(α − 1)',
  presets: [{ text: 'pareto(2,1)', label: 'Pareto(2, 1) — [SS] Figs. 5–6' }],
  // New-longer-than-used below xₘ, new-shorter-than-used in the tail (aging.ts).
  ageing: () => 'neither',
  orderStatistic: {
    formula:
      'E[X_{K:P}] = xₘ·Γ(P+1)·Γ(P−K+1−1/α) / (Γ(P−K+1)·Γ(P+1−1/α)), finite iff α(P−K+1) > 1, [SS] Sec. 4',
    value(p, K, P) {
      const m = P - K + 1;
      if (!(p.shape * m > 1)) return Number.POSITIVE_INFINITY;
      const a = 1 / p.shape;
      return p.scale * exp(logGamma(P + 1) - logGamma(P + 1 - a) + logGamma(m - a) - logGamma(m));
    },
  },
});
