import { describe, expect, it } from 'vitest';
import { murmur3 } from '../../../src/engine/random/murmur3';
import { rngFor } from '../../../src/engine/random/seed';
import { Xoshiro128 } from '../../../src/engine/random/xoshiro128';

describe('xoshiro128** (the generator named in the README)', () => {
  it('matches the reference C implementation from state {1, 2, 3, 4}', () => {
    // Printed by Blackman & Vigna's xoshiro128starstar.c (version 1.1) compiled with gcc.
    const reference = [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849];
    const g = new Xoshiro128(1, 2, 3, 4);
    expect(reference.map(() => g.nextU32())).toEqual(reference);
  });

  it('draws uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const g = new Xoshiro128(7, 8, 9, 10);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = g.uniform();
      s += u;
      s2 += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    // Standard error of the mean is sqrt(1/12/n) ≈ 6.5e-4: allow 5 standard errors.
    expect(Math.abs(s / n - 0.5)).toBeLessThan(3.3e-3);
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(2e-3);
  });

  it('draws standard normals with mean 0, variance 1 and the right tail mass', () => {
    const g = new Xoshiro128(11, 12, 13, 14);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    let beyond2 = 0;
    for (let i = 0; i < n; i++) {
      const z = g.normal();
      s += z;
      s2 += z * z;
      if (Math.abs(z) > 2) beyond2++;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.012); // 5 standard errors
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.016); // sd of z² is √2
    // P(|Z| > 2) = 0.0455; binomial standard error ≈ 4.7e-4.
    expect(Math.abs(beyond2 / n - 0.0455)).toBeLessThan(2.4e-3);
  });
});

describe('MurmurHash3_x86_32 (seed derivation)', () => {
  it('matches the published test vectors', () => {
    expect(murmur3('', 0)).toBe(0);
    expect(murmur3('test', 0)).toBe(0xba6bd213);
    expect(murmur3('Hello, world!', 1234)).toBe(0xfaf6cdb3);
    expect(murmur3('The quick brown fox jumps over the lazy dog', 0)).toBe(0x2e4ff723);
  });
});

describe('rngFor', () => {
  it('gives the same stream for the same seed and identity, and another for a different one', () => {
    const a = rngFor(1, 'maxratio|dist=exp(1)|P=20|draws=2000|rep=0');
    const b = rngFor(1, 'maxratio|dist=exp(1)|P=20|draws=2000|rep=0');
    const c = rngFor(1, 'maxratio|dist=exp(1)|P=20|draws=2000|rep=1');
    const d = rngFor(2, 'maxratio|dist=exp(1)|P=20|draws=2000|rep=0');
    const take = (r: typeof a) => Array.from({ length: 4 }, () => r.nextU32());
    const sa = take(a);
    expect(take(b)).toEqual(sa);
    expect(take(c)).not.toEqual(sa);
    expect(take(d)).not.toEqual(sa);
  });
});
