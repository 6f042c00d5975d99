// Reading measured compute times pasted or dropped by a user (a column of a CSV, or numbers
// separated by spaces, commas, semicolons, tabs or new lines). Reading never throws.
//
// A 10 MB file holds about a million times, and a page must not freeze on it: the reader is a
// generator that does a few thousand characters of work per step (readMeasured.ts spreads the steps
// over slices of time). Two passes over the text (count what each column holds, then take the
// chosen column) keep memory to the text plus the chosen column, which is then sorted in one step:
// the built-in sort of a Float64Array is numeric, deterministic and native (a million times in
// about 150 ms of one slow core; in the page it runs in a worker, which Cancel terminates).

import { GrowableColumn } from '../growableColumn';
import { classify, clip, Kind } from './cellKind';
import { type ColumnStats, cellCount, chooseColumn, newColumn, tally } from './chooseColumn';
import { MAX_COLUMNS, type MeasuredSamples, type MeasuredSkips } from './measuredSamples';
import { scanCells, sniffDelimiter } from './scanCells';

/**
 * The steps of reading measured times: yields a progress fraction (0–1) every few thousand
 * characters of work, and returns what was read.
 */
export function* readMeasuredSteps(text: string): Generator<number, MeasuredSamples, void> {
  const delimiter = sniffDelimiter(text);
  // Pass 1: what each column holds. The first row is also tallied on its own, to be taken out
  // again if it turns out to be a header (a row with no cell that reads as a number).
  const columns: ColumnStats[] = [];
  const total = newColumn();
  const first: ColumnStats[] = [];
  const firstTotal = newColumn();
  const names: string[] = [];
  let width = 0;
  let rows = 0;
  let beyond = 0;
  let firstBeyond = 0;
  let header = false;
  yield* scanCells(
    text,
    delimiter,
    (row, col, raw) => {
      width = Math.max(width, col + 1);
      const { kind, x } = classify(raw);
      const inFirst = row === 0;
      tally(total, kind, x, raw, !inFirst);
      if (inFirst) tally(firstTotal, kind, x, raw, true);
      if (col >= MAX_COLUMNS) {
        beyond++;
        if (inFirst) firstBeyond++;
        return;
      }
      tally((columns[col] ??= newColumn()), kind, x, raw, !inFirst);
      if (inFirst) {
        names[col] = clip(raw);
        tally((first[col] ??= newColumn()), kind, x, raw, true);
      }
    },
    (row) => {
      rows = row + 1;
      if (row === 0) header = firstTotal.counts[Kind.NotNumber] === cellCount(firstTotal);
    },
    (f) => 0.45 * f,
  );
  const takeOut = (into: ColumnStats, from: ColumnStats) => {
    for (let k = 0; k < 4; k++) into.counts[k] -= from.counts[k];
  };
  const putFirst = (into: ColumnStats, from: ColumnStats) => {
    // The first row's examples came first.
    into.examples = { ...into.examples, ...from.examples };
  };
  if (header) {
    takeOut(total, firstTotal);
    for (let c = 0; c < first.length; c++) {
      if (!first[c]) continue;
      takeOut(columns[c], first[c]);
      columns[c].name = names[c];
    }
    beyond -= firstBeyond;
  } else {
    putFirst(total, firstTotal);
    for (let c = 0; c < first.length; c++) if (first[c]) putFirst(columns[c], first[c]);
  }
  const dataRows = rows - (header ? 1 : 0);
  // One row of data (`1.5, 2, 0.25`): every cell is a time.
  const flat = dataRows === 1;
  const chosen = !flat && width > 1 ? chooseColumn(columns, width, MAX_COLUMNS) : undefined;
  const column = chosen?.column ?? 0;
  // Pass 2: the times of that column, in order.
  const values = new GrowableColumn();
  let zeros = 0;
  yield* scanCells(
    text,
    delimiter,
    (row, col, raw) => {
      if ((header && row === 0) || (!flat && col !== column)) return;
      const { kind, x } = classify(raw);
      if (kind !== Kind.Valid) return;
      values.push(x);
      if (x === 0) zeros++;
    },
    () => {},
    (f) => 0.45 + 0.4 * f,
  );
  const samples = values.values();
  // A step of its own: a reader sliced in time can pause (and see a Cancel) before it.
  yield 0.85;
  const sorted = samples.slice().sort();
  const s = flat ? total : (columns[column] ?? newColumn());
  const skips: MeasuredSkips = {
    notNumber: s.counts[Kind.NotNumber],
    negative: s.counts[Kind.Negative],
    notFinite: s.counts[Kind.NotFinite],
    missing: flat ? 0 : Math.max(0, dataRows - cellCount(s)),
    examples: s.examples,
  };
  return {
    samples,
    sorted,
    ignored: skips.notNumber + skips.negative + skips.notFinite + skips.missing,
    skips,
    zeros,
    column: flat ? 0 : column,
    columns: flat ? 1 : width,
    header,
    columnName: flat ? undefined : columns[column]?.name,
    columnWhy: chosen?.why,
    beyondColumns: flat ? 0 : beyond,
    length: text.length,
  };
}
