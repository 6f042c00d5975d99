// Cutting the text of a measured-times file into cells: a CSV with `,`, `;` or tab, or numbers
// separated by spaces and new lines. A generator that yields every STEP characters, so that even
// one 10 MB line is read in steps that can be spread over slices of time (readMeasured.ts).

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
/** Characters scanned between two steps. */
export const STEP = 8192;

/** `,`, `;` or tab when the start of the text uses one (the most frequent); else runs of spaces. */
export function sniffDelimiter(text: string): number | null {
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

/** A cell's text without surrounding spaces and double quotes. */
function unquote(raw: string): string {
  const t = raw.trim();
  return t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34
    ? t.slice(1, -1).trim()
    : t;
}

/**
 * Scans the text cell by cell: `cell(row, col, text)` for each non-blank cell, `rowEnd(row)` after
 * each row that had one (blank lines are not rows). Yields `progress(fraction of the text read)`.
 */
export function* scanCells(
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
