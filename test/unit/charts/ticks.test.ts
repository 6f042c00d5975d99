import { describe, expect, it } from 'vitest';
import { makeMapper } from '../../../src/charts/scales';
import { estimateTextWidth } from '../../../src/charts/text';
import {
  categoryTickCandidates,
  chooseTicks,
  type FitOptions,
  labelsFit,
  linearTickCandidates,
  logMinorTicks,
  logTickCandidates,
} from '../../../src/charts/ticks';

const pow2 = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => 2 ** (a + i));

function xFit(
  domain: [number, number],
  range: [number, number],
  scale: 'log' | 'linear' = 'log',
): FitOptions {
  return {
    orientation: 'x',
    position: makeMapper(scale, domain, range),
    width: (l) => estimateTextWidth(l, 12),
    fontSize: 12,
  };
}

describe('log ticks for batch sizes 1 … 16384', () => {
  it('uses every power of two when the data are powers of two, as plain numbers', () => {
    const [all, every2nd, every3rd] = logTickCandidates([1, 16384], true);
    expect(all.values).toEqual(pow2(0, 14));
    expect(all.labels).toEqual(pow2(0, 14).map(String));
    expect(every2nd.values).toEqual([1, 4, 16, 64, 256, 1024, 4096, 16384]);
    expect(every3rd.values).toEqual([1, 8, 64, 512, 4096]);
  });

  it('writes fractional or huge powers of two as 2ⁿ', () => {
    const [small] = logTickCandidates([0.125, 2], true);
    expect(small.labels).toEqual(['2⁻³', '2⁻²', '2⁻¹', '2⁰', '2¹']);
    const [huge] = logTickCandidates([1, 2 ** 20], true);
    expect(huge.labels[0]).toBe('2⁰');
    expect(huge.labels[20]).toBe('2²⁰');
  });

  it('uses decades 1, 10, 100, 1k, 10k otherwise', () => {
    const [all, sparse] = logTickCandidates([1, 16384], false);
    expect(all.values).toEqual([1, 10, 100, 1000, 10000]);
    expect(all.labels).toEqual(['1', '10', '100', '1k', '10k']);
    expect(sparse.values).toEqual([1, 100, 10000]);
  });

  it('thins the labels to fit: all 15 on a wide axis, fewer on a phone, never overlapping', () => {
    const candidates = logTickCandidates([0.7, 24000], true);
    const wide = chooseTicks(candidates, xFit([0.7, 24000], [60, 1400]));
    expect(wide.values).toEqual(pow2(0, 14));
    const laptop = chooseTicks(candidates, xFit([0.7, 24000], [60, 500]));
    expect(laptop.values).toEqual([1, 4, 16, 64, 256, 1024, 4096, 16384]);
    const phone = chooseTicks(candidates, xFit([0.7, 24000], [40, 370]));
    expect(phone.values.length).toBeLessThan(15);
    expect(phone.values.length).toBeGreaterThanOrEqual(4);
    expect(phone.values[0]).toBe(1);
    expect(labelsFit(phone, xFit([0.7, 24000], [40, 370]))).toBe(true);
  });
});

describe('log ticks for 0.001 … 1000', () => {
  it('gives the seven decades with short labels', () => {
    const [all] = logTickCandidates([0.001, 1000]);
    expect(all.values).toEqual([0.001, 0.01, 0.1, 1, 10, 100, 1000]);
    expect(all.labels).toEqual(['0.001', '0.01', '0.1', '1', '10', '100', '1k']);
  });

  it('switches every label to 10ⁿ when a decade is outside 10⁻³ … 10⁶', () => {
    const [all] = logTickCandidates([1e-5, 10]);
    expect(all.labels).toEqual(['10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹']);
  });

  it('keeps decades aligned when thinning (…, 0.01, 1, 100, …)', () => {
    const sets = logTickCandidates([0.001, 1000]);
    expect(sets[1].values).toEqual([0.01, 1, 100]);
    const narrow = chooseTicks(sets, xFit([0.001, 1000], [30, 110]));
    expect(labelsFit(narrow, xFit([0.001, 1000], [30, 110]))).toBe(true);
  });

  it('adds minor ticks 2…9 · 10ⁿ inside the domain', () => {
    expect(logMinorTicks([1, 100])).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(logMinorTicks([1, 1e12])).toEqual([]);
  });
});

describe('narrow log domains and linear ticks', () => {
  it('uses 1-2-5 multiples within less than three decades', () => {
    const [first] = logTickCandidates([0.5, 30]);
    expect(first.values).toEqual([0.5, 1, 2, 5, 10, 20]);
    expect(first.labels).toEqual(['0.5', '1', '2', '5', '10', '20']);
  });

  it('falls back to linear ticks inside one decade', () => {
    const sets = logTickCandidates([2, 8]);
    expect(sets.some((s) => s.values.includes(3) && s.values.includes(7))).toBe(true);
  });

  it('offers linear sets from dense to sparse', () => {
    const sets = linearTickCandidates([0, 1]);
    expect(sets[0].values.length).toBeGreaterThan(sets[sets.length - 1].values.length);
    expect(sets.some((s) => s.labels.join(' ') === '0 0.2 0.4 0.6 0.8 1')).toBe(true);
  });

  it('requires the minimum spacing when asked', () => {
    const sets = linearTickCandidates([0, 100]);
    const opts = { ...xFit([0, 100], [0, 500], 'linear'), minSpacing: 80 };
    const chosen = chooseTicks(sets, opts);
    expect(chosen.values.length).toBeLessThanOrEqual(7);
    expect(labelsFit(chosen, opts)).toBe(true);
  });

  it('thins categories by a stride', () => {
    const sets = categoryTickCandidates([1, 2, 3, 4, 5]);
    expect(sets.map((s) => s.values)).toEqual([
      [1, 2, 3, 4, 5],
      [1, 3, 5],
      [1, 4],
    ]);
  });

  it('checks vertical spacing on y axes', () => {
    const set = { values: [0, 1, 2], labels: ['0', '1', '2'] };
    const y = (px: number): FitOptions => ({
      orientation: 'y',
      position: (v) => 100 - v * px,
      width: () => 10,
      fontSize: 12,
    });
    expect(labelsFit(set, y(20))).toBe(true);
    expect(labelsFit(set, y(10))).toBe(false);
  });
});
