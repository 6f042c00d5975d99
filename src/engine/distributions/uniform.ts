import type { Rng } from '../random/xoshiro128';
import { defineFamily } from './family';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Uniform on [a, b] (a = b is a point mass at a, with density 0).
 * Sampler: one `rng.uniform()` u per draw, x = a + (b − a)·u.
 */
export class Uniform implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly plotRange: [number, number];
  readonly breakpoints: readonly number[];
  private readonly width: number;

  constructor(
    readonly spec: DistSpec,
    readonly a: number,
    readonly b: number,
  ) {
    if (!(Number.isFinite(a) && Number.isFinite(b) && a <= b)) {
      throw new RangeError(`uniform needs finite a ≤ b (got a ${a}, b ${b})`);
    }
    this.label = `Uniform(a=${a}, b=${b})`;
    this.width = b - a;
    this.mean = 0.5 * (a + b);
    this.variance = (this.width * this.width) / 12;
    this.breakpoints = a < b ? [a, b] : [a];
    this.plotRange =
      a < b ? [a, b] : [a - 0.5 * Math.max(Math.abs(a), 1), a + 0.5 * Math.max(Math.abs(a), 1)];
  }

  cdf(x: number): number {
    if (x < this.a) return 0;
    if (x >= this.b) return 1;
    return (x - this.a) / this.width;
  }

  survival(x: number): number {
    if (x < this.a) return 1;
    if (x >= this.b) return 0;
    return (this.b - x) / this.width;
  }

  pdf(x: number): number {
    return this.width > 0 && x >= this.a && x <= this.b ? 1 / this.width : 0;
  }

  quantile(u: number): number {
    if (u <= 0) return this.a;
    if (u >= 1) return this.b;
    return this.a + this.width * u;
  }

  quantileUpper(v: number): number {
    if (v <= 0) return this.b;
    if (v >= 1) return this.a;
    return this.b - this.width * v;
  }

  sample(rng: Rng): number {
    return this.a + this.width * rng.uniform();
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    const a = this.a;
    const w = this.width;
    for (let i = 0; i < count; i++) out[i] = a + w * rng.uniform();
  }
}

export const uniformFamily = defineFamily({
  name: 'uniform',
  params: [
    { name: 'a', min: 0, max: 1e6 },
    { name: 'b', min: 0, max: 1e6 },
  ],
  refine(v, n, notices) {
    let { a, b } = v;
    if (a > b) {
      notices.push(`uniform(a,b) needs a ≤ b; swapped to uniform(${n(b)},${n(a)}).`);
      [a, b] = [b, a];
    }
    if (b === 0) {
      notices.push('uniform(0,0) is always 0: service times need a positive mean.');
      return null;
    }
    return { a, b };
  },
  make: (s): Distribution => new Uniform(s, s.a, s.b),
  describe: (p) => `uniform on [${p.a}, ${p.b}]`,
  parameterisation: 'uniform(a,b)',
  presets: [{ text: 'uniform(0.5,1.5)', label: 'uniform(0.5, 1.5)' }],
  ageing: () => 'nbu',
  orderStatistic: {
    formula: 'E[X_{K:P}] = a + (b − a)·K/(P + 1), [SS] Sec. 4',
    value: (p, K, P) => p.a + ((p.b - p.a) * K) / (P + 1),
  },
});
