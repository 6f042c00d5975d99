import { beforeAll, describe, expect, it } from 'vitest';
import { type DigitImages, loadDigits, splitDigits } from '../../../../src/engine/digits';

let images: DigitImages;
beforeAll(async () => {
  images = await loadDigits();
});

const CLASS_COUNTS = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];

describe('splitDigits', () => {
  it('holds out round(20 %) of every class, disjoint from the training set, covering every image', () => {
    const { train, test } = splitDigits(images, 1);
    const held = CLASS_COUNTS.map((c) => Math.round(0.2 * c));
    const counts = new Array(10).fill(0);
    for (const c of test.y) counts[c]++;
    expect(counts).toEqual(held);
    expect(test.n).toBe(held.reduce((a, b) => a + b, 0));
    expect(train.n + test.n).toBe(1797);
    const all = [...train.rows, ...test.rows].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 1797 }, (_, i) => i));
  });

  it('scales pixels to [0, 1] and keeps each example’s class', () => {
    const { train } = splitDigits(images, 1);
    for (let k = 0; k < train.n; k++) {
      const i = train.rows[k];
      expect(train.y[k]).toBe(images.labels[i]);
      for (let p = 0; p < 64; p++) expect(train.X[k * 64 + p]).toBe(images.pixels[i * 64 + p] / 16);
    }
  });

  it('is fixed by the seed: same seed, same split; another seed, another split', () => {
    const a = splitDigits(images, 7).test.rows;
    const b = splitDigits(images, 7).test.rows;
    const c = splitDigits(images, 8).test.rows;
    expect([...a]).toEqual([...b]);
    const shared = [...c].filter((r) => a.includes(r)).length;
    // independent 20 % splits share about 20 % of their held-out images
    expect(shared).toBeLessThan(0.35 * a.length);
  });

  it('rejects a held-out fraction outside (0, 1)', () => {
    expect(() => splitDigits(images, 1, 0)).toThrow(RangeError);
    expect(() => splitDigits(images, 1, 1)).toThrow(RangeError);
  });
});
