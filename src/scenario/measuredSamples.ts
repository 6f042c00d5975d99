// Measured compute times pasted or dropped by a user (a column of a CSV, or numbers separated by
// spaces, commas, semicolons, tabs or new lines), summarised as the `quantiles(…)` distribution a
// link can carry: 64 quantiles at 4 significant digits (DESIGN.md: the simulator always draws from
// that summary, so whoever opens the link computes the same numbers). Parsing never throws.

import { measuredToQuantiles } from '../engine/distributions';

export interface MeasuredSamples {
  samples: number[];
  /** Entries that were not a finite non-negative number (header cells, blanks excepted). */
  ignored: number;
  /** 0-based column read, when the text had several. */
  column: number;
  columns: number;
}

const SPLIT = /[,;\t ]+/;

/**
 * The numbers of the column with the most finite non-negative numbers (ties: the first). A first
 * row without numbers is a header and not counted as ignored.
 */
export function parseMeasured(text: string): MeasuredSamples {
  const rows = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(SPLIT));
  const columns = Math.max(0, ...rows.map((r) => r.length));
  // One value per line or all values on one line: either way a flat list when there is one row.
  const table = rows.length === 1 ? rows[0].map((v) => [v]) : rows;
  const width = rows.length === 1 ? 1 : columns;
  const valid = (v: string | undefined) =>
    v !== undefined && v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0;
  let column = 0;
  let best = -1;
  for (let c = 0; c < width; c++) {
    const n = table.reduce((a, r) => a + (valid(r[c]) ? 1 : 0), 0);
    if (n > best) {
      best = n;
      column = c;
    }
  }
  const header = table.length > 0 && !table[0].some(valid) ? 1 : 0;
  const samples: number[] = [];
  let ignored = 0;
  for (const r of table.slice(header)) {
    const v = r[column];
    if (valid(v)) samples.push(Number(v));
    else if (v !== undefined && v !== '') ignored++;
  }
  return { samples, ignored, column, columns: width };
}

/** The link text of measured samples: `quantiles(q1,…,q64)` (fewer when there are fewer samples). */
export function quantilesText(samples: readonly number[]): string {
  return `quantiles(${measuredToQuantiles(samples, 64, 4).join(',')})`;
}
