// What reading measured compute times gives: the times, sorted too, and an account of what was
// skipped and which column was read, for the message (describeMeasured.ts).

/** Columns counted separately; cells to the right of them are not read (times are one column). */
export const MAX_COLUMNS = 64;

export interface MeasuredSkips {
  /** Cells of the column read that are text (units, labels, "oops"). */
  notNumber: number;
  negative: number;
  /** `NaN`, `Infinity`, or beyond the range of a double (`1e999`). */
  notFinite: number;
  /** Rows without a value in the column read (short rows, empty cells). */
  missing: number;
  /** The first of each kind, as written (clipped), for the message. */
  examples: { notNumber?: string; negative?: string; notFinite?: string };
}

export interface MeasuredSamples {
  /** The times read, in input order. */
  samples: Float64Array;
  /** The same times, ascending. */
  sorted: Float64Array;
  /** Entries skipped (not a number ≥ 0, or missing); a header row and blank lines excepted. */
  ignored: number;
  skips: MeasuredSkips;
  /** How many of the times are exactly 0. */
  zeros: number;
  /** 0-based column read, when the text had several; in a single row every cell is read. */
  column: number;
  columns: number;
  /** The first row held no number and was read as column names. */
  header: boolean;
  /** The header name of the column read, if any. */
  columnName?: string;
  /** Why this column was read, when there was a choice. */
  columnWhy?: string;
  /** Cells beyond MAX_COLUMNS that were not read. */
  beyondColumns: number;
  /** Characters read. */
  length: number;
}
