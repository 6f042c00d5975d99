// [CP] Sec. 7.1: f(x) = ½⟨Ax, x⟩ + (λ/2)‖x‖², minimiser x⋆ = 0, f⋆ = 0, start x0 = 10·1_d.
//
// Why everything runs in the eigenbasis. Let H = A + λI = Q diag(h) Qᵀ with Q orthogonal and put
// y = Qᵀx. Then ∇f(x) = Hx = Q (h∘y), so a step x ← x − γ(bHx + u) reads y ← y − γ(b h∘y + Qᵀu).
// For isotropic Gaussian noise u ~ N(0, s²I), Qᵀu ~ N(0, s²I) again, and s² depends on x only
// through ‖∇f‖² = Σ hᵢ²yᵢ², which Q preserves, as it preserves ‖x‖ = ‖y‖ and f = ½ Σ hᵢyᵢ².
// So the run in y-coordinates, started at y0 = Qᵀx0, has exactly the law of the run in
// x-coordinates: every quantity the explorer reports (norms, f, steps to target) is the same in
// distribution, and each step costs O(d) with a diagonal Hessian instead of a matrix product.
// (test/unit/engine/quadratic/eigenbasis.test.ts checks this against a run with the tridiagonal
// matrix in the original coordinates.)

import { cos, exp, ln, sin } from '../math';

/** `tridiag`: A = tridiag(−1, 2, −1) as in the paper; `diag`: a diagonal A with a chosen κ. */
export type MatrixFamily = 'tridiag' | 'diag';

export interface ProblemParams {
  family: MatrixFamily;
  /** Dimension (paper: 20). */
  d: number;
  /** Ridge λ (paper: 0.2). */
  lambda: number;
  /** Condition number of A + λI, used by `diag` only. */
  kappa?: number;
}

/** The problem in its eigenbasis: everything a run needs. */
export interface Quadratic {
  readonly d: number;
  /** Eigenvalues hᵢ of the Hessian H = A + λI, ascending. */
  readonly h: Float64Array;
  /** Start in eigen-coordinates, y0 = Qᵀ(10·1_d). */
  readonly y0: Float64Array;
  /** ‖x0‖² = ‖y0‖². */
  readonly x0Norm2: number;
  /** Smoothness L = max hᵢ, strong convexity μ = min hᵢ, κ = L/μ, tr(A + λI) = Σ hᵢ. */
  readonly L: number;
  readonly mu: number;
  readonly kappa: number;
  readonly trace: number;
}

/** Plain-JSON summary for display. */
export interface ProblemSummary {
  L: number;
  mu: number;
  kappa: number;
  trace: number;
  eigenvalues: number[];
}

/** Starting point x0 = X0·1_d ([CP] Sec. 7.1). */
export const X0 = 10;

function checkParams(p: ProblemParams): void {
  if (!Number.isInteger(p.d) || p.d < 1) throw new RangeError(`d must be a positive integer, got ${p.d}`);
  if (!(p.lambda >= 0)) throw new RangeError(`lambda must be ≥ 0, got ${p.lambda}`);
  if (p.family === 'diag' && !((p.kappa ?? 1) >= 1))
    throw new RangeError(`kappa must be ≥ 1, got ${p.kappa}`);
}

/**
 * Eigenvalues of tridiag(−1, 2, −1): 2 − 2cos(kπ/(d+1)) = 4 sin²(kπ/(2(d+1))), k = 1..d, ascending.
 * The sine form avoids the cancellation of 2 − 2cos for small k (μ would lose digits).
 */
export function tridiagEigenvalues(d: number): Float64Array {
  const a = new Float64Array(d);
  for (let k = 1; k <= d; k++) {
    const s = sin((k * Math.PI) / (2 * (d + 1)));
    a[k - 1] = 4 * s * s;
  }
  return a;
}

/**
 * The sine basis: column k (1-based) is the eigenvector of tridiag(−1, 2, −1) for eigenvalue k,
 * Q_{jk} = √(2/(d+1)) sin(jkπ/(d+1)). Row-major d×d. The argument jk is reduced modulo 2(d+1)
 * first, so sin sees only angles below 2π and every entry is accurate to an ulp or two.
 */
export function sineBasis(d: number): Float64Array {
  const q = new Float64Array(d * d);
  const scale = Math.sqrt(2 / (d + 1));
  for (let j = 1; j <= d; j++)
    for (let k = 1; k <= d; k++)
      q[(j - 1) * d + (k - 1)] = scale * sin((((j * k) % (2 * (d + 1))) * Math.PI) / (d + 1));
  return q;
}

/**
 * y0 = Qᵀ(X0·1_d) for the sine basis, in closed form: Σⱼ sin(jθ) = sin(dθ/2) sin((d+1)θ/2)/sin(θ/2)
 * with θ = kπ/(d+1) is cot(θ/2) for odd k and exactly 0 for even k (x0 is symmetric under
 * j ↦ d+1−j, the even modes are antisymmetric). Exact zeros matter: without noise the even modes,
 * including the top one (eigenvalue L when d is even), are never excited, so gradient descent
 * diverges only once γb exceeds 2/h of the largest *odd* mode, not 2/L.
 */
function tridiagStart(d: number): Float64Array {
  const y0 = new Float64Array(d);
  const scale = X0 * Math.sqrt(2 / (d + 1));
  for (let k = 1; k <= d; k += 2) {
    const half = (k * Math.PI) / (2 * (d + 1));
    y0[k - 1] = (scale * cos(half)) / sin(half);
  }
  return y0;
}

/**
 * The `diag` family: H = A + λI = diag(h) with hᵢ = μ·κ^((i−1)/(d−1)), log-spaced from μ to L = κμ.
 * Convention: L is the tridiagonal family's L for the same d and λ (so the paper's step grid keeps
 * its scale and κ = 18.79 reproduces the paper's extreme eigenvalues), μ = L/κ; A = H − λI (which
 * may be indefinite when μ < λ: harmless, f stays μ-strongly convex). The basis is the standard
 * one, so y0 = x0 = X0·1_d. With d = 1 the single eigenvalue is L and κ is 1.
 */
function diagEigenvalues(d: number, lambda: number, kappa: number): Float64Array {
  const L = lambda + tridiagEigenvalues(d)[d - 1];
  const h = new Float64Array(d);
  if (d === 1) {
    h[0] = L;
    return h;
  }
  const mu = L / kappa;
  const logK = ln(kappa);
  for (let i = 0; i < d; i++) h[i] = i === d - 1 ? L : mu * exp((logK * i) / (d - 1));
  return h;
}

/** Builds the problem in its eigenbasis. */
export function makeQuadratic(p: ProblemParams): Quadratic {
  checkParams(p);
  const { d, lambda } = p;
  let h: Float64Array;
  let y0: Float64Array;
  if (p.family === 'tridiag') {
    h = tridiagEigenvalues(d).map((a) => a + lambda);
    y0 = tridiagStart(d);
  } else {
    h = diagEigenvalues(d, lambda, p.kappa ?? 1);
    y0 = new Float64Array(d).fill(X0);
  }
  let trace = 0;
  for (const v of h) trace += v;
  const mu = h[0];
  const L = h[d - 1];
  return { d, h, y0, x0Norm2: X0 * X0 * d, L, mu, kappa: L / mu, trace };
}

export function summarize(q: Quadratic): ProblemSummary {
  return { L: q.L, mu: q.mu, kappa: q.kappa, trace: q.trace, eigenvalues: Array.from(q.h) };
}
