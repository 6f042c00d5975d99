import { exp, ln } from '../math';
import type { Rng } from '../random/xoshiro128';
import type { DistSpec } from './spec';
import type { Distribution } from './types';

/**
 * Measured service times summarised as n sorted quantiles q₁ ≤ … ≤ qₙ at levels uᵢ = (i − ½)/n
 * (`quantiles(q1,…,qn)`). The simulator draws from this summary, never from the raw samples:
 * - F⁻¹ is linear between the knots (uᵢ, qᵢ);
 * - lower tail: linear from (0, L) to (u₁, q₁), L = max(0, q₁ − (q₂ − q₁)/2);
 * - upper tail: exponential through the last two knots, F⁻¹(u) = qₙ + θ·ln(1/(2n(1 − u))),
 *   θ = (qₙ − qₙ₋₁)/ln 3 (it passes through (uₙ₋₁, qₙ₋₁) too, since 2n(1 − uₙ₋₁) = 3);
 * - n = 1 is the point mass q₁.
 * Tied quantiles make atoms (flat pieces of F⁻¹): the density is 0 there (a plot marks them).
 * Mean and variance are exact (closed-form integrals of the piecewise F⁻¹).
 * Sampler: one `rng.uniform()` u per draw (also when n = 1), x = F⁻¹(1 − u) (u and 1 − u are equal
 * in law; this keeps the exponential tail's resolution and is finite for every u the rng returns).
 */
export class MeasuredQuantiles implements Distribution {
  readonly label: string;
  readonly mean: number;
  readonly variance: number;
  readonly tailIndex = Number.POSITIVE_INFINITY;
  readonly plotRange: [number, number];
  readonly breakpoints: readonly number[];
  readonly n: number;
  /** F⁻¹(0): the lower end of the support. */
  readonly lower: number;
  /** Scale of the exponential upper tail. */
  readonly theta: number;
  private readonly q: Float64Array;

  constructor(
    readonly spec: DistSpec,
    values: readonly number[],
  ) {
    const n = values.length;
    if (n < 1) throw new RangeError('quantiles needs at least one value');
    for (let i = 0; i < n; i++) {
      if (!(Number.isFinite(values[i]) && values[i] >= 0) || (i > 0 && values[i] < values[i - 1])) {
        throw new RangeError('quantiles needs finite, non-negative values in increasing order');
      }
    }
    this.n = n;
    this.q = Float64Array.from(values);
    this.lower = n === 1 ? values[0] : Math.max(0, values[0] - 0.5 * (values[1] - values[0]));
    this.theta = n === 1 ? 0 : (values[n - 1] - values[n - 2]) / ln(3);
    this.breakpoints = n === 1 ? [values[0]] : [this.lower, ...new Set(values)];
    this.label = `Measured quantiles(n=${n}, q₁=${values[0]}, …, qₙ=${values[n - 1]})`;
    const [mean, variance] = this.moments();
    this.mean = mean;
    this.variance = variance;
    if (n === 1) {
      const half = 0.5 * Math.max(values[0], 1e-6);
      this.plotRange = [Math.max(0, values[0] - half), values[0] + half];
    } else {
      this.plotRange = [this.lower, this.quantileUpper(0.0025)];
    }
  }

  /** Exact mean and variance: piecewise integrals of F⁻¹ and (F⁻¹ − mean)² over u in (0, 1). */
  private moments(): [number, number] {
    const { n, q, lower, theta } = this;
    if (n === 1) return [q[0], 0];
    const h = 1 / n;
    const last = q[n - 1];
    let m = (0.5 * h * (lower + q[0])) / 2 + 0.5 * h * (last + theta);
    for (let i = 0; i + 1 < n; i++) m += (h * (q[i] + q[i + 1])) / 2;
    // Second moment about the mean: for a linear piece from a to b over width w, w(a² + ab + b²)/3.
    const piece = (w: number, a: number, b: number) => (w * (a * a + a * b + b * b)) / 3;
    let v = piece(0.5 * h, lower - m, q[0] - m);
    for (let i = 0; i + 1 < n; i++) v += piece(h, q[i] - m, q[i + 1] - m);
    const d = last - m;
    v += 0.5 * h * (d * d + 2 * d * theta + 2 * theta * theta);
    return [m, v];
  }

  quantile(u: number): number {
    const { n, q } = this;
    if (n === 1 || Number.isNaN(u)) return n === 1 ? q[0] : u;
    if (u <= 0) return this.lower;
    if (u >= 0.5) return this.quantileUpper(1 - u);
    const s = u * n - 0.5; // knot index coordinate: knot i sits at s = i
    if (s <= 0) return this.lower + (q[0] - this.lower) * (u * 2 * n);
    const i = Math.min(Math.floor(s), n - 2);
    return q[i] + (s - i) * (q[i + 1] - q[i]);
  }

  quantileUpper(v: number): number {
    const { n, q } = this;
    if (n === 1 || Number.isNaN(v)) return n === 1 ? q[0] : v;
    if (v <= 0) return this.theta > 0 ? Number.POSITIVE_INFINITY : q[n - 1];
    if (v >= 1) return this.lower;
    const t = 2 * n * v;
    if (t <= 1) return q[n - 1] - this.theta * ln(t);
    if (v > 0.5) return this.quantile(1 - v);
    const s = n - 0.5 - v * n; // knot index coordinate of u = 1 − v, computed from v
    const i = Math.max(0, Math.min(Math.floor(s), n - 2));
    return q[i] + (s - i) * (q[i + 1] - q[i]);
  }

  /** Largest i with q[i] ≤ x (−1 when x < q[0]). */
  private knotBelow(x: number): number {
    let lo = -1;
    let hi = this.n - 1;
    if (x >= this.q[hi]) return hi;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.q[mid] <= x) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  cdf(x: number): number {
    const { n, q } = this;
    if (n === 1) return x >= q[0] ? 1 : 0;
    if (x >= q[n - 1]) return 1 - this.survival(x);
    if (x < this.lower) return 0;
    const i = this.knotBelow(x);
    if (i < 0) return (0.5 / n) * ((x - this.lower) / (q[0] - this.lower));
    return (i + 0.5 + (x - q[i]) / (q[i + 1] - q[i])) / n;
  }

  survival(x: number): number {
    const { n, q } = this;
    if (n === 1) return x >= q[0] ? 0 : 1;
    if (x >= q[n - 1]) return this.theta > 0 ? exp(-(x - q[n - 1]) / this.theta) / (2 * n) : 0;
    return 1 - this.cdf(x);
  }

  pdf(x: number): number {
    const { n, q } = this;
    if (n === 1 || x < this.lower) return 0;
    if (x >= q[n - 1]) {
      return this.theta > 0 ? exp(-(x - q[n - 1]) / this.theta) / (2 * n * this.theta) : 0;
    }
    const i = this.knotBelow(x);
    if (i < 0) return q[0] > this.lower ? 0.5 / n / (q[0] - this.lower) : 0;
    return 1 / n / (q[i + 1] - q[i]);
  }

  sample(rng: Rng): number {
    return this.quantileUpper(rng.uniform());
  }

  sampleInto(rng: Rng, out: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.quantileUpper(rng.uniform());
  }
}
