// How long a cell of one kind takes, as a line in its a-priori work: ms ≈ overhead + rate × work.
// A straight rate per unit of work misses on real presets: every cell pays a fixed start (setting up
// its problem, allocating, the JIT on a fresh worker), so the cheap cells of a kind take longer per
// unit than its expensive ones, and a rate learned from the first (cheap) cells overstates the rest.
// The line is fitted by least squares from sums of the finished cells (O(1) per finish and per fit),
// its slope shrunk toward a reference shape while few cells, or cells of one size, have finished.

/** Running sums of (work, ms) over finished cells: enough for a least-squares line. */
export interface CostSums {
  n: number;
  /** The largest work seen (older stored sums may lack it). */
  max?: number;
  w: number;
  t: number;
  ww: number;
  wt: number;
}

/** Expected milliseconds of a cell of `work` units: overheadMs + msPerUnit × work, both ≥ 0. */
export interface CostLine {
  overheadMs: number;
  msPerUnit: number;
  /**
   * Beyond the largest work measured the fitted slope is not trusted (a noisy slope from cheap cells
   * made a cell 1000 times larger take minutes): past `maxWork` the reference shape's slope applies.
   */
  maxWork?: number;
  beyondPerUnit?: number;
}

/**
 * How many pseudo-cells of spread w̄ the reference slope counts for: with n cells whose works vary
 * by a coefficient of variation c the data's slope weighs n c² / (n c² + SHRINK).
 */
const SHRINK = 1;

export function emptySums(): CostSums {
  return { n: 0, w: 0, t: 0, ww: 0, wt: 0 };
}

export function addSample(s: CostSums, work: number, ms: number): void {
  s.n++;
  s.max = Math.max(s.max ?? 0, work);
  s.w += work;
  s.t += ms;
  s.ww += work * work;
  s.wt += work * ms;
}

export function lineMs(line: CostLine, work: number): number {
  const { maxWork, beyondPerUnit } = line;
  if (maxWork === undefined || beyondPerUnit === undefined || !(work > maxWork))
    return line.overheadMs + line.msPerUnit * work;
  return line.overheadMs + line.msPerUnit * maxWork + beyondPerUnit * (work - maxWork);
}

/**
 * The line through the finished cells' (work, ms). Its slope is the least-squares slope shrunk toward
 * `shape`'s (a prior, or what earlier runs learned) scaled to pass through the cells' mean; without
 * a shape, toward the line through the origin (a pure rate). With cells all of one size the slope is
 * the reference one, so one cell gives the reference shape scaled to it. Neither part goes negative:
 * when one would, the reference shape through the mean is taken.
 */
export function fitLine(s: CostSums, shape?: CostLine): CostLine | undefined {
  if (!(s.n > 0) || !(s.w > 0)) return undefined;
  const wBar = s.w / s.n;
  const tBar = s.t / s.n;
  // Σ(w − w̄)²; below a relative 1e-9 it is rounding of equal works.
  const rawSxx = s.ww - s.n * wBar * wBar;
  const sxx = rawSxx > 1e-9 * s.ww ? rawSxx : 0;
  const sxy = sxx > 0 ? s.wt - s.n * wBar * tBar : 0;
  const shapeMs = shape ? lineMs(shape, wBar) : 0;
  const reference = shape && shapeMs > 0 ? (shape.msPerUnit * tBar) / shapeMs : tBar / wBar;
  const k = SHRINK * wBar * wBar;
  const slope = (sxy + k * reference) / (sxx + k);
  const overhead = tBar - slope * wBar;
  const beyond = { maxWork: s.max, beyondPerUnit: Math.max(0, Math.min(reference, tBar / wBar)) };
  // A slope or overhead below zero is noise (a slow first cell among small ones): the reference
  // shape through the mean, whose parts are both ≥ 0, is the better guess.
  if (!(slope >= 0) || !(overhead >= 0))
    return { overheadMs: Math.max(0, tBar - reference * wBar), msPerUnit: Math.max(0, reference), ...beyond };
  return { overheadMs: overhead, msPerUnit: slope, ...beyond };
}
