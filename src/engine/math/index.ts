// Deterministic math: every transcendental function the engine and the experiments use, giving the
// same bits on every JavaScript engine. `Math.log`, `Math.exp`, `Math.pow`/`**`, `Math.sin`, … are
// not specified bit for bit (ECMAScript: "implementation-approximated"), and they do differ: Node 20
// (V8 11.3) and Chromium 153 disagree in the last bit on about 1–10 % of inputs (`2 ** (5/8)` is
// 1.542210825407941 in Node, 1.5422108254079407 in Chromium), which would break the promise
// "same link ⇒ bit-identical numbers in the page and the CLI" (DESIGN.md, README "Determinism").
//
// The functions below are stdlib's `@stdlib/math-base-special-*` packages: JavaScript ports of
// FreeBSD msun / fdlibm (`exp` via Go's math.Exp, itself from msun) that use only IEEE 754
// arithmetic (+ − × ÷, `Math.sqrt`, `Math.floor`/`ceil`/`round`/`abs`, which are exactly rounded)
// and reads/writes of the words of a double through typed arrays, so they give the same result on
// every engine. `ln` and `exp`, one per Monte Carlo draw, are stdlib's algorithms restated for speed
// in ./lnExp (bit for bit the same, as a test checks). Accuracy (fdlibm's error analyses): under
// 1 ulp; correctly rounded on about 90–99 % of inputs, where Chromium 153's `Math.*` appears to be
// correctly rounded throughout. Node 20's V8 is fdlibm as well: `ln`, `exp`, `log1p`, `expm1` equal
// its `Math.*` bit for bit. test/unit/engine/determinism.test.ts checks agreement with `Math.*` to
// ≤ 1 ulp and pins values against an independent BigInt reference.
//
// IEEE-exact operations need nothing from here: + − × ÷, `Math.sqrt`, `Math.abs`, `Math.floor`,
// `Math.round`, `Math.min`/`max`, `Math.fround`, `Math.imul`, `x ** 2`, and constants such as
// `2 ** 31`. Not `x ** 3` or `x ** -1`: V8 computes them as `Math.pow`, and Node and Chromium differ.
// test/unit/architecture/deterministicMath.test.ts rejects every other `Math.*` function and `**` in
// src/engine, src/experiments and src/scenario (outside this folder).

import stdlibCos from '@stdlib/math-base-special-cos';
import stdlibExpm1 from '@stdlib/math-base-special-expm1';
import stdlibLog1p from '@stdlib/math-base-special-log1p';
import stdlibLog10 from '@stdlib/math-base-special-log10';
import stdlibPow from '@stdlib/math-base-special-pow';
import stdlibSin from '@stdlib/math-base-special-sin';
import { exp as fastExp, ln as fastLn } from './lnExp';

type Unary = (x: number) => number;

/**
 * Natural logarithm ln x: NaN for x < 0 or NaN, −Infinity at ±0 (msun e_log.c). Bit for bit
 * @stdlib/math-base-special-ln, computed faster in ./lnExp (it is in every Monte Carlo draw).
 */
export const ln: Unary = fastLn;

/** Base-10 logarithm log₁₀ x: exact at powers of ten (msun e_log10.c). */
export const log10: Unary = stdlibLog10;

/** ln(1 + x), accurate for small |x|; NaN below −1, −Infinity at −1 (fdlibm s_log1p.c). */
export const log1p: Unary = stdlibLog1p;

/**
 * eˣ: 0 below about −745.13, Infinity above about 709.78 (msun e_exp.c via Go's math.Exp). Bit for
 * bit @stdlib/math-base-special-exp, computed faster in ./lnExp.
 */
export const exp: Unary = fastExp;

/** eˣ − 1, accurate for small |x| (msun s_expm1.c). */
export const expm1: Unary = stdlibExpm1;

/**
 * bˣ, the deterministic `b ** x` (msun e_pow.c), exact whenever b and x are integers and the result
 * is representable (so pow(2, k) is exactly 2ᵏ). Where b or x is NaN, ±0 or ±Infinity, ECMAScript
 * specifies the result exactly (Number::exponentiate), and stdlib follows C99 instead in a few such
 * cases (pow(NaN, 0) is NaN, pow(1, Infinity) is 1, pow(−Infinity, 0.5) is NaN): there this returns
 * the value the language specifies, which every engine's `**` returns too. A negative base takes its
 * sign from the exponent's parity here (stdlib 0.3.1 gets it wrong for |x| ≥ 2⁵³: pow(−1, 1e300) = −1).
 */
export function pow(b: number, x: number): number {
  if (b !== 0 && x !== 0 && Number.isFinite(b) && Number.isFinite(x)) {
    if (b > 0) return stdlibPow(b, x);
    if (!Number.isInteger(x)) return Number.NaN;
    const magnitude = stdlibPow(-b, x);
    return x % 2 === 0 ? magnitude : -magnitude; // `%` is exact
  }
  return b ** x; // exactly specified for these operands: no approximation involved
}

/** sin x for x in radians, argument reduction by Payne–Hanek for large |x| (msun s_sin.c). */
export const sin: Unary = stdlibSin;

/** cos x for x in radians (msun s_cos.c). */
export const cos: Unary = stdlibCos;
