// Reads a gradient-noise log (issue 17): CSV text → typed columns, found by name (logColumns.ts).
//
// Incremental, so a worker can read a 10⁶-row file in slices, report progress between them and stop
// on Cancel (it simply stops pushing): `const r = new NoiseLogReader(); r.push(chunk)…; r.finish()`.
// Chunks may split a line, a CR LF pair or a number anywhere. Nothing here throws: every input,
// however hostile, ends in a result — `ok: true` with the columns, or `ok: false` with one message
// naming the line (and column) of what made the file unusable.
//
// Conventions (docs/advisor.md):
// - Delimiter: the most frequent of `,` tab `;` on the header line; none of them → runs of spaces.
//   With `;`, a decimal comma (`0,25`) is read as a decimal point.
// - Blank lines and lines starting with `#` are skipped. A UTF-8 byte-order mark is dropped.
// - The header is the first line that is not skipped; a row that cannot be read (a missing or
//   non-numeric cell in a column the format needs, NaN/Inf, a number beyond a double, b_big ≤ b_small,
//   a negative squared norm) is SKIPPED and reported with its line and column; the file fails only
//   when no row is left. Optional columns (loss, eval_loss, lr) may be empty (eval_loss is usually
//   logged every N steps): their missing cells are NaN.
// - Steps out of order are SORTED by step (stable), and when a step appears more than once the LAST
//   row of it is kept: a run resumed from a checkpoint logs the steps it replays again, and the
//   replayed values are the ones the run went on from. Both are reported in the notices.
// - Without a `step` column the row number (0, 1, 2, …) is the step, with a notice.

import { GrowableColumn } from '../growableColumn';
import {
  FORMAT_COLUMNS,
  FORMATS,
  LOG_ALIASES,
  type LogFormat,
  type LogRole,
  OPTIONAL_COLUMNS,
  roleOf,
} from './logColumns';

/** What made a line (or the file) unreadable: 1-based line, and 1-based column when one cell did. */
export interface LogProblem {
  line: number;
  column?: number;
  /** The header of that column, as written. */
  columnName?: string;
  message: string;
}

export interface NoiseLog {
  format: LogFormat;
  rows: number;
  /** Ascending, distinct. */
  step: Float64Array;
  /** The columns read, one value per row (NaN where an optional cell was empty). */
  values: Partial<Record<LogRole, Float64Array>>;
  /** Where each column came from. */
  columns: { role: LogRole; header: string; column: number }[];
  /** No step column: the row number stands in. */
  stepFromRowIndex: boolean;
}

export type LogReadResult =
  | { ok: true; log: NoiseLog; notices: string[]; problems: LogProblem[]; skippedRows: number }
  | { ok: false; error: LogProblem; problems: LogProblem[]; skippedRows: number };

const rowsWord = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`;

/** Text of one problem: `line 12, column 3 ("g_big_sq"): …`. */
export function describeProblem(p: LogProblem): string {
  const col =
    p.column === undefined
      ? ''
      : `, column ${p.column}${p.columnName === undefined ? '' : ` (${clip(p.columnName)})`}`;
  return `line ${p.line}${col}: ${p.message}`;
}

/** A cell as quoted in a message: clipped, control characters escaped (JSON). */
function clip(raw: string): string {
  const t = raw.length > 32 ? `${raw.slice(0, 32)}…` : raw;
  return JSON.stringify(t).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => {
    return `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  });
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+(?:[eE][+-]?\d+)?$/;
const NON_FINITE_WORD = /^[+-]?(?:nan|inf|infinity)$/i;
/** Lines longer than this are not a log row (and would make a hostile file slow): skipped. */
export const MAX_LINE = 100_000;
/** Problems kept with their line numbers; the rest are only counted. */
export const MAX_PROBLEMS = 20;

/** A cell's number, or why it is none. */
type Cell = { ok: true; x: number } | { ok: false; why: string };

function unquote(raw: string): string {
  let t = raw.trim();
  if (t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34) t = t.slice(1, -1).trim();
  return t;
}

/** A digit, `+`, `-` or `.`: a cell starting and ending so needs no trimming or unquoting. */
const plain = (c: number) => (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;

function readCell(raw: string, decimalComma: boolean): Cell {
  // The usual cell (`0.0123`) goes straight to the number test; anything else is trimmed first.
  let t =
    raw.length > 0 && plain(raw.charCodeAt(0)) && plain(raw.charCodeAt(raw.length - 1)) ? raw : unquote(raw);
  if (t === '') return { ok: false, why: 'empty cell' };
  if (decimalComma && DECIMAL_COMMA.test(t)) t = t.replace(',', '.');
  if (!NUMBER.test(t)) {
    if (NON_FINITE_WORD.test(t)) return { ok: false, why: `${clip(t)} is not a finite number` };
    return { ok: false, why: `${clip(t)} is not a number` };
  }
  const x = Number(t) + 0;
  if (!Number.isFinite(x)) return { ok: false, why: `${clip(t)} is beyond the range of a double` };
  return { ok: true, x };
}

type Delimiter = ',' | '\t' | ';' | 'spaces';

function sniffDelimiter(header: string): Delimiter {
  let best: Delimiter = 'spaces';
  let most = 0;
  for (const d of [',', '\t', ';'] as const) {
    const n = header.split(d).length - 1;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

function splitCells(line: string, d: Delimiter): string[] {
  return d === 'spaces' ? line.trim().split(/[ \t]+/) : line.split(d);
}

const FORMAT_WORDS: Record<LogFormat, string> = {
  'two-batch': 'step, b_small, b_big, g_small_sq, g_big_sq',
  trace: 'step, tr_sigma, g_sq',
  'noise-scale': 'step, noise_scale',
  'b-hat': 'step, b_hat',
};

interface Used {
  role: LogRole;
  column: number;
  header: string;
  required: boolean;
  data: GrowableColumn;
}

export class NoiseLogReader {
  /** Characters pushed so far (for progress: divide by the text's length). */
  charsRead = 0;
  private parts: string[] = [];
  private partsLength = 0;
  private lineNo = 0;
  private afterCR = false;
  private first = true;
  private skippingLongLine = false;
  private headerSeen = false;
  private delimiter: Delimiter = ',';
  private decimalComma = false;
  private fatal: LogProblem | null = null;
  private used: Used[] = [];
  private format: LogFormat | null = null;
  private stepCol: Used | null = null;
  private steps = new GrowableColumn();
  private problems: LogProblem[] = [];
  private skipped = 0;
  private headerNotices: string[] = [];
  private longLines = 0;
  private extraCells = 0;
  private maxUsedColumn = 0;
  private finished: LogReadResult | null = null;

  /** Reads a piece of the text. After a fatal problem (no known columns) the rest is ignored. */
  push(chunk: string): void {
    if (this.finished || typeof chunk !== 'string' || chunk.length === 0) return;
    this.charsRead += chunk.length;
    let text = chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A LF right after a CR (possibly across chunks) ends no new line.
      if (c === 10 && this.afterCR && i === start && this.partsLength === 0) {
        this.afterCR = false;
        start = i + 1;
        continue;
      }
      this.addPart(text, start, i);
      this.endLine();
      this.afterCR = c === 13;
      start = i + 1;
    }
    if (start < n) {
      this.afterCR = false;
      this.addPart(text, start, n);
    }
  }

  private addPart(text: string, from: number, to: number): void {
    if (to <= from || this.skippingLongLine) return;
    if (this.partsLength + (to - from) > MAX_LINE) {
      this.skippingLongLine = true;
      this.parts = [];
      this.partsLength = 0;
      return;
    }
    this.parts.push(from === 0 && to === text.length ? text : text.slice(from, to));
    this.partsLength += to - from;
  }

  private endLine(): void {
    this.lineNo++;
    const long = this.skippingLongLine;
    const line = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    this.skippingLongLine = false;
    if (this.fatal) return;
    if (long) {
      this.longLines++;
      this.problem({
        line: this.lineNo,
        message: `longer than ${MAX_LINE.toLocaleString('en-US')} characters`,
      });
      return;
    }
    const t = line.trim();
    if (t === '' || t.charCodeAt(0) === 35 /* # */) return;
    if (!this.headerSeen) this.readHeader(line);
    else this.readRow(line);
  }

  private problem(p: LogProblem): void {
    this.skipped++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(p);
  }

  private readHeader(line: string): void {
    this.headerSeen = true;
    this.delimiter = sniffDelimiter(line);
    this.decimalComma = this.delimiter === ';';
    const names = splitCells(line, this.delimiter);
    const found = new Map<LogRole, { column: number; header: string }>();
    let numeric = 0;
    names.forEach((raw, column) => {
      const header = unquote(raw);
      if (readCell(raw, this.decimalComma).ok) numeric++;
      const role = roleOf(raw);
      if (role === undefined) return;
      const had = found.get(role);
      if (had)
        this.headerNotices.push(
          `Column ${column + 1} (${clip(header)}) also names ${role}; column ${had.column + 1} (${clip(had.header)}) is read.`,
        );
      else found.set(role, { column, header });
    });
    const format = FORMATS.find((f) => FORMAT_COLUMNS[f].every((r) => found.has(r)));
    if (format === undefined) {
      const partial = FORMATS.find((f) => FORMAT_COLUMNS[f].some((r) => found.has(r)));
      const shown = names.slice(0, 12).map((h) => clip(unquote(h)));
      const more = names.length > 12 ? `, … (${names.length} in all)` : '';
      const expected = FORMATS.map((f) => `"${FORMAT_WORDS[f]}"`).join(' or ');
      let message: string;
      if (partial !== undefined) {
        const missing = FORMAT_COLUMNS[partial].filter((r) => !found.has(r));
        message = `the ${partial} format needs ${missing.join(', ')} as well (found ${shown.join(', ')}${more})`;
      } else if (numeric === names.length)
        message = `the first line holds numbers, not column names; the first line must name the columns: ${expected}`;
      else
        message = `no known column: found ${shown.join(', ')}${more}; expected ${expected} (names listed in docs/advisor.md)`;
      this.fatal = { line: this.lineNo, message };
      return;
    }
    this.format = format;
    const take = (role: LogRole, required: boolean) => {
      const f = found.get(role);
      if (!f) return;
      const u: Used = { role, column: f.column, header: f.header, required, data: new GrowableColumn() };
      this.used.push(u);
      this.maxUsedColumn = Math.max(this.maxUsedColumn, f.column);
      return u;
    };
    this.stepCol = take('step', true) ?? null;
    for (const r of FORMAT_COLUMNS[format]) take(r, true);
    for (const r of OPTIONAL_COLUMNS) take(r, false);
    const ignored = FORMATS.filter((f) => f !== format && FORMAT_COLUMNS[f].every((r) => found.has(r)));
    if (ignored.length > 0)
      this.headerNotices.push(
        `Read as the ${format} format; the columns of the ${ignored.join(' and ')} format are not used.`,
      );
  }

  private readRow(line: string): void {
    const cells = splitCells(line, this.delimiter);
    if (cells.length > this.maxUsedColumn + 1 && cells.length > this.used.length) this.extraCells++;
    const values = this.rowValues;
    for (let k = 0; k < this.used.length; k++) {
      const u = this.used[k];
      const raw = u.column < cells.length ? cells[u.column] : undefined;
      if (raw === undefined || (!u.required && unquote(raw) === '')) {
        if (u.required) {
          this.problem({
            line: this.lineNo,
            column: u.column + 1,
            columnName: u.header,
            message: `missing cell (the row has ${cells.length} of the header's columns)`,
          });
          return;
        }
        values[k] = Number.NaN;
        continue;
      }
      const cell = readCell(raw, this.decimalComma);
      if (!cell.ok) {
        if (!u.required) {
          // Not a skipped row: the cell is read as missing, and said so.
          if (this.problems.length < MAX_PROBLEMS)
            this.problems.push({
              line: this.lineNo,
              column: u.column + 1,
              columnName: u.header,
              message: `${cell.why}; read as missing`,
            });
          values[k] = Number.NaN;
          continue;
        }
        this.problem({ line: this.lineNo, column: u.column + 1, columnName: u.header, message: cell.why });
        return;
      }
      const why = this.outOfRange(u.role, cell.x);
      if (why) {
        this.problem({ line: this.lineNo, column: u.column + 1, columnName: u.header, message: why });
        return;
      }
      values[k] = cell.x;
    }
    if (this.format === 'two-batch') {
      const bs = values[this.indexOf('b_small')];
      const bb = values[this.indexOf('b_big')];
      if (!(bb > bs)) {
        const u = this.used[this.indexOf('b_big')];
        this.problem({
          line: this.lineNo,
          column: u.column + 1,
          columnName: u.header,
          message: `b_big (${bb}) must exceed b_small (${bs}): the two-batch estimates divide by b_big − b_small`,
        });
        return;
      }
    }
    for (let k = 0; k < this.used.length; k++) this.used[k].data.push(values[k]);
    if (!this.stepCol) this.steps.push(this.steps.length);
  }

  private rowValuesStore: number[] = [];
  private get rowValues(): number[] {
    if (this.rowValuesStore.length !== this.used.length)
      this.rowValuesStore = new Array(this.used.length).fill(0);
    return this.rowValuesStore;
  }

  private indexOf(role: LogRole): number {
    return this.used.findIndex((u) => u.role === role);
  }

  private outOfRange(role: LogRole, x: number): string | null {
    if ((role === 'b_small' || role === 'b_big') && !(x > 0)) return `${role} must be > 0 (got ${x})`;
    if ((role === 'g_small_sq' || role === 'g_big_sq') && x < 0)
      return `${role} is a squared norm and cannot be negative (got ${x})`;
    return null;
  }

  /** Ends the reading (the text's last line needs no newline). Idempotent. */
  finish(): LogReadResult {
    if (this.finished) return this.finished;
    if (this.partsLength > 0 || this.skippingLongLine) this.endLine();
    this.finished = this.result();
    return this.finished;
  }

  private result(): LogReadResult {
    const fail = (error: LogProblem): LogReadResult => ({
      ok: false,
      error,
      problems: this.problems,
      skippedRows: this.skipped,
    });
    if (this.fatal) return fail(this.fatal);
    if (!this.headerSeen || this.format === null)
      return fail({
        line: Math.max(1, this.lineNo),
        message:
          this.longLines > 0
            ? `no readable line: every line is longer than ${MAX_LINE.toLocaleString('en-US')} characters`
            : 'the file is empty (or only blank and # comment lines)',
      });
    const rows = this.used[0].data.length;
    if (rows === 0) {
      const first = this.problems[0];
      return fail(
        first
          ? { ...first, message: `no readable row (${this.skipped} skipped); the first: ${first.message}` }
          : { line: this.lineNo, message: 'no data rows after the header' },
      );
    }
    const notices = [...this.headerNotices];
    const raw: Partial<Record<LogRole, Float64Array>> = {};
    for (const u of this.used) raw[u.role] = u.data.values();
    const stepRaw = this.stepCol ? (raw.step as Float64Array) : this.steps.values();
    delete raw.step;
    const order = ascendingLastWins(stepRaw);
    if (order.unsorted > 0)
      notices.push(`${rowsWord(order.unsorted)} out of step order: the rows were sorted by step.`);
    if (order.duplicates > 0)
      notices.push(
        `${rowsWord(order.duplicates)} repeated a step logged before; the last row of each step is kept (a resumed run logs the steps it replays again).`,
      );
    const values: Partial<Record<LogRole, Float64Array>> = {};
    for (const [role, col] of Object.entries(raw) as [LogRole, Float64Array][])
      values[role] = order.take(col);
    const step = order.take(stepRaw);
    if (!this.stepCol) notices.push('No step column: the row number (0, 1, 2, …) is used as the step.');
    if (this.skipped > 0) notices.push(`${rowsWord(this.skipped)} skipped (see the problems).`);
    if (this.extraCells > 0)
      notices.push(`${rowsWord(this.extraCells)} with more cells than the header names.`);
    return {
      ok: true,
      log: {
        format: this.format,
        rows: step.length,
        step,
        values,
        columns: this.used.map((u) => ({ role: u.role, header: u.header, column: u.column + 1 })),
        stepFromRowIndex: !this.stepCol,
      },
      notices,
      problems: this.problems,
      skippedRows: this.skipped,
    };
  }
}

/**
 * The rows in ascending step order, stably, keeping the last row of each repeated step. Already
 * ascending and distinct (the usual case) costs one pass and no copy of an index.
 */
function ascendingLastWins(step: Float64Array): {
  unsorted: number;
  duplicates: number;
  take(col: Float64Array): Float64Array;
} {
  const n = step.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (!(step[i] > step[i - 1])) sorted = false;
  if (sorted) return { unsorted: 0, duplicates: 0, take: (c) => c };
  let unsorted = 0;
  for (let i = 1; i < n; i++) if (step[i] < step[i - 1]) unsorted++;
  const idx = Array.from({ length: n }, (_, i) => i);
  // Stable: equal steps keep input order, so the last of a run of equals is the last logged.
  idx.sort((a, b) => step[a] - step[b] || a - b);
  const keep: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k + 1 < n && step[idx[k + 1]] === step[idx[k]]) continue;
    keep.push(idx[k]);
  }
  return {
    unsorted,
    duplicates: n - keep.length,
    take: (c) => Float64Array.from(keep, (i) => c[i]),
  };
}

/** Reads a whole text at once (tests, small pastes, the CLI). */
export function readNoiseLog(text: string, chunkSize = 1 << 20): LogReadResult {
  const r = new NoiseLogReader();
  const s = typeof text === 'string' ? text : '';
  for (let i = 0; i < s.length; i += chunkSize) r.push(s.slice(i, i + chunkSize));
  return r.finish();
}

/** The accepted spellings, for messages and docs. */
export function aliasList(): string {
  return (Object.keys(LOG_ALIASES) as LogRole[]).map((r) => `${r}: ${LOG_ALIASES[r].join(', ')}`).join('\n');
}
