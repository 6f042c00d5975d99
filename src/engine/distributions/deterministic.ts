import type { Rng } from '../random/xoshiro128';
import { defineFamily } from './family';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Deterministic service time `det(value)`: a point mass, so pdf is 0 everywhere (a plot marks the atom).
 * Sampler: consumes no random numbers at all (so a det learner leaves the stream untouched).
 */
export class Deterministic implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance = 0;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly plotRange: [number, number];
  readonly breakpoints: readonly number[];

  constructor(
    readonly spec: DistSpec,
    readonly value: number,
  ) {
    if (!Number.isFinite(value)) throw new RangeError(`det needs a finite value (got ${value})`);
    this.label = `Deterministic(value=${value})`;
    this.mean = value;
    this.breakpoints = [value];
    const half = 0.5 * Math.max(Math.abs(value), 1e-6);
    this.plotRange = [Math.max(0, value - half), value + half];
  }

  cdf(x: number): number {
    return x >= this.value ? 1 : 0;
  }

  survival(x: number): number {
    return x >= this.value ? 0 : 1;
  }

  pdf(_x: number): number {
    return 0;
  }

  quantile(_u: number): number {
    return this.value;
  }

  quantileUpper(_v: number): number {
    return this.value;
  }

  sample(_rng: Rng): number {
    return this.value;
  }

  sampleInto(_rng: Rng, out: Float64Array, count: number): void {
    out.fill(this.value, 0, count);
  }
}

export const detFamily = defineFamily({
  name: 'det',
  params: [{ name: 'value', min: 1e-6, max: 1e6, minWords: '> 0 (at least 1e-6)' }],
  make: (s): Distribution => new Deterministic(s, s.value),
  describe: (p) => `deterministic: always ${p.value}`,
  parameterisation: 'det(v)',
  presets: [{ text: 'det(1)', label: 'deterministic 1' }],
  ageing: () => 'nbu',
  orderStatistic: {
    formula: 'E[X_{K:P}] = value (every learner takes the same time)',
    value: (p) => p.value,
  },
});
