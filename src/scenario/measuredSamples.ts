// Measured compute times pasted or dropped by a user (a column of a CSV, or numbers separated by
// spaces, commas, semicolons, tabs or new lines), summarised as the `quantiles(…)` distribution a
// link can carry: 64 quantiles at 4 significant digits (DESIGN.md: the simulator always draws from
// that summary, so whoever opens the link computes the same numbers). Reading never throws.
//
// A 10 MB file holds about a million times, and a page must not freeze on it. The page reads in a
// worker (workers/measured.worker.ts); the reader itself is a generator that does a few thousand
// characters (or sort moves) of work per step, so `readMeasured` reports progress, can be
// aborted, and could slice the work on a main thread too. Two passes over the text (count what
// each column holds, then take the chosen column) keep memory to the text plus the chosen column;
// the column is sorted by a merge sort in slices.

import { sortedToQuantiles } from '../engine/distributions/measured';
import { readNumber } from './params';

/** What a cell holds; only `valid` cells are times. */
enum Kind {
  Valid = 0,
  NotNumber = 1,
  Negative = 2,
  NotFinite = 3,
}

/** Columns counted separately; cells to the right of them are not read (times are one column). */
export const MAX_COLUMNS = 64;
/** Quantiles the link carries, and their significant digits. */
const QUANTILES = 64;
const DIGITS = 4;

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

interface ColumnStats {
  counts: [number, number, number, number];
  examples: MeasuredSkips['examples'];
  /** Values so far are 0,1,2,… or 1,2,3,… (an index column, not times). */
  sequence: boolean;
  last: number;
  name?: string;
}

const newColumn = (): ColumnStats => ({
  counts: [0, 0, 0, 0],
  examples: {},
  sequence: true,
  last: Number.NaN,
});

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const NON_FINITE = /^[+-]?(inf|infinity|nan)$/i;
const TIME_NAME = /time|sec|ms\b|dur|lat|elapsed|wall|runtime/i;

function clip(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
}

/** A cell's text without surrounding spaces and double quotes. */
function unquote(raw: string): string {
  const t = raw.trim();
  return t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34
    ? t.slice(1, -1).trim()
    : t;
}

function classify(t: string): { kind: Kind; x: number } {
  const x = readNumber(t);
  if (Number.isNaN(x)) return { kind: NON_FINITE.test(t) ? Kind.NotFinite : Kind.NotNumber, x };
  if (!Number.isFinite(x)) return { kind: Kind.NotFinite, x };
  return { kind: x < 0 ? Kind.Negative : Kind.Valid, x };
}

/** `,`, `;` or tab when the start of the text uses one (the most frequent); else runs of spaces. */
function sniffDelimiter(text: string): number | null {
  const head = text.slice(0, 65_536);
  let best: number | null = null;
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const n = head.split(d).length - 1;
    if (n > bestCount) {
      bestCount = n;
      best = d.charCodeAt(0);
    }
  }
  return best;
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
/** Characters scanned (or elements sorted) between two steps of the generator. */
const STEP = 8192;

/**
 * Scans the text cell by cell: `cell(row, col, text)` for each non-blank cell, `rowEnd(row)` after
 * each row that had one (blank lines are not rows). Yields every STEP characters, so even one
 * 10 MB line is read in slices.
 */
function* scan(
  text: string,
  delimiter: number | null,
  cell: (row: number, col: number, raw: string) => void,
  rowEnd: (row: number) => void,
  progress: (fraction: number) => number,
): Generator<number, void, void> {
  const n = text.length;
  let row = 0;
  let col = 0;
  let rowHasCell = false;
  let start = 0;
  const endCell = (end: number) => {
    if (end > start) {
      const raw = delimiter === null ? text.slice(start, end) : unquote(text.slice(start, end));
      if (raw !== '') {
        cell(row, col, raw);
        rowHasCell = true;
      }
    }
  };
  const endRow = () => {
    if (rowHasCell) rowEnd(row++);
    rowHasCell = false;
    col = 0;
  };
  let nextYield = STEP;
  if (delimiter === null) {
    // Runs of spaces and tabs separate cells.
    let inCell = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === NL || c === CR || c === SPACE || c === TAB) {
        if (inCell) {
          endCell(i);
          col++;
          inCell = false;
        }
        if (c === NL || c === CR) endRow();
      } else if (!inCell) {
        inCell = true;
        start = i;
      }
      if (i >= nextYield) {
        nextYield += STEP;
        yield progress(i / n);
      }
    }
    if (inCell) endCell(n);
  } else {
    // Each delimiter ends a cell, empty ones too, so columns keep their place.
    start = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        endCell(i);
        col++;
        start = i + 1;
      } else if (c === NL || c === CR) {
        endCell(i);
        endRow();
        start = i + 1;
      }
      if (i >= nextYield) {
        nextYield += STEP;
        yield progress(i / n);
      }
    }
    endCell(n);
  }
  endRow();
}

/** A growable list of doubles (a million of them without a million-element JS array). */
class Doubles {
  data = new Float64Array(1024);
  length = 0;
  push(x: number) {
    if (this.length === this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = x;
  }
  values(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/** An ascending copy, sorted in runs and merged, yielding every STEP elements moved. */
function* sortInSlices(a: Float64Array, progress: (f: number) => number): Generator<number, Float64Array> {
  const n = a.length;
  let src = a.slice();
  const RUN = STEP;
  for (let i = 0; i < n; i += RUN) {
    src.subarray(i, Math.min(n, i + RUN)).sort();
    yield progress(0.3 * (i / Math.max(1, n)));
  }
  let dst = new Float64Array(n);
  let passes = 1;
  for (let w = RUN * 2; w < n; w *= 2) passes++;
  let pass = 0;
  for (let width = RUN; width < n; width *= 2, pass++) {
    let moved = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (k < hi) {
        dst[k++] = j >= hi || (i < mid && src[i] <= src[j]) ? src[i++] : src[j++];
        if (++moved % STEP === 0) yield progress(0.3 + (0.7 * (pass + k / n)) / passes);
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

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
  const tally = (s: ColumnStats, kind: Kind, x: number, raw: string, examples: boolean) => {
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
  };
  yield* scan(
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
      if (row === 0) header = firstTotal.counts[Kind.NotNumber] === sum(firstTotal.counts);
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
  let column = 0;
  let columnWhy: string | undefined;
  if (!flat && width > 1) {
    // A row index (0,1,2,… or 1,2,3,…) is never the times when another column has numbers; of
    // the rest, the most numbers; of equals, one named like a time; then the first.
    const valid = (c: number) => columns[c]?.counts[Kind.Valid] ?? 0;
    const all = Array.from({ length: Math.min(width, MAX_COLUMNS) }, (_, c) => c);
    const notIndex = all.filter((c) => valid(c) > 0 && !columns[c]?.sequence);
    const pool = notIndex.length > 0 ? notIndex : all;
    const most = Math.max(...pool.map(valid));
    const best = pool.filter((c) => valid(c) === most);
    const timed = best.filter((c) => TIME_NAME.test(columns[c]?.name ?? ''));
    const skippedIndex = notIndex.length > 0 && all.some((c) => valid(c) > 0 && columns[c]?.sequence);
    columnWhy =
      best.length > 1 && timed.length > 0
        ? 'its name says time'
        : skippedIndex
          ? 'the column with the most numbers ≥ 0 that is not a row index'
          : 'the column with the most numbers ≥ 0';
    const candidates = best.length > 1 && timed.length > 0 ? timed : best;
    column = candidates[0];
  }
  // Pass 2: the times of that column, in order.
  const values = new Doubles();
  let zeros = 0;
  yield* scan(
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
    (f) => 0.45 + 0.35 * f,
  );
  const samples = values.values();
  const sorted = yield* sortInSlices(samples, (f) => 0.8 + 0.2 * f);
  const s = flat ? total : (columns[column] ?? newColumn());
  const present = sum(s.counts);
  const skips: MeasuredSkips = {
    notNumber: s.counts[Kind.NotNumber],
    negative: s.counts[Kind.Negative],
    notFinite: s.counts[Kind.NotFinite],
    missing: flat ? 0 : Math.max(0, dataRows - present),
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
    columnWhy: flat ? undefined : columnWhy,
    beyondColumns: flat ? 0 : beyond,
    length: text.length,
  };
}

/** Reads measured times at once (tests, small pastes). */
export function parseMeasured(text: string): MeasuredSamples {
  const steps = readMeasuredSteps(typeof text === 'string' ? text : '');
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface ReadOptions {
  /** Called with 0–1 between slices. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /** Work per slice before giving the event loop a turn (ms). */
  sliceMs?: number;
  /** How to give the event loop a turn (default: a zero timeout). */
  pause?(): Promise<void>;
}

const zeroTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads measured times in slices of about `sliceMs`; null if aborted. Never throws. */
export async function readMeasured(text: string, o: ReadOptions = {}): Promise<MeasuredSamples | null> {
  const sliceMs = o.sliceMs ?? 10;
  const pause = o.pause ?? zeroTimeout;
  const steps = readMeasuredSteps(typeof text === 'string' ? text : '');
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= sliceEnd) {
      o.onProgress?.(r.value);
      await pause();
      if (o.signal?.aborted) return null;
      sliceEnd = performance.now() + sliceMs;
    }
  }
}

/** The link text of measured samples: `quantiles(q1,…,q64)` (fewer when there are fewer samples). */
export function quantilesText(samples: ArrayLike<number>): string {
  const sorted = Float64Array.from(samples as ArrayLike<number>).filter((x) => Number.isFinite(x) && x >= 0);
  return sortedQuantilesText(sorted.sort());
}

/** The same, of samples already sorted ascending (all finite, ≥ 0). */
export function sortedQuantilesText(sorted: ArrayLike<number>): string {
  return `quantiles(${sortedToQuantiles(sorted, QUANTILES, DIGITS).join(',')})`;
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Why entries were skipped, in words: `2 not numbers, e.g. "oops"; 1 negative, e.g. "-1"`. */
function skippedWhy(s: MeasuredSkips): string {
  const parts: string[] = [];
  const e = (x?: string) => (x === undefined ? '' : `, e.g. ${JSON.stringify(x)}`);
  if (s.notNumber)
    parts.push(`${count(s.notNumber, 'not a number', 'not numbers')}${e(s.examples.notNumber)}`);
  if (s.negative) parts.push(`${count(s.negative, 'negative', 'negative')}${e(s.examples.negative)}`);
  if (s.notFinite) parts.push(`${count(s.notFinite, 'not finite', 'not finite')}${e(s.examples.notFinite)}`);
  if (s.missing) parts.push(`${count(s.missing, 'row', 'rows')} without a value in this column`);
  return parts.join('; ');
}

/** What was read and from where, e.g. `Read 200 times from column 2 ("seconds") of 3`. */
function readWhat(m: MeasuredSamples): string {
  const name = m.columnName ? ` (${JSON.stringify(m.columnName)})` : '';
  const where =
    m.columns > 1
      ? ` from column ${m.column + 1}${name} of ${m.columns}${m.columnWhy ? `, ${m.columnWhy}` : ''} — to use another, paste that column alone`
      : '';
  return `Read ${count(m.samples.length, 'time')}${where}`;
}

/**
 * The message for a reading: what was read, what was skipped and why; or why nothing could be used
 * (`ok: false`). `quantiles` is the canonical link text the caller made of the times, or the
 * notice that rejected it.
 */
export function describeMeasured(
  m: MeasuredSamples,
  quantiles?: { value: string | null; notices: string[] },
): { ok: boolean; text: string } {
  const why = skippedWhy(m.skips);
  const ignored = m.ignored > 0 ? `; ${count(m.ignored, 'entry', 'entries')} ignored (${why})` : '';
  if (m.length === 0 || (m.samples.length === 0 && m.ignored === 0 && !m.header))
    return { ok: false, text: 'Nothing to read: the text is empty or only blank lines.' };
  if (m.samples.length === 0) {
    const only = m.header && m.ignored === 0 ? ' only a header row,' : '';
    return {
      ok: false,
      text: `No times found:${only}${m.ignored ? ` ${count(m.ignored, 'entry', 'entries')} ignored (${why})` : ' no numbers'}. Compute times are numbers ≥ 0, one per line or one CSV column.`,
    };
  }
  if (quantiles && quantiles.value === null)
    return {
      ok: false,
      text: `${readWhat(m)}${ignored}, but they do not make a distribution: ${quantiles.notices.join(' ') || 'unusable values.'}`,
    };
  const clamped = quantiles?.notices.length ? ` Note: ${quantiles.notices.join(' ')}` : '';
  const zeros = m.zeros > 0 ? ` ${count(m.zeros, 'time is', 'times are')} 0.` : '';
  const beyond =
    m.beyondColumns > 0 ? ` ${count(m.beyondColumns, 'cell')} beyond column ${MAX_COLUMNS} not read.` : '';
  return {
    ok: true,
    text: `${readWhat(m)}${ignored}; the link carries their ${Math.min(QUANTILES, m.samples.length)} quantiles.${zeros}${beyond}${clamped}`,
  };
}
