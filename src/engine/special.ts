// Special functions for the distributions and order statistics of [SS]. Pure functions of doubles.
// Published algorithms with their published coefficients, so results are reproducible bit for bit
// wherever `Math.log`/`Math.exp` agree (V8 in the page and the CLI).

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
const EULER_GAMMA = 0.5772156649015329;

// Lanczos approximation, g = 607/128, 15 terms (P. Godfrey, 2001): relative error below 1e-15 for
// Γ(x), x > 0; near the zeros of log Γ (x = 1, 2) the error is absolute, about 1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
  -0.49191381609762019978, 0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4,
  0.15808870322491248884e-3, -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3,
  0.84418223983852743293e-4, -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];

/** log Γ(x) for x > 0 (NaN for x ≤ 0 or NaN; Infinity for x = Infinity). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  let sum = LANCZOS[0];
  for (let i = LANCZOS.length - 1; i > 0; i--) sum += LANCZOS[i] / (x + i);
  const t = x + LANCZOS_G + 0.5;
  // Γ(x) = Γ(x + 1)/x: the series is the one for Γ(x + 1), hence − log x.
  return HALF_LOG_2PI + (x + 0.5) * Math.log(t) - t + Math.log(sum / x);
}

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Γ(x) for x > 0 (Infinity once it overflows, past x ≈ 171.6). */
export function gamma(x: number): number {
  return Math.exp(logGamma(x));
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
  return Math.log(n) + EULER_GAMMA + harmonicTail(n);
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
  return Math.log(n / m) + harmonicTail(n) - harmonicTail(m);
}

/** log(1 + eˣ) without overflow or loss of digits. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** The logistic function 1/(1 + e^{−t}), accurate (in relative terms) for large negative t too. */
export function logistic(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969),
// as in Netlib SPECFUN CALERF: relative error about 1e-16 in each of the three intervals.
const ERF_A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const ERF_B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const ERFC_C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const ERFC_D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const ERFC_P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766,
  0.000658749161529837803, 0.0163153871373020978,
];
const ERFC_Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const INV_SQRT_PI = 0.56418958354775628695;

/** e^{−y²} for y ≥ 0, splitting y² so that the exponent's rounding error does not grow with y. */
function expMinusSquare(y: number): number {
  const ysq = Math.trunc(16 * y) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del);
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
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
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
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const AS241_B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
const AS241_C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const AS241_D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const AS241_E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const AS241_F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
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
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
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
