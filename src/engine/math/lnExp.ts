// `ln` and `exp` for the Monte Carlo hot loops (one per draw): bit for bit the functions of
// @stdlib/math-base-special-ln and -exp, about twice as fast. stdlib's `ln` writes the high word of
// a double and reads the double back (`setHighWord`), a store-to-load forwarding stall; its `exp`
// scales by 2ᵏ through a general `ldexp` (normalise, split into words, rebuild). Here the same
// algorithm, with the same constants and operations in the same order, scales by multiplying with an
// exact power of two from a table instead — exact whenever the result is a normal double, which is
// the only case handled here; every other input (zero, negative, subnormal, NaN, ±Infinity, results
// near overflow or underflow, |x| < 2⁻²⁸ for exp) goes to stdlib's own function.
// test/unit/engine/determinism.test.ts checks the equality with stdlib on millions of inputs.
//
// The algorithm (FreeBSD msun e_log.c; Go's math.Exp after msun e_exp.c) is under this notice:
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
// Developed at SunPro, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this software is freely granted, provided that
// this notice is preserved.

import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibLn from '@stdlib/math-base-special-ln';

/** POW2[j + 1074] = 2ʲ for j in [−1074, 1023], exact (doubling and halving a power of two is exact). */
const POW2 = new Float64Array(2098);
POW2[1074] = 1;
for (let i = 1075; i < 2098; i++) POW2[i] = POW2[i - 1] * 2;
for (let i = 1073; i >= 0; i--) POW2[i] = POW2[i + 1] / 2;

// The high word of a double: word 1 of its two 32-bit words on a little-endian machine, word 0 on a
// big-endian one.
const WORDS_F64 = new Float64Array(1);
const WORDS_U32 = new Uint32Array(WORDS_F64.buffer);
WORDS_F64[0] = 1; // high word 0x3ff00000, low word 0
const HIGH = WORDS_U32[1] === 0x3ff00000 ? 1 : 0;

const LN2_HI = 6.9314718036912382e-1; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const ONE_THIRD = 0.3333333333333333;

/** Natural logarithm, identical to @stdlib/math-base-special-ln 0.2.5 (msun e_log.c). */
export function ln(x: number): number {
  WORDS_F64[0] = x;
  const hx = WORDS_U32[HIGH] | 0; // negative for x < 0 and −0
  if (hx < 0x00100000 || hx >= 0x7ff00000) return stdlibLn(x); // ≤ 0, subnormal, Infinity, NaN
  const m = hx & 0x000fffff;
  const i = (m + 0x95f64) & 0x100000;
  // x = 2ᵏ·y with y in [√2/2, √2): y is x with its exponent field set to 0x3ff or 0x3fe.
  const k = (hx >> 20) - 1023 + (i >> 20);
  const f = x * POW2[1074 - k] - 1.0;
  if ((0x000fffff & (2 + m)) < 3) {
    // −2⁻²⁰ ≤ f < 2⁻²⁰
    if (f === 0.0) return k === 0 ? 0.0 : k * LN2_HI + k * LN2_LO;
    const R = f * f * (0.5 - ONE_THIRD * f);
    return k === 0 ? f - R : k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (0.3999999999940942 + w * (0.22222198432149784 + w * 0.15313837699209373));
  const t2 =
    z * (0.6666666666666735 + w * (0.2857142874366239 + w * (0.1818357216161805 + w * 0.14798198605116586)));
  const R = t2 + t1;
  if (((m - 0x6147a) | (0x6b851 - m)) > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
}

const LOG2_E = Math.LOG2E; // 1.4426950408889634 (exactly specified: the double nearest log₂ e)
const NEAR_ZERO = 1 / (1 << 28); // 2⁻²⁸

/** eˣ, identical to @stdlib/math-base-special-exp 0.2.5 (Go's math.Exp, msun e_exp.c). */
export function exp(x: number): number {
  // Here k lies in [−1021, 1023], so the result y·2ᵏ (y in [0.7, 1.42]) is a normal double.
  if (!(x > -708 && x < 709) || (x > -NEAR_ZERO && x < NEAR_ZERO)) return stdlibExp(x);
  const k = x < 0.0 ? Math.ceil(LOG2_E * x - 0.5) : Math.floor(LOG2_E * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c =
    r -
    t *
      (0.16666666666666602 +
        t *
          (-0.0027777777777015593 +
            t * (0.00006613756321437934 + t * (-0.0000016533902205465252 + t * 4.1381367970572385e-8))));
  const y = 1.0 - (lo - (r * c) / (2.0 - c) - hi);
  return y * POW2[1074 + k];
}
