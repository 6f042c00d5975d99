// Globally adaptive Gauss–Kronrod quadrature (7-point Gauss, 15-point Kronrod, as QUADPACK's QK15):
// the interval with the largest error estimate |K15 − G7| is halved until the total estimate meets
// the tolerance. Used for order statistics (orderStatistics.ts) of distributions without a closed form.

// Kronrod abscissae on [−1, 1] (non-negative half, largest first); the odd indices are the Gauss nodes.
const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911,
  0.4058451513773972, 0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592, 0.1690047266392679,
  0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
// Gauss weights for XGK[1], XGK[3], XGK[5], XGK[7].
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

export interface QuadratureOptions {
  /** Stop when the error estimate is below relTol·|value| (default 1e-10)… */
  relTol?: number;
  /** …or below absTol (default 0). */
  absTol?: number;
  /** Largest number of subintervals (default 2000). */
  maxIntervals?: number;
}

export interface QuadratureResult {
  value: number;
  /** Sum of the subintervals' |K15 − G7|: a (usually pessimistic) bound on the error. */
  error: number;
  intervals: number;
  converged: boolean;
}

/** K15 and G7 on [a, b]. */
function kronrod(f: (x: number) => number, a: number, b: number): { k: number; g: number } {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  let k = fc * WGK[7];
  let g = fc * WG[3];
  for (let j = 0; j < 7; j++) {
    const dx = h * XGK[j];
    const s = f(c - dx) + f(c + dx);
    k += WGK[j] * s;
    if (j % 2 === 1) g += WG[(j - 1) / 2] * s;
  }
  return { k: k * h, g: g * h };
}

/** ∫_a^b f(x) dx for finite a ≤ b. */
export function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  options: QuadratureOptions = {},
): QuadratureResult {
  const relTol = options.relTol ?? 1e-10;
  const absTol = options.absTol ?? 0;
  const maxIntervals = options.maxIntervals ?? 2000;
  if (!(b > a)) return { value: 0, error: 0, intervals: 0, converged: true };
  const lo: number[] = [];
  const hi: number[] = [];
  const val: number[] = [];
  const err: number[] = [];
  const push = (x0: number, x1: number) => {
    const r = kronrod(f, x0, x1);
    lo.push(x0);
    hi.push(x1);
    val.push(r.k);
    // An interval too short to halve any more cannot improve: stop selecting it.
    const splittable = x0 + 0.5 * (x1 - x0) > x0 && x0 + 0.5 * (x1 - x0) < x1;
    err.push(splittable ? Math.abs(r.k - r.g) : -Math.abs(r.k - r.g));
  };
  push(a, b);
  for (;;) {
    let value = 0;
    let error = 0;
    let worst = -1;
    let worstErr = 0;
    for (let i = 0; i < val.length; i++) {
      value += val[i];
      const e = Math.abs(err[i]);
      error += e;
      if (err[i] > worstErr) {
        worstErr = err[i];
        worst = i;
      }
    }
    const ok = error <= Math.max(absTol, relTol * Math.abs(value));
    if (ok || worst < 0 || val.length >= maxIntervals || !Number.isFinite(value)) {
      return { value, error, intervals: val.length, converged: ok };
    }
    const x0 = lo[worst];
    const x1 = hi[worst];
    const mid = 0.5 * (x0 + x1);
    // Replace the worst interval by its left half (in place) and append its right half.
    const last = val.length - 1;
    lo[worst] = lo[last];
    hi[worst] = hi[last];
    val[worst] = val[last];
    err[worst] = err[last];
    lo.pop();
    hi.pop();
    val.pop();
    err.pop();
    push(x0, mid);
    push(mid, x1);
  }
}

/** ∫ f over consecutive panels [edges[i], edges[i+1]], each integrated adaptively (edges sorted). */
export function integratePanels(
  f: (x: number) => number,
  edges: readonly number[],
  options: QuadratureOptions = {},
): QuadratureResult {
  // Tolerances are shared in proportion: an absolute tolerance from a first coarse pass keeps panels
  // that hold almost no mass from being refined to a relative accuracy nobody needs.
  let coarse = 0;
  for (let i = 0; i + 1 < edges.length; i++) coarse += Math.abs(kronrod(f, edges[i], edges[i + 1]).k);
  const relTol = options.relTol ?? 1e-10;
  const absTol = Math.max(options.absTol ?? 0, (relTol * coarse) / Math.max(1, edges.length - 1));
  let value = 0;
  let error = 0;
  let intervals = 0;
  let converged = true;
  for (let i = 0; i + 1 < edges.length; i++) {
    const r = integrate(f, edges[i], edges[i + 1], { ...options, relTol, absTol });
    value += r.value;
    error += r.error;
    intervals += r.intervals;
    converged &&= r.converged;
  }
  return { value, error, intervals, converged };
}
