// The shipped digits (./data/rows.ts, format in ./data/README.md) as typed arrays.

/** Pixels per image (8 × 8) and classes. */
export const PIXELS = 64;
export const CLASSES = 10;
/** Largest pixel value (the number of "on" bits in a 4 × 4 block). */
export const PIXEL_MAX = 16;

export interface DigitImages {
  readonly n: number;
  /** Row-major n × 64, integers 0–16. */
  readonly pixels: Uint8Array;
  /** Classes 0–9. */
  readonly labels: Uint8Array;
}

const A = 97; // 'a'
const ZERO = 48; // '0'

/** Decodes rows of 64 letters 'a'–'q' and a class digit; throws on anything else. */
export function decodeDigits(rows: readonly string[]): DigitImages {
  const n = rows.length;
  const pixels = new Uint8Array(n * PIXELS);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row.length !== PIXELS + 1) throw new Error(`digits row ${i}: ${row.length} characters, expected 65`);
    for (let j = 0; j < PIXELS; j++) {
      const v = row.charCodeAt(j) - A;
      if (!(v >= 0 && v <= PIXEL_MAX)) throw new Error(`digits row ${i}: pixel ${j} is ${row[j]}`);
      pixels[i * PIXELS + j] = v;
    }
    const c = row.charCodeAt(PIXELS) - ZERO;
    if (!(c >= 0 && c < CLASSES)) throw new Error(`digits row ${i}: class ${row[PIXELS]}`);
    labels[i] = c;
  }
  return { n, pixels, labels };
}

let loading: Promise<DigitImages> | null = null;
let loaded: DigitImages | null = null;

/**
 * The 1,797 shipped images, decoded once per thread. A dynamic import, so that in the page the data
 * is a chunk of its own, downloaded only by a cell that uses it (the CLI bundle inlines it).
 */
export function loadDigits(): Promise<DigitImages> {
  loading ??= import('./data/rows').then((m) => {
    loaded = decodeDigits(m.DIGITS_ROWS);
    return loaded;
  });
  return loading;
}

/**
 * The images for synchronous code (a model built inside a run's generator), once loadDigits() has
 * resolved in this thread; throws before, naming what to await.
 */
export function loadedDigits(): DigitImages {
  if (loaded === null) throw new Error('the digits are not loaded yet: await loadDigits() first');
  return loaded;
}
