import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../src/views/common/sameJson';

const chart = (ys: (number | null)[]) => ({
  type: 'xy',
  id: 'c',
  x: { label: 'b', scale: 'log' },
  series: [{ id: 's', points: ys.map((y, x) => ({ x, y })) }],
});

describe('sameJson: what comparing JSON.stringify would say, without the strings', () => {
  it('equal content in distinct objects is the same; any changed value, length or key is not', () => {
    expect(sameJson(chart([1, 2, null]), chart([1, 2, null]))).toBe(true);
    expect(sameJson(chart([1, 2, null]), chart([1, 2, 3]))).toBe(false);
    expect(sameJson(chart([1, 2]), chart([1, 2, 3]))).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('agrees with JSON.stringify on NaN (written null) and on values JSON tells apart', () => {
    expect(sameJson({ y: Number.NaN }, { y: Number.NaN })).toBe(true);
    expect(sameJson({ y: 0.1 + 0.2 }, { y: 0.3 })).toBe(
      JSON.stringify({ y: 0.1 + 0.2 }) === JSON.stringify({ y: 0.3 }),
    );
  });
});
