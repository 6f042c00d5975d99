// The data table on demand: the chart's numbers as rows of text, the text alternative of a drawing.

import { describe, expect, it } from 'vitest';
import { dataTableOf } from '../../../src/charts/DataTable';
import type { HeatmapChart, IntervalsChart, TableChart, XYChart } from '../../../src/experiments/contract';

const xy: XYChart = {
  id: 'c',
  type: 'xy',
  title: 'T',
  x: { label: 'batch size b', scale: 'log' },
  y: { label: 'S', scale: 'linear' },
  series: [
    {
      id: 'a',
      label: 'M = 0',
      kind: 'theory',
      points: [
        { x: 4, y: 3.5 },
        { x: 1, y: 1 },
      ],
    },
    {
      id: 'b',
      label: 'simulated',
      kind: 'simulation',
      points: [
        { x: 2, y: 1.98765, lo: 1.9, hi: 2.1 },
        { x: 4, y: null, note: 'diverged' },
      ],
    },
    { id: 'h', label: 'hidden one', kind: 'bound', points: [{ x: 8, y: 1 }] },
  ],
};

describe('dataTableOf', () => {
  it('xy: one row per x (sorted, union of the visible series), a column per visible series', () => {
    const t = dataTableOf(xy, new Set(['h']))!;
    expect(t.columns).toEqual(['batch size b', 'M = 0', 'simulated']);
    expect(t.rows).toEqual([
      ['1', '1', ''],
      ['2', '', '1.988 (1.9–2.1)'],
      ['4', '3.5', 'diverged'],
    ]);
    expect(t.total).toBe(3);
  });

  it('xy: hidden series are left out, and rows are cut at the limit with the total kept', () => {
    const t = dataTableOf(xy, new Set(), undefined, 2)!;
    expect(t.columns).toHaveLength(4);
    expect(t.rows).toHaveLength(2);
    expect(t.total).toBe(4);
  });

  it('heatmap: rows × columns, labels before values, no value in words', () => {
    const h: HeatmapChart = {
      id: 'h',
      type: 'heatmap',
      title: 'H',
      x: { label: 'K', scale: 'band' },
      y: { label: 'P', scale: 'band' },
      cells: [
        { x: 1, y: 'a', value: 0.5 },
        { x: 2, y: 'a', value: 2, label: 'two' },
        { x: 1, y: 'b', value: null },
      ],
    };
    const t = dataTableOf(h)!;
    expect(t.columns).toEqual(['P \\ K', '1', '2']);
    expect(t.rows).toEqual([
      ['a', '0.5', 'two'],
      ['b', 'no value', ''],
    ]);
  });

  it('intervals: one row per bar with lane, start, end, state in words and its note', () => {
    const c: IntervalsChart = {
      id: 'i',
      type: 'intervals',
      title: 'I',
      x: { label: 'time', scale: 'linear' },
      y: { label: 'learner', scale: 'band' },
      rows: [{ lane: 'L1', start: 0, end: 1.25, state: 'stale', label: 'stale 2', note: 'read w_0' }],
    };
    const t = dataTableOf(c, undefined, (s) => `applied ${s}`)!;
    expect(t.columns).toEqual(['learner', 'start (time)', 'end (time)', 'state', 'note']);
    expect(t.rows).toEqual([['L1', '0', '1.25', 'applied stale', 'stale 2: read w_0']]);
  });

  it('a table chart has no second table', () => {
    const c: TableChart = { id: 't', type: 'table', title: 'T', columns: ['a'], rows: [[1]] };
    expect(dataTableOf(c)).toBeNull();
  });
});
