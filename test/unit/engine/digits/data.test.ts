// The shipped digits (src/engine/digits/data/rows.ts) are exactly the source CSV: read the .gz the
// data came from and compare every pixel and class.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDigits, loadDigits } from '../../../../src/engine/digits';

const SOURCE = join(import.meta.dirname, '../../../../../shared/data/digits/digits.csv.gz');
const ROOT = join(import.meta.dirname, '../../../..');

describe('shipped digits', () => {
  it('decode to exactly the source CSV: 1,797 rows of 64 pixels 0–16 and a class 0–9', async () => {
    const images = await loadDigits();
    expect(images.n).toBe(1797);
    expect(images.pixels.length).toBe(1797 * 64);
    if (!existsSync(SOURCE)) throw new Error(`the source ${SOURCE} is missing (../shared/data/digits)`);
    const rows = gunzipSync(readFileSync(SOURCE))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(',').map(Number));
    expect(rows.length).toBe(1797);
    const pixels = Uint8Array.from(rows.flatMap((r) => r.slice(0, 64)));
    const labels = Uint8Array.from(rows.map((r) => r[64]));
    expect(Buffer.from(images.pixels).equals(Buffer.from(pixels))).toBe(true);
    expect(Buffer.from(images.labels).equals(Buffer.from(labels))).toBe(true);
  });

  it('has the data set’s class counts and pixel range', async () => {
    const { pixels, labels } = await loadDigits();
    const counts = new Array(10).fill(0);
    for (const c of labels) counts[c]++;
    expect(counts).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
    expect(Math.min(...pixels)).toBe(0);
    expect(Math.max(...pixels)).toBe(16);
  });

  it('is decoded once per thread', async () => {
    expect(await loadDigits()).toBe(await loadDigits());
  });

  it('keeps its licence and citation beside it', () => {
    const readme = readFileSync(join(ROOT, 'src/engine/digits/data/README.md'), 'utf8');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('10.24432/C50P49');
    expect(readme).toContain('Alpaydin');
  });

  it('decodeDigits rejects malformed rows', () => {
    const ok = `${'a'.repeat(64)}7`;
    expect(decodeDigits([ok]).labels[0]).toBe(7);
    expect(() => decodeDigits([ok.slice(1)])).toThrow(/64 characters, expected 65/);
    expect(() => decodeDigits([`r${ok.slice(1)}`])).toThrow(/pixel 0/);
    expect(() => decodeDigits([`${'a'.repeat(64)}x`])).toThrow(/class/);
  });
});
