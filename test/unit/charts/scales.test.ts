import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  chartHeight,
  computeDomain,
  isPowersOfTwo,
  makeMapper,
  nearestIndex,
  usableValues,
} from '../../../src/charts/scales';

describe('computeDomain', () => {
  it('ignores nulls, undefined and non-finite values', () => {
    expect(computeDomain([1, null, 3, undefined, Number.NaN, Number.POSITIVE_INFINITY], 'linear', 0)).toEqual(
      [1, 3],
    );
  });

  it('ignores non-positive values on log axes', () => {
    const [lo, hi] = computeDomain([0, -5, 0.001, 1000, null], 'log', 0);
    expect(lo).toBeCloseTo(0.001, 12);
    expect(hi).toBeCloseTo(1000, 9);
    expect(usableValues([0, -1, 2, null], 'log')).toEqual([2]);
  });

  it('pads linear domains by a share of the span, not below 0 for non-negative data', () => {
    expect(computeDomain([10, 20], 'linear', 0.1)).toEqual([9, 21]);
    expect(computeDomain([0, 10], 'linear', 0.1)).toEqual([0, 11]);
    expect(computeDomain([-10, 0], 'linear', 0.1)).toEqual([-11, 0]);
  });

  it('pads log domains in log space', () => {
    const [lo, hi] = computeDomain([1, 10000], 'log', 0.25);
    expect(lo).toBeCloseTo(0.1, 12);
    expect(hi).toBeCloseTo(100000, 6);
  });

  it('widens single values and handles empty sets', () => {
    expect(computeDomain([5], 'linear')).toEqual([4.5, 5.5]);
    expect(computeDomain([0], 'linear')).toEqual([-1, 1]);
    expect(computeDomain([8], 'log')).toEqual([4, 16]);
    expect(computeDomain([], 'linear')).toEqual([0, 1]);
    expect(computeDomain([null, -1], 'log')).toEqual([1, 10]);
  });
});

describe('powers of two and categories', () => {
  it('recognises batch-size data', () => {
    expect(isPowersOfTwo([1, 2, 4, 8, 16384, null])).toBe(true);
    expect(isPowersOfTwo([0.25, 0.5, 1])).toBe(true);
    expect(isPowersOfTwo([1, 3, 4])).toBe(false);
    expect(isPowersOfTwo([4, 4])).toBe(false);
    expect(isPowersOfTwo([])).toBe(false);
  });

  it('sorts distinct categories', () => {
    expect(categoriesOf([3, 1, 3, null, 2])).toEqual([1, 2, 3]);
  });
});

describe('makeMapper', () => {
  it('maps log values and refuses non-positive ones', () => {
    const m = makeMapper('log', [1, 100], [0, 200]);
    expect(m(10)).toBeCloseTo(100, 9);
    expect(m(0)).toBeNaN();
    expect(m(-1)).toBeNaN();
  });

  it('places band categories at the centres of equal slots', () => {
    const m = makeMapper('band', [0, 1], [0, 300], [1, 2, 4]);
    expect([m(1), m(2), m(4)]).toEqual([50, 150, 250]);
    expect(m(3)).toBeNaN();
  });

  it('treats time as linear', () => {
    expect(makeMapper('time', [0, 10], [0, 100])(2.5)).toBe(25);
  });
});

describe('nearestIndex', () => {
  const xs = [1, 2, 4, 8, 16];
  it('finds the nearest value by binary search', () => {
    expect(nearestIndex(xs, 0)).toBe(0);
    expect(nearestIndex(xs, 2.9)).toBe(1);
    expect(nearestIndex(xs, 3.1)).toBe(2);
    expect(nearestIndex(xs, 100)).toBe(4);
    expect(nearestIndex(xs, 8)).toBe(3);
  });
  it('breaks ties towards the lower index and handles edge cases', () => {
    expect(nearestIndex(xs, 3)).toBe(1);
    expect(nearestIndex([], 3)).toBe(-1);
    expect(nearestIndex([7], -3)).toBe(0);
  });
});

describe('chartHeight', () => {
  it('is 0.62 × width clamped to [260, 560]', () => {
    expect(chartHeight(358)).toBe(260);
    expect(chartHeight(640)).toBe(397);
    expect(chartHeight(1400)).toBe(560);
  });
});
