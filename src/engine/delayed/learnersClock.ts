// The learners model's second stream (learners.ts): compute times are drawn from the run's stream
// advanced by 2⁶⁴ words (xoshiro128**'s jump, Blackman & Vigna's reference constants), so the
// Gaussian noise keeps the run's stream to itself — the P = 1 run then draws exactly what SgdRun
// draws, bit for bit — while the clock needs no identity of its own: a run is still defined by one
// stream. Jumped sequences do not overlap for 2⁶⁴ words, far beyond any run.

import { Xoshiro128 } from '../random/xoshiro128';

/** 2⁶⁴ steps of xoshiro128**'s linear engine, as bits of the jump polynomial (reference values). */
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];

/** A new stream whose state is `rng`'s after 2⁶⁴ draws; `rng` itself is left untouched. */
export function jumpedStream(rng: Xoshiro128): Xoshiro128 {
  const s = rng.s;
  let a = s[0];
  let b = s[1];
  let c = s[2];
  let e = s[3];
  let j0 = 0;
  let j1 = 0;
  let j2 = 0;
  let j3 = 0;
  for (const word of JUMP) {
    for (let bit = 0; bit < 32; bit++) {
      if ((word >>> bit) & 1) {
        j0 ^= a;
        j1 ^= b;
        j2 ^= c;
        j3 ^= e;
      }
      // xoshiro128's state transition (the output scrambler plays no part in a jump).
      const t = b << 9;
      c ^= a;
      e ^= b;
      b ^= c;
      a ^= e;
      c ^= t;
      e = (e << 11) | (e >>> 21);
    }
  }
  return new Xoshiro128(j0, j1, j2, j3);
}
