// ln and exp, bit for bit src/engine/math/lnExp.ts (itself bit for bit @stdlib's ln and exp, msun
// e_log.c / Go's math.Exp): the same constants and the same operations in the same order. WebAssembly
// has no fused multiply-add unless asked for, so every product and sum rounds as in JavaScript.
// Inputs outside lnExp's fast path (zero, negative, subnormal, NaN, ±Infinity, exp near overflow or
// underflow, |x| < 2⁻²⁸) go to the very functions the JS code calls there, imported from it
// (module "math": lnEdge, expEdge), so there is nothing to port twice.
//
// The algorithm is under this notice:
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
// Developed at SunPro, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this software is freely granted, provided that
// this notice is preserved.

declare function lnEdge(x: f64): f64;
declare function expEdge(x: f64): f64;

const LN2_HI: f64 = 6.9314718036912382e-1;
const LN2_LO: f64 = 1.9082149292705877e-10;
const ONE_THIRD: f64 = 0.3333333333333333;
const LOG2_E: f64 = 1.4426950408889634;
const NEAR_ZERO: f64 = 3.725290298461914e-9; // 2⁻²⁸

/** 2ʲ for j in [−1074, 1023], exact (lnExp's POW2 table, built from the bits). */
function pow2(j: i32): f64 {
  if (j >= -1022) return reinterpret<f64>((<u64>(j + 1023)) << 52);
  return reinterpret<f64>((<u64>1) << (<u64>(j + 1074)));
}

export function ln(x: f64): f64 {
  const hx = <i32>(reinterpret<u64>(x) >>> 32);
  if (hx < 0x00100000 || hx >= 0x7ff00000) return lnEdge(x);
  const m = hx & 0x000fffff;
  const i = (m + 0x95f64) & 0x100000;
  const k = (hx >> 20) - 1023 + (i >> 20);
  const f = x * pow2(-k) - 1.0;
  const dk = <f64>k;
  if ((0x000fffff & (2 + m)) < 3) {
    if (f == 0.0) return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
    const R = f * f * (0.5 - ONE_THIRD * f);
    return k == 0 ? f - R : dk * LN2_HI - (R - dk * LN2_LO - f);
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
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k == 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

export function exp(x: f64): f64 {
  if (!(x > -708 && x < 709) || (x > -NEAR_ZERO && x < NEAR_ZERO)) return expEdge(x);
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
  return y * pow2(<i32>k);
}
