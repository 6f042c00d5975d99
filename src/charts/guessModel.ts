// "Predict first" on an xy chart, the pure parts: where a click on the plot falls in data values,
// a short name for an axis, and the sentence that compares a guess with the chart's x-marks
// (b_crit and the like). No DOM.

import type { Mark, XYChart } from '../experiments/contract';
import { formatValue } from './format';
import type { AxisModel } from './xyModel';

export interface GuessPoint {
  x: number;
  /** null for a typed guess (x only). */
  y: number | null;
}

/** A value rounded to `digits` significant digits (a click is not more precise than that). */
export function roundSignificant(v: number, digits = 3): number {
  return v === 0 || !Number.isFinite(v) ? v : Number(v.toPrecision(digits));
}

/**
 * The data value at pixel `px` of an axis (the inverse of its mapper): interpolated on linear and
 * time axes, in log space on log axes, the nearest labelled category on band axes. null off the axis.
 */
export function invertAxis(axis: AxisModel, px: number): number | null {
  const [r0, r1] = axis.range;
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  if (!Number.isFinite(px) || px < lo - 0.5 || px > hi + 0.5 || r0 === r1) return null;
  const t = (px - r0) / (r1 - r0);
  const [d0, d1] = axis.domain;
  if (axis.scale === 'band') {
    let best: number | null = null;
    let dist = Infinity;
    for (const tick of axis.ticks) {
      const d = Math.abs(tick.pos - px);
      if (d < dist) {
        dist = d;
        best = tick.value;
      }
    }
    return best;
  }
  if (axis.scale === 'log') {
    if (!(d0 > 0 && d1 > 0)) return null;
    return 10 ** (Math.log10(d0) + t * (Math.log10(d1) - Math.log10(d0)));
  }
  return d0 + t * (d1 - d0);
}

/**
 * The symbol an axis label ends in, before any explanation in parentheses ("batch size b" → "b",
 * "speedup S(b)" → "S(b)", "K (learners per update)" → "K"), or null when it ends in a word or
 * holds a formula ("iterations relative to b = 1").
 */
export function axisSymbol(label: string): string | null {
  const text = label.trim().replace(/\s+\([^()]*\)$/, '');
  if (/[=·−+×/]/.test(text)) return null;
  const words = text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const symbolLike = /^\p{L}/u.test(last) && !/^\p{Ll}{3,}$/u.test(last);
  if (!symbolLike || last.length > (words.length < 2 ? 3 : 6)) return null;
  return last;
}

/** "b = 64", or "batch: 64" when the axis has no symbol. */
export function valueOn(label: string, value: number): string {
  const symbol = axisSymbol(label);
  return symbol ? `${symbol} = ${formatValue(value)}` : `${label.trim()}: ${formatValue(value)}`;
}

/** The smallest and largest x of the chart's points (null without points): the range a guess can be drawn in. */
export function xRange(chart: XYChart): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of chart.series)
    for (const p of s.points) {
      if (!Number.isFinite(p.x) || (chart.x.scale === 'log' && p.x <= 0)) continue;
      lo = Math.min(lo, p.x);
      hi = Math.max(hi, p.x);
    }
  return lo <= hi ? [lo, hi] : null;
}

/** The mark against the guess in words: "1.6× yours", "yours is 2.5× larger", "within 10 % of yours". */
export function ratioPhrase(mark: number, guess: number): string {
  if (!(mark > 0 && guess > 0)) {
    const diff = mark - guess;
    return diff === 0
      ? 'exactly yours'
      : `${formatValue(Math.abs(diff), 3)} ${diff > 0 ? 'above' : 'below'} yours`;
  }
  const r = mark / guess;
  if (r >= 1 / 1.1 && r <= 1.1) return 'within 10 % of yours';
  return r > 1 ? `${formatValue(r, 2)}× yours` : `yours is ${formatValue(1 / r, 2)}× larger`;
}

/**
 * Where a guess is: "b = 64", with the clicked height when the y axis has a symbol ("b = 64
 * (S(b) = 30)"); a long y label would swamp the sentence.
 */
export function guessWhere(chart: XYChart, guess: GuessPoint): string {
  const ySymbol = axisSymbol(chart.y.label);
  const x = valueOn(chart.x.label, guess.x);
  return guess.y === null || ySymbol === null ? x : `${x} (${ySymbol} = ${formatValue(guess.y)})`;
}

const MAX_OTHER_MARKS = 5;

function markAt(xLabel: string, m: Mark): string {
  return `${m.label} at ${valueOn(xLabel, m.value)}`;
}

const xMarks = (chart: XYChart) =>
  (chart.marks ?? []).filter((m) => m.axis === 'x' && Number.isFinite(m.value));

/**
 * The one mark the question asks about, so that it has one right answer: the middle x-mark in value
 * (of 1, 2, 11, 101, 1001, 10001 for M = 0 … 10000: 101, the M = 100 curve's b_crit); null without marks.
 */
export function targetMark(chart: XYChart): Mark | null {
  const marks = xMarks(chart).sort((a, b) => a.value - b.value);
  return marks.length > 0 ? marks[Math.floor(marks.length / 2)] : null;
}

/** The curve a mark belongs to, from its label's parenthesis ("b_crit (M = 100)" → "M = 100"). */
export function markCurve(mark: Mark): string | null {
  return mark.label.match(/\(([^()]+)\)\s*$/)?.[1] ?? null;
}

/** The question: "Where will the M = 100 curve bend?" (the curve of `targetMark`). */
export function predictQuestion(chart: XYChart): string {
  const mark = targetMark(chart);
  const curve = mark ? markCurve(mark) : null;
  return curve && xMarks(chart).length > 1
    ? `Where will the ${curve} curve bend?`
    : 'Where will the curve bend?';
}

/**
 * The sentence shown on Reveal: the guess against the question's mark (`targetMark`: "Your guess: b = 64;
 * the answer is b_crit (M = 100) at b = 101 (1.6× yours)."), then the other marks; without marks: where
 * the guess is.
 */
export function guessComparison(chart: XYChart, guess: GuessPoint | null): string {
  const xLabel = chart.x.label;
  const marks = xMarks(chart);
  if (!guess) {
    if (marks.length === 0) return 'No guess was made.';
    return `No guess was made; the chart marks ${marks.map((m) => markAt(xLabel, m)).join(', ')}.`;
  }
  const where = guessWhere(chart, guess);
  if (marks.length === 0) return `Your guess: ${where}. This chart marks no value to compare it with.`;
  const target = targetMark(chart)!;
  const others = marks.filter((m) => m !== target);
  const intro = others.length > 0 ? 'the answer is' : 'the chart marks';
  let text = `Your guess: ${where}; ${intro} ${markAt(xLabel, target)} (${ratioPhrase(target.value, guess.x)}).`;
  if (others.length > 0) {
    const listed = others
      .sort((a, b) => a.value - b.value)
      .slice(0, MAX_OTHER_MARKS)
      .map((m) => markAt(xLabel, m));
    const more = others.length > MAX_OTHER_MARKS ? `, and ${others.length - MAX_OTHER_MARKS} more` : '';
    text += ` Other marks: ${listed.join(', ')}${more}.`;
  }
  return text;
}
