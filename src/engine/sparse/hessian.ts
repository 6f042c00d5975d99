// ∇F(x) = Hx for the base quadratic in ORIGINAL coordinates: H symmetric tridiagonal with diagonal
// hDiag and constant off-diagonal hOff (makeDelayedProblem: tridiag(−1, 2 + λ, −1), or diag(h)).

/** out[oo + j] = (H x)_j for x = xs[xo .. xo + d); returns ‖Hx‖² (summed in coordinate order). */
export function applyH(
  hDiag: Float64Array,
  hOff: number,
  xs: Float64Array,
  xo: number,
  d: number,
  out: Float64Array,
  oo: number,
): number {
  const last = d - 1;
  // The ends outside the loop: no branch per coordinate.
  let v = hDiag[0] * xs[xo] + (d > 1 ? hOff * xs[xo + 1] : 0);
  out[oo] = v;
  let g2 = v * v;
  for (let j = 1; j < last; j++) {
    v = hDiag[j] * xs[xo + j] + hOff * (xs[xo + j - 1] + xs[xo + j + 1]);
    out[oo + j] = v;
    g2 += v * v;
  }
  if (d > 1) {
    v = hDiag[last] * xs[xo + last] + hOff * xs[xo + last - 1];
    out[oo + last] = v;
    g2 += v * v;
  }
  return g2;
}
