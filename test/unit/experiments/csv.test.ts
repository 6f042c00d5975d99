import { describe, expect, it } from 'vitest';
import type {
  Chart,
  HeatmapChart,
  IntervalsChart,
  TableChart,
  XYChart,
} from '../../../src/experiments/contract';
import { chartsToCsv, csvField } from '../../../src/experiments/csv';

const xy: XYChart = {
  id: 'speedup-vs-b',
  type: 'xy',
  title: 'Speedup',
  x: { label: 'b', scale: 'log' },
  y: { label: 'S', scale: 'log' },
  series: [
    {
      id: 'm-100',
      label: 'M = 100',
      kind: 'simulation',
      band: 'ci95',
      points: [
        { x: 1, y: 1, lo: 0.9, hi: 1.1 },
        { x: 2, y: null, note: 'diverged, "badly"\nat step 5' },
      ],
    },
    { id: 'theory', label: 'b(M+1)/(M+b)', kind: 'theory', points: [{ x: 0.5, y: 1e-7 }] },
  ],
};

const heat: HeatmapChart = {
  id: 'grid',
  type: 'heatmap',
  title: 'Grid',
  x: { label: 'P', scale: 'band' },
  y: { label: 'K', scale: 'band' },
  cells: [
    { x: 1, y: 'k,1', value: 0.25, label: 'a "b"' },
    { x: 2, y: 'k,1', value: null },
  ],
};

const heat2: HeatmapChart = { ...heat, id: 'grid-2', cells: [{ x: 'ksync', y: 3, value: 7 }] };

const timeline: IntervalsChart = {
  id: 'timeline',
  type: 'intervals',
  title: 'Timeline',
  x: { label: 't', scale: 'time' },
  y: { label: 'worker', scale: 'band' },
  rows: [
    { lane: 'w1', start: 0, end: 1.5, state: 'compute' },
    { lane: 'w 2', start: 1.5, end: 2, state: 'idle' },
  ],
};

const table: TableChart = {
  id: 'summary',
  type: 'table',
  title: 'Summary',
  columns: ['variant', 'time, s', 'note'],
  rows: [
    ['ksync', 12.5, null],
    ['kasync', 3, 'line1\r\nline2'],
  ],
};

describe('csvField', () => {
  it('leaves plain fields alone and prints numbers with String()', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(1e21)).toBe('1e+21');
    expect(csvField(-0.5)).toBe('-0.5');
  });
  it('leaves null and undefined empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, quotes, CR and LF (RFC 4180), doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('chartsToCsv', () => {
  it('writes xy points, with empty fields for null and absent values', () => {
    expect(chartsToCsv([xy])).toBe(
      'chart,series,kind,x,y,lo,hi,note\n' +
        'speedup-vs-b,m-100,simulation,1,1,0.9,1.1,\n' +
        'speedup-vs-b,m-100,simulation,2,,,,"diverged, ""badly""\nat step 5"\n' +
        'speedup-vs-b,theory,theory,0.5,1e-7,,,\n',
    );
  });

  it('follows the xy table with one table per other type, each after a blank line', () => {
    const charts: Chart[] = [table, heat, xy, timeline, heat2];
    expect(chartsToCsv(charts)).toBe(
      'chart,series,kind,x,y,lo,hi,note\n' +
        'speedup-vs-b,m-100,simulation,1,1,0.9,1.1,\n' +
        'speedup-vs-b,m-100,simulation,2,,,,"diverged, ""badly""\nat step 5"\n' +
        'speedup-vs-b,theory,theory,0.5,1e-7,,,\n' +
        '\n' +
        'chart,variant,"time, s",note\n' +
        'summary,ksync,12.5,\n' +
        'summary,kasync,3,"line1\r\nline2"\n' +
        '\n' +
        'chart,x,y,value,label\n' +
        'grid,1,"k,1",0.25,"a ""b"""\n' +
        'grid,2,"k,1",,\n' +
        'grid-2,ksync,3,7,\n' +
        '\n' +
        'chart,lane,start,end,state\n' +
        'timeline,w1,0,1.5,compute\n' +
        'timeline,w 2,1.5,2,idle\n',
    );
  });

  it('starts with the first other table when there is no xy chart', () => {
    expect(chartsToCsv([timeline])).toBe(
      'chart,lane,start,end,state\ntimeline,w1,0,1.5,compute\ntimeline,w 2,1.5,2,idle\n',
    );
    expect(chartsToCsv([heat2, timeline]).split('\n')[0]).toBe('chart,x,y,value,label');
  });

  it('gives the xy header alone for no charts, and for an xy chart without points', () => {
    expect(chartsToCsv([])).toBe('chart,series,kind,x,y,lo,hi,note\n');
    expect(chartsToCsv([{ ...xy, series: [] }])).toBe('chart,series,kind,x,y,lo,hi,note\n');
  });

  it('writes an empty table chart as its header', () => {
    expect(chartsToCsv([{ ...table, rows: [] }])).toBe('chart,variant,"time, s",note\n');
  });
});
