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
  /**
   * The four state words, in an Int32Array: fields that alternate between signed and unsigned
   * 32-bit values would box a heap number on every update in V8 (≈ 12 ns a word against ≈ 3 ns).
   * Public so hot loops (the quadratic's step) can keep them in registers while they run and write
   * them back before anything else draws: the sequence stays this one.
   */
  readonly s = new Int32Array(4);
  private spare = 0;
  private hasSpare = false;

  constructor(s0: number, s1: number, s2: number, s3: number) {
    const s = this.s;
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    // The all-zero state is the one fixed point of the generator.
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 0x9e3779b9;
  }

  nextU32(): number {
    const s = this.s;
    const s0 = s[0];
    const s1 = s[1];
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
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
