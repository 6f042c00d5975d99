/** What every run tracks of an iterate y in the eigenbasis (Hessian diag(h)): ‖y‖², ‖∇f‖², 2f. */
export interface IterateSummary {
  norm2: number;
  grad2: number;
  twoF: number;
}

/** ‖y‖² = ‖x‖², ‖∇f‖² = Σ(hᵢyᵢ)², 2f = Σhᵢyᵢ² (basis-independent, summed in coordinate order). */
export function summarizeIterate(h: Float64Array, y: Float64Array): IterateSummary {
  let norm2 = 0;
  let grad2 = 0;
  let twoF = 0;
  for (let i = 0; i < h.length; i++) {
    const hy = h[i] * y[i];
    norm2 += y[i] * y[i];
    grad2 += hy * hy;
    twoF += hy * y[i];
  }
  return { norm2, grad2, twoF };
}
