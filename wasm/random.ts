// xoshiro128** 1.1 and the ziggurat's N(0, 1) draws, bit for bit src/engine/random/xoshiro128.ts
// and src/engine/quadratic/gaussian.ts: the same words in the same order, the same tables (copied
// from the JS module at instantiation, so they cannot drift), the same slow path.

import { RNG, ZIG_F, ZIG_K, ZIG_W } from './layout';
import { exp, ln } from './math';

// The generator's state while a kernel runs (loaded from and stored to memory at RNG around it).
let s0: i32 = 0;
let s1: i32 = 0;
let s2: i32 = 0;
let s3: i32 = 0;

export function loadRng(): void {
  s0 = load<i32>(RNG);
  s1 = load<i32>(RNG, 4);
  s2 = load<i32>(RNG, 8);
  s3 = load<i32>(RNG, 12);
}

export function storeRng(): void {
  store<i32>(RNG, s0);
  store<i32>(RNG, s1, 4);
  store<i32>(RNG, s2, 8);
  store<i32>(RNG, s3, 12);
}

/** Xoshiro128.nextU32, as the same 32 bits in an i32. */
export function nextWord(): i32 {
  const a = s0;
  const b = s1;
  const c = s2 ^ a;
  const d = s3 ^ b;
  const result = rotl<i32>(b * 5, 7) * 9;
  s0 = a ^ d;
  s1 = b ^ c;
  s2 = c ^ (b << 9);
  s3 = rotl<i32>(d, 11);
  return result;
}

/** Xoshiro128.uniform: (k + ½)/2⁵² from 52 random bits. */
export function uniform(): f64 {
  const a = <f64>(<u32>nextWord() >>> 6);
  const b = <f64>(<u32>nextWord() >>> 6);
  return (a * 67108864 + b + 0.5) / 4503599627370496;
}

/** boundedInt of src/engine/delayed/run.ts: uniform on {0, …, n − 1}, Lemire's rejection. */
export function boundedInt(n: f64, threshold: f64): i32 {
  while (true) {
    const m = <f64>(<u32>nextWord()) * n;
    const high = Math.floor(m * 2.3283064365386963e-10);
    if (m - high * 4294967296 >= threshold) return <i32>high;
  }
}

const R: f64 = 3.6541528853610088;

function zigK(i: i32): f64 {
  return load<f64>(ZIG_K + ((<usize>i) << 3));
}
function zigW(i: i32): f64 {
  return load<f64>(ZIG_W + ((<usize>i) << 3));
}
function zigF(i: i32): f64 {
  return load<f64>(ZIG_F + ((<usize>i) << 3));
}

/** gaussian.ts's slowPath: wedges and tail, drawing further words. */
function slowPath(word: i32): f64 {
  let u = word;
  while (true) {
    const i = u & 255;
    const v = <f64>(u >> 8) + 0.5;
    if (Math.abs(v) < zigK(i)) return v * zigW(i);
    if (i == 0) {
      let t: f64;
      let e: f64;
      do {
        t = -ln(uniform()) / R;
        e = -ln(uniform());
      } while (e + e < t * t);
      return v < 0 ? -(R + t) : R + t;
    }
    const x = v * zigW(i);
    if (zigF(i) + uniform() * (zigF(i - 1) - zigF(i)) < exp(-0.5 * x * x)) return x;
    u = nextWord();
  }
}

/**
 * gaussian.ts's fillGaussians: one word per entry first (the state in locals), then the slow path
 * of the entries that missed, in entry order. `pendingIndex`/`pendingWord` hold n i32 each.
 */
export function fillGaussians(out: usize, n: i32, pendingIndex: usize, pendingWord: usize): void {
  let a = s0;
  let b = s1;
  let c = s2;
  let d = s3;
  let pending = 0;
  for (let i = 0; i < n; i++) {
    const u = rotl<i32>(b * 5, 7) * 9;
    const t9 = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t9;
    d = rotl<i32>(d, 11);
    const layer = u & 255;
    const v = <f64>(u >> 8) + 0.5;
    if (Math.abs(v) < zigK(layer)) store<f64>(out + ((<usize>i) << 3), v * zigW(layer));
    else {
      store<i32>(pendingIndex + ((<usize>pending) << 2), i);
      store<i32>(pendingWord + ((<usize>pending) << 2), u);
      pending++;
    }
  }
  s0 = a;
  s1 = b;
  s2 = c;
  s3 = d;
  for (let j = 0; j < pending; j++) {
    const i = load<i32>(pendingIndex + ((<usize>j) << 2));
    store<f64>(out + ((<usize>i) << 3), slowPath(load<i32>(pendingWord + ((<usize>j) << 2))));
  }
}
