// Number formatting for tick labels and read-outs. Pure; no DOM.

import type { BandKind } from '../experiments/contract';
import { SUP } from './typeset';

/** Typographic minus sign, used in every label (CSV and JSON keep `String(x)`). */
export const MINUS = '\u2212';

/** An integer in superscript digits: `superscript(-3)` is `⁻³`. */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUP[c] ?? c)
    .join('');
}

/** `base` to the power `exp` written as `2¹⁴` or `10⁻³`. */
export function formatPower(base: number, exp: number): string {
  return `${base}${superscript(exp)}`;
}

function withMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

/** Removes trailing zeros of a decimal fraction: `1.500` → `1.5`, `2.000` → `2`. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `m × 10ⁿ` with `digits` significant digits in the mantissa (trailing zeros trimmed). */
export function formatScientific(v: number, digits = 4): string {
  const [mantissa, exponent] = v.toExponential(Math.max(0, digits - 1)).split('e');
  const m = trimZeros(mantissa);
  const power = `10${superscript(Number(exponent))}`;
  if (m === '1') return power;
  if (m === '-1') return MINUS + power;
  return `${withMinus(m)} × ${power}`;
}

/**
 * A value for the read-out: integers below a million exactly (`16384`), other numbers with
 * `digits` significant digits (`0.001234`, `12.35`), and very large or small ones as `1.235 × 10⁵`.
 */
export function formatValue(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : MINUS + '∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (Number.isInteger(v) && a < 1e6) return withMinus(String(v));
  if (a >= 1e-3 && a < 1e4) return withMinus(String(Number(v.toPrecision(digits))));
  return formatScientific(v, digits);
}

/** A lo–hi band in words: `0.9–1.1`. */
export function formatRange(lo: number | undefined, hi: number | undefined, digits = 4): string {
  return `${formatValue(lo, digits)}–${formatValue(hi, digits)}`;
}

/** What a band is, in words, for the read-out and the legend. */
export function bandLabel(band: BandKind | undefined): string {
  switch (band) {
    case 'quantile':
      return '2.5–97.5 % quantiles';
    case 'minmax':
      return 'min–max';
    default:
      return '95 % CI';
  }
}

const SUFFIXES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/**
 * A compact tick label: `0.005`, `20`, `2500`, `12k`, `1.5M`, tiny or huge numbers as `2 × 10⁻⁷`.
 * Floating-point noise (`0.30000000000000004`) is removed.
 */
export function formatCompact(v: number): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return formatValue(v);
  const a = Math.abs(v);
  if (a >= 1e4 && a < 1e15) {
    const [unit, suffix] = SUFFIXES.find(([u]) => a >= u)!;
    return withMinus(String(Number((v / unit).toPrecision(3)))) + suffix;
  }
  if (a >= 1e-4 && a < 1e4) return withMinus(String(Number(v.toPrecision(6))));
  return formatScientific(v, 3);
}

/**
 * Labels for a set of evenly spaced linear ticks, all with the same number of decimals (`0.0`,
 * `0.5`, `1.0` → `0`, `0.5`, `1`: trailing zeros trimmed), and in thousands or millions when the
 * largest tick reaches 10 000 (`0`, `5k`, `10k`).
 */
export function formatLinearTicks(values: readonly number[]): string[] {
  if (values.length === 0) return [];
  const max = Math.max(...values.map(Math.abs));
  const step = values.length > 1 ? Math.abs(values[1] - values[0]) : max || 1;
  if (max !== 0 && (max < 1e-4 || max >= 1e15))
    return values.map((v) => (v === 0 ? '0' : formatScientific(v, 3)));
  let unit = 1;
  let suffix = '';
  if (max >= 1e4) [unit, suffix] = SUFFIXES.find(([u]) => max >= u)!;
  const tolerance = (step / unit) * 1e-6;
  let decimals = 0;
  while (
    decimals < 12 &&
    values.some((v) => Math.abs(Number((v / unit).toFixed(decimals)) - v / unit) > tolerance)
  ) {
    decimals++;
  }
  return values.map((v) => {
    if (v === 0) return '0';
    return withMinus(trimZeros((v / unit).toFixed(decimals))) + suffix;
  });
}

/** Significant digits of a decimal numeral as written (`0.00120` → 3, `57482.2643` → 9). */
function significantDigits(numeral: string): number {
  const digits = numeral.replace(/^[-−]/, '').replace('.', '').replace(/^0+/, '');
  return digits.length;
}

/**
 * A number for a reader: 3 significant digits, 4 from 1000 up (so that b_crit 100,000 and 100,100
 * stay apart), grouped in thousands (`57482.26` → `57,480`, `1.23456` → `1.23`).
 */
export function formatReadable(v: number): string {
  if (!Number.isFinite(v)) return formatValue(v);
  const digits = Math.abs(v) >= 999.5 ? 4 : 3;
  const rounded = Number(v.toPrecision(digits));
  const a = Math.abs(rounded);
  if (a !== 0 && (a < 1e-3 || a >= 1e9)) return formatScientific(rounded, digits);
  return withMinus(rounded.toLocaleString('en-US', { maximumSignificantDigits: digits }));
}

/**
 * Text a chart shows (a summary, a mark's label, a legend entry), with every decimal written to more
 * than 4 significant digits rounded for a reader (`formatReadable`), and its `=` made `≈` (`b_crit = 57482.2643678161`
 * → `b_crit ≈ 57,480`). Integers and short decimals stay as written; the JSON and CSV keep the text
 * as the experiments wrote it.
 */
export function readableNumbers(text: string): string {
  return text.replace(
    /(=\s*)?(-?\d+\.\d+)(?![\d.])/g,
    (whole, equals: string | undefined, numeral: string) => {
      if (significantDigits(numeral) <= 4) return whole;
      const readable = formatReadable(Number(numeral));
      return equals ? `≈ ${readable}` : readable;
    },
  );
}
