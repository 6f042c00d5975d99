// When a run has reached its target ([CP] Sec. 7.1 prints "(1/d)‖x_t‖ ≤ 0.1", which the README's
// conventions list as ambiguous). Every test is made on squared quantities the step computes anyway, so the
// hot loop checks the target with one comparison and no square root.

/** `l2d`: ‖x‖/d ≤ tol (default, ‖x‖ ≤ 2 for d = 20); `rms`: ‖x‖/√d ≤ tol; `gap`: f(x) − f⋆ ≤ tol. */
export type TargetKind = 'l2d' | 'rms' | 'gap';

export interface TargetParams {
  target: TargetKind;
  /** Threshold (paper: 0.1). */
  tol: number;
}

/**
 * The bound on the quantity the loop tracks: ‖x‖² for `l2d` and `rms`, 2f = Σ hᵢyᵢ² for `gap`.
 * Reached when that quantity is ≤ bound.
 */
export function targetBound(t: TargetParams, d: number): { onGap: boolean; bound: number } {
  if (!(t.tol > 0)) throw new RangeError(`tol must be > 0, got ${t.tol}`);
  switch (t.target) {
    case 'l2d':
      return { onGap: false, bound: t.tol * d * (t.tol * d) };
    case 'rms':
      return { onGap: false, bound: t.tol * t.tol * d };
    case 'gap':
      return { onGap: true, bound: 2 * t.tol };
  }
}

/** The target's measure, comparable with tol: ‖x‖/d, ‖x‖/√d, or f(x) − f⋆ = ½Σhᵢyᵢ². */
export function targetMeasure(t: TargetKind, d: number, norm2: number, twoF: number): number {
  switch (t) {
    case 'l2d':
      return Math.sqrt(norm2) / d;
    case 'rms':
      return Math.sqrt(norm2 / d);
    case 'gap':
      return 0.5 * twoF;
  }
}
