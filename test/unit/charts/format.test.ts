import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  formatCompact,
  formatLinearTicks,
  formatPower,
  formatRange,
  formatScientific,
  formatValue,
  superscript,
} from '../../../src/charts/format';

describe('formatValue (read-out, 4 significant digits)', () => {
  it('prints integers below a million exactly', () => {
    expect(formatValue(16384)).toBe('16384');
    expect(formatValue(1)).toBe('1');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-42)).toBe('−42');
  });
  it('rounds other numbers to 4 significant digits', () => {
    expect(formatValue(12.3456)).toBe('12.35');
    expect(formatValue(0.00123456)).toBe('0.001235');
    expect(formatValue(1 / 3)).toBe('0.3333');
    expect(formatValue(-1.23456)).toBe('−1.235');
    expect(formatValue(2.5)).toBe('2.5');
    expect(formatValue(9999.7)).toBe('10000');
  });
  it('uses powers of ten for large and small magnitudes', () => {
    expect(formatValue(123456.7)).toBe('1.235 × 10⁵');
    expect(formatValue(2.5e-5)).toBe('2.5 × 10⁻⁵');
    expect(formatValue(1e-5)).toBe('10⁻⁵');
    expect(formatValue(1.5e6)).toBe('1.5 × 10⁶');
    expect(formatValue(-2e-9)).toBe('−2 × 10⁻⁹');
  });
  it('says what non-numbers are', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('−∞');
  });
  it('supports other precisions', () => {
    expect(formatValue(Math.PI, 2)).toBe('3.1');
    expect(formatScientific(123456, 3)).toBe('1.23 × 10⁵');
  });
});

describe('small helpers', () => {
  it('writes superscripts and powers', () => {
    expect(superscript(14)).toBe('¹⁴');
    expect(superscript(-3)).toBe('⁻³');
    expect(formatPower(2, 10)).toBe('2¹⁰');
    expect(formatPower(10, -6)).toBe('10⁻⁶');
  });
  it('names bands', () => {
    expect(bandLabel('ci95')).toBe('95 % CI');
    expect(bandLabel(undefined)).toBe('95 % CI');
    expect(bandLabel('quantile')).toBe('2.5–97.5 % quantiles');
    expect(bandLabel('minmax')).toBe('min–max');
    expect(formatRange(0.9, 1.1)).toBe('0.9–1.1');
  });
});

describe('tick labels', () => {
  it('formats compact tick values', () => {
    expect(formatCompact(0.005)).toBe('0.005');
    expect(formatCompact(0.1 + 0.2)).toBe('0.3');
    expect(formatCompact(2500)).toBe('2500');
    expect(formatCompact(12000)).toBe('12k');
    expect(formatCompact(1.5e6)).toBe('1.5M');
    expect(formatCompact(-20)).toBe('−20');
    expect(formatCompact(2e-7)).toBe('2 × 10⁻⁷');
  });
  it('gives evenly spaced linear ticks a common precision', () => {
    expect(formatLinearTicks([0, 0.5, 1, 1.5])).toEqual(['0', '0.5', '1', '1.5']);
    expect(formatLinearTicks([0.1, 0.2, 0.30000000000000004])).toEqual(['0.1', '0.2', '0.3']);
    expect(formatLinearTicks([0, 5000, 10000, 15000])).toEqual(['0', '5k', '10k', '15k']);
    expect(formatLinearTicks([-2, -1, 0, 1])).toEqual(['−2', '−1', '0', '1']);
    expect(formatLinearTicks([0, 2e6, 4e6])).toEqual(['0', '2M', '4M']);
    expect(formatLinearTicks([0.00001, 0.00002])).toEqual(['10⁻⁵', '2 × 10⁻⁵']);
  });
});
