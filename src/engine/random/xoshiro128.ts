// xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/): the generator of every simulation.
// It is part of the link format (DESIGN.md): changing it, the seeding or a sampler needs a new `v`.

import { ln } from '../math';

export interface Rng {
  /** Next 32-bit unsigned integer. */
  nextU32(): number;
  /** Uniform double in the open interval (0, 1) with 52 random bits: never 0 or 1, so log(u) is finite. */
  uniform(): number;
  /** Standard normal N(0, 1) (Marsaglia's polar method; the second of each pair is kept for the next call). */
  normal(): number;
}

export class Xoshiro128 implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 >>> 0;
    this.s1 = s1 >>> 0;
    this.s2 = s2 >>> 0;
    this.s3 = s3 >>> 0;
    // The all-zero state is the one fixed point of the generator.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 0x9e3779b9;
  }

  nextU32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  uniform(): number {
    // 52 random bits k, returned as (k + ½)/2⁵²: exact in a double, so never 0 and never 1
    // (with 53 bits, k = 2⁵³ − 1 plus ½ would round up to exactly 1).
    const a = this.nextU32() >>> 6; // 26 bits
    const b = this.nextU32() >>> 6; // 26 bits
    return (a * 67108864 + b + 0.5) / 4503599627370496;
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    // Marsaglia's polar method: (u, v) uniform in the unit disc by rejection (acceptance π/4), then
    // u·f and v·f with f = √(−2 ln s / s), s = u² + v², are two independent standard normals. No sin
    // or cos, so one deterministic `ln` per pair. u and v are exact odd multiples of 2⁻⁵² (a uniform
    // is (k + ½)/2⁵²), never 0, so s > 0.
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1);
    const f = Math.sqrt((-2 * ln(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }
}
