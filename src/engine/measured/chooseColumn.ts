// Which column of a measured-times file holds the times: each column's cells are tallied by kind
// while the text is scanned, then the column with the most times is chosen — never a row index,
// and of equals one named like a time.

import { clip, Kind } from './cellKind';
import type { MeasuredSkips } from './measuredSamples';

export interface ColumnStats {
  /** Cells of each Kind. */
  counts: [number, number, number, number];
  examples: MeasuredSkips['examples'];
  /** Values so far are 0,1,2,… or 1,2,3,… (an index column, not times). */
  sequence: boolean;
  last: number;
  name?: string;
}

export const newColumn = (): ColumnStats => ({
  counts: [0, 0, 0, 0],
  examples: {},
  sequence: true,
  last: Number.NaN,
});

export const cellCount = (s: ColumnStats) => s.counts.reduce((a, b) => a + b, 0);

/** Counts one cell; `examples` keeps the first text of each kind for the message. */
export function tally(s: ColumnStats, kind: Kind, x: number, raw: string, examples: boolean): void {
  s.counts[kind]++;
  if (examples) {
    if (kind === Kind.NotNumber) s.examples.notNumber ??= clip(raw);
    else if (kind === Kind.Negative) s.examples.negative ??= clip(raw);
    else if (kind === Kind.NotFinite) s.examples.notFinite ??= clip(raw);
  }
  if (kind === Kind.Valid && s.sequence) {
    s.sequence = Number.isNaN(s.last) ? x === 0 || x === 1 : x === s.last + 1;
    s.last = x;
  }
}

const TIME_NAME = /time|sec|ms\b|dur|lat|elapsed|wall|runtime/i;

/**
 * The column to read of `width` (at most `maxColumns` tallied), and why. A row index (0,1,2,… or
 * 1,2,3,…) is never the times when another column has numbers; of the rest, the most numbers; of
 * equals, one named like a time; then the first.
 */
export function chooseColumn(
  columns: readonly (ColumnStats | undefined)[],
  width: number,
  maxColumns: number,
): { column: number; why: string } {
  const valid = (c: number) => columns[c]?.counts[Kind.Valid] ?? 0;
  const all = Array.from({ length: Math.min(width, maxColumns) }, (_, c) => c);
  const notIndex = all.filter((c) => valid(c) > 0 && !columns[c]?.sequence);
  const pool = notIndex.length > 0 ? notIndex : all;
  const most = Math.max(...pool.map(valid));
  const best = pool.filter((c) => valid(c) === most);
  const timed = best.filter((c) => TIME_NAME.test(columns[c]?.name ?? ''));
  const skippedIndex = notIndex.length > 0 && all.some((c) => valid(c) > 0 && columns[c]?.sequence);
  const byName = best.length > 1 && timed.length > 0;
  const why = byName
    ? 'its name says time'
    : skippedIndex
      ? 'the column with the most numbers ≥ 0 that is not a row index'
      : 'the column with the most numbers ≥ 0';
  return { column: (byName ? timed : best)[0], why };
}
