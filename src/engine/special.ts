// Special functions for the distributions and order statistics of [SS]. Pure functions of doubles.
// Published algorithms with their published coefficients, and the deterministic `ln`/`exp` of
// ./math, so results are reproducible bit for bit on every engine (the page and the CLI).

import { exp, ln, log1p } from './math';

const HALF_LOG_2PI = 0.5 * ln(2 * Math.PI);
const EULER_GAMMA = 0.5772156649015329;

// Lanczos approximation, g = 607/128, 15 terms (P. Godfrey, 2001): relative error below 1e-15 for
// Γ(x), x > 0; near the zeros of log Γ (x = 1, 2) the error is absolute, about 1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.9999999999999971, 57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202,
  3.399464998481189e-5, 4.652362892704858e-5, -9.837447530487956e-5, 0.0001580887032249125,
  -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639, 8.441822398385275e-5,
  -2.6190838401581408e-5, 3.6899182659531625e-6,
];

/** log Γ(x) for x > 0 (NaN for x ≤ 0 or NaN; Infinity for x = Infinity). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  let sum = LANCZOS[0];
  for (let i = LANCZOS.length - 1; i > 0; i--) sum += LANCZOS[i] / (x + i);
  const t = x + LANCZOS_G + 0.5;
  // Γ(x) = Γ(x + 1)/x: the series is the one for Γ(x + 1), hence − log x.
  return HALF_LOG_2PI + (x + 0.5) * ln(t) - t + ln(sum / x);
}

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Γ(x) for x > 0 (Infinity once it overflows, past x ≈ 171.6). */
export function gamma(x: number): number {
  return exp(logGamma(x));
}

// Beyond this the asymptotic series is exact to double precision (its next term is < 1e-26).
const HARMONIC_EXACT_LIMIT = 1000;

/** Harmonic-number correction c(n) = H_n − ln n − γ for n ≥ 1000 (asymptotic series). */
function harmonicTail(n: number): number {
  const r = 1 / (n * n);
  return 1 / (2 * n) - r * (1 / 12 - r * (1 / 120 - r / 252));
}

/** H_n = Σ_{i=1}^{n} 1/i for an integer n ≥ 0 (exact sum up to 1000, asymptotic series beyond). */
export function harmonic(n: number): number {
  if (n <= 0) return 0;
  if (n <= HARMONIC_EXACT_LIMIT) {
    let s = 0;
    for (let i = n; i >= 1; i--) s += 1 / i; // smallest terms first
    return s;
  }
  return ln(n) + EULER_GAMMA + harmonicTail(n);
}

/**
 * H_n − H_m = Σ_{i=m+1}^{n} 1/i for integers 0 ≤ m ≤ n, without the cancellation of subtracting two
 * large harmonic numbers (E[X_{K:P}] of exp needs H_P − H_{P−K}, often with K ≪ P).
 */
export function harmonicDifference(n: number, m: number): number {
  if (n <= m) return 0;
  if (n - m <= 100000) {
    let s = 0;
    for (let i = n; i > m; i--) s += 1 / i;
    return s;
  }
  if (m <= HARMONIC_EXACT_LIMIT) return harmonic(n) - harmonic(m);
  return log1p((n - m) / m) + harmonicTail(n) - harmonicTail(m);
}

/** log(1 + eˣ) without overflow or loss of digits. */
export function softplus(x: number): number {
  return x > 0 ? x + log1p(exp(-x)) : log1p(exp(x));
}

/** The logistic function 1/(1 + e^{−t}), accurate (in relative terms) for large negative t too. */
export function logistic(t: number): number {
  if (t >= 0) return 1 / (1 + exp(-t));
  const e = exp(t);
  return e / (1 + e);
}

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969),
// as in Netlib SPECFUN CALERF: relative error about 1e-16 in each of the three intervals.
const ERF_A = [
  3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315,
];
const ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const ERFC_D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ERFC_P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
  0.016315387137302097,
];
const ERFC_Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const INV_SQRT_PI = 0.5641895835477563;

/** e^{−y²} for y ≥ 0, splitting y² so that the exponent's rounding error does not grow with y. */
function expMinusSquare(y: number): number {
  const ysq = Math.trunc(16 * y) / 16;
  const del = (y - ysq) * (y + ysq);
  return exp(-ysq * ysq) * exp(-del);
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate in relative terms for x > 0. */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let r: number;
  if (y <= 0.46875) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = ERF_A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + ERF_A[i]) * ysq;
      den = (den + ERF_B[i]) * ysq;
    }
    return 1 - (x * (num + ERF_A[3])) / (den + ERF_B[3]);
  }
  if (y <= 4) {
    let num = ERFC_C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + ERFC_C[i]) * y;
      den = (den + ERFC_D[i]) * y;
    }
    r = (expMinusSquare(y) * (num + ERFC_C[7])) / (den + ERFC_D[7]);
  } else if (y < 26.543) {
    const ysq = 1 / (y * y);
    let num = ERFC_P[5] * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + ERFC_P[i]) * ysq;
      den = (den + ERFC_Q[i]) * ysq;
    }
    const s = (ysq * (num + ERFC_P[4])) / (den + ERFC_Q[4]);
    r = (expMinusSquare(y) * (INV_SQRT_PI - s)) / y;
  } else {
    r = 0;
  }
  return x < 0 ? 2 - r : r;
}

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Standard normal distribution function Φ(z), accurate in relative terms in the lower tail. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

/** Standard normal survival function 1 − Φ(z) = Φ(−z), accurate in the upper tail. */
export function normalSurvival(z: number): number {
  return 0.5 * erfc(z * Math.SQRT1_2);
}

// M. J. Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988): about 1e-16 relative.
const AS241_A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const AS241_B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const AS241_C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const AS241_D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const AS241_E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const AS241_F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function horner(c: readonly number[], x: number): number {
  let v = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) v = v * x + c[i];
  return v;
}

/** Φ⁻¹(p) for p in (0, 1); −Infinity at p ≤ 0 and Infinity at p ≥ 1. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p)) return Number.NaN;
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(AS241_A, r)) / horner(AS241_B, r);
  }
  let r = Math.sqrt(-ln(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = horner(AS241_C, r) / horner(AS241_D, r);
  } else {
    r -= 5;
    z = horner(AS241_E, r) / horner(AS241_F, r);
  }
  return q < 0 ? -z : z;
}
