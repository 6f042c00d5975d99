import { describe, expect, it } from 'vitest';
import { withGhostDomain } from '../../../src/charts/ghosts';
import {
  axisSymbol,
  guessComparison,
  invertAxis,
  predictQuestion,
  ratioPhrase,
  roundSignificant,
  targetMark,
  valueOn,
  xRange,
} from '../../../src/charts/guessModel';
import { canvasMeasure } from '../../../src/charts/text';
import { buildXYModel } from '../../../src/charts/xyModel';
import type { XYChart } from '../../../src/experiments/contract';

const speedup = (marks: number[]): XYChart => ({
  type: 'xy',
  id: 'speedup-vs-b',
  title: 'Speedup',
  x: { label: 'batch size b', scale: 'log' },
  y: { label: 'speedup S(b)', scale: 'log' },
  marks: marks.map((v) => ({ axis: 'x', value: v, label: `b_crit (M = ${v - 1})` })),
  series: [
    {
      id: 'm',
      label: 'M',
      kind: 'approximation',
      points: [1, 10, 100, 1000].map((x) => ({ x, y: x })),
    },
  ],
});

describe('where a click falls, in data values', () => {
  const model = buildXYModel({
    chart: speedup([]),
    width: 600,
    height: 400,
    measure: canvasMeasure('sans-serif'),
  });

  it('inverts the log x axis and the log y axis (round trip within 1e-9 relative)', () => {
    for (const v of [1.5, 64, 101, 900]) {
      expect(invertAxis(model.x, model.x.map(v))! / v).toBeCloseTo(1, 9);
      expect(invertAxis(model.y, model.y.map(v))! / v).toBeCloseTo(1, 9);
    }
  });

  it('inverts a linear axis and gives null off the axis', () => {
    const lin = buildXYModel({
      chart: { ...speedup([]), x: { label: 't', scale: 'linear' } },
      width: 600,
      height: 400,
      measure: canvasMeasure('sans-serif'),
    });
    expect(invertAxis(lin.x, lin.x.map(250))).toBeCloseTo(250, 9);
    expect(invertAxis(lin.x, lin.x.range[1] + 20)).toBeNull();
    expect(invertAxis(lin.x, Number.NaN)).toBeNull();
  });

  it('rounds a click to 3 significant digits', () => {
    expect(roundSignificant(63.7382)).toBe(63.7);
    expect(roundSignificant(12345)).toBe(12300);
    expect(roundSignificant(0.0012345)).toBe(0.00123);
    expect(roundSignificant(0)).toBe(0);
  });
});

describe('the range a guess can be drawn in', () => {
  it('spans the points of every series (positive ones only on a log axis)', () => {
    const chart = speedup([101]);
    expect(xRange(chart)).toEqual([1, 1000]);
    chart.series.push({
      id: 'z',
      label: 'z',
      kind: 'reference',
      points: [
        { x: 0, y: 1 },
        { x: 5000, y: 2 },
      ],
    });
    expect(xRange(chart)).toEqual([1, 5000]);
    expect(xRange({ ...chart, series: [] })).toBeNull();
  });
});

describe('axis names in the sentence', () => {
  it('uses the trailing symbol of a label, or the label when it ends in a word or a formula', () => {
    expect(axisSymbol('batch size b')).toBe('b');
    expect(axisSymbol('speedup S(b)')).toBe('S(b)');
    expect(axisSymbol('workers K')).toBe('K');
    expect(axisSymbol('iterations relative to b = 1')).toBeNull();
    expect(axisSymbol('steps to target')).toBeNull();
    expect(axisSymbol('time')).toBeNull();
    expect(axisSymbol('K (learners or mini-batches per update)')).toBe('K');
    expect(axisSymbol('delay parameter τ (max delay + 1)')).toBe('τ');
    expect(axisSymbol('number of learners P')).toBe('P');
    expect(axisSymbol('(steps / τ) / steps at τ = 1')).toBeNull();
    expect(axisSymbol('wall-clock time')).toBeNull();
    expect(valueOn('batch size b', 64)).toBe('b = 64');
    expect(valueOn('steps to target', 1200)).toBe('steps to target: 1200');
  });
});

describe('the comparison shown on Reveal', () => {
  it('compares the guess with the one x-mark as a ratio', () => {
    expect(guessComparison(speedup([101]), { x: 64, y: null })).toBe(
      'Your guess: b = 64; the chart marks b_crit (M = 100) at b = 101 (1.6× yours).',
    );
  });

  it('scores against the question’s one mark (the middle one), not the nearest, and lists the others in order', () => {
    const chart = speedup([11, 1001, 101]);
    expect(predictQuestion(chart)).toBe('Where will the M = 100 curve bend?');
    // 1001 is nearer to 900 than 101 is; the question asked about M = 100.
    expect(guessComparison(chart, { x: 900, y: 20 })).toBe(
      'Your guess: b = 900 (S(b) = 20); the answer is b_crit (M = 100) at b = 101 (yours is 8.9× larger). Other marks: b_crit (M = 10) at b = 11, b_crit (M = 1000) at b = 1001.',
    );
    expect(targetMark(speedup([1, 2, 11, 101, 1001, 10001]))?.value).toBe(101);
    expect(predictQuestion(speedup([101]))).toBe('Where will the curve bend?');
  });

  it('leaves out the clicked height when the y axis has no symbol', () => {
    const chart = { ...speedup([101]), y: { label: 'steps(b) / steps(1)', scale: 'log' as const } };
    expect(guessComparison(chart, { x: 64, y: 0.01 })).toBe(
      'Your guess: b = 64; the chart marks b_crit (M = 100) at b = 101 (1.6× yours).',
    );
  });

  it('says where the guess is when the chart marks nothing, and what the marks are without a guess', () => {
    expect(guessComparison(speedup([]), { x: 64, y: null })).toBe(
      'Your guess: b = 64. This chart marks no value to compare it with.',
    );
    expect(guessComparison(speedup([101]), null)).toBe(
      'No guess was made; the chart marks b_crit (M = 100) at b = 101.',
    );
  });

  it('phrases ratios both ways, close calls, and non-positive values as differences', () => {
    expect(ratioPhrase(101, 64)).toBe('1.6× yours');
    expect(ratioPhrase(10, 40)).toBe('yours is 4× larger');
    expect(ratioPhrase(105, 100)).toBe('within 10 % of yours');
    expect(ratioPhrase(-2, 3)).toBe('5 below yours');
  });
});

describe('ghost layout', () => {
  it('appends the ghosts under their own ids so that the axes cover them, leaving the live series first', () => {
    const live = speedup([]);
    const ghost = {
      ...live.series[0],
      points: [
        { x: 1, y: 1 },
        { x: 8000, y: 8000 },
      ],
    };
    const { chart, ghostIds } = withGhostDomain(live, [ghost]);
    expect(chart.series.map((s) => s.id)).toEqual(['m', 'pinned:m']);
    expect(ghostIds).toEqual(['pinned:m']);
    const measure = canvasMeasure('sans-serif');
    const plain = buildXYModel({ chart: live, width: 600, height: 400, measure });
    const wide = buildXYModel({ chart, width: 600, height: 400, measure, hidden: new Set(ghostIds) });
    expect(plain.x.domain[1]).toBeLessThan(1500); // 1000 padded by 4 % of 3 decades
    expect(wide.x.domain[1]).toBeGreaterThan(8000);
    // Hidden ghosts are neither snapped to nor read out.
    expect(wide.snap.values).toEqual([1, 10, 100, 1000]);
  });
});
