import { describe, expect, it } from 'vitest';
import {
  chartCsv,
  chartJson,
  exportFileName,
  footerLines,
  pngTextOf,
  runOutputFor,
  visibleChart,
} from '../../../src/charts/export';
import { OKABE_ITO, paletteColor, seriesColors, seriesStyle } from '../../../src/charts/palette';
import type { TableChart, XYChart } from '../../../src/experiments/contract';

const chart: XYChart = {
  id: 'speedup-vs-b',
  type: 'xy',
  title: 'Speedup',
  x: { label: 'b', scale: 'log' },
  y: { label: 'S', scale: 'log' },
  series: [
    { id: 'a', label: 'A', kind: 'theory', points: [{ x: 1, y: 1 }] },
    { id: 'b', label: 'B', kind: 'simulation', points: [{ x: 1, y: 2 }] },
  ],
};
const context = {
  version: '0.1.0',
  link: '?v=1&view=speedup&seed=1',
  view: 'speedup',
  params: { M: [100] },
  notices: [],
};

describe('exports', () => {
  it('filters hidden series out of what is exported', () => {
    const shown = visibleChart(chart, new Set(['a'])) as XYChart;
    expect(shown.series.map((s) => s.id)).toEqual(['b']);
    expect(chart.series).toHaveLength(2);
    const table: TableChart = { id: 't', type: 'table', title: 'T', columns: ['a'], rows: [[1]] };
    expect(visibleChart(table, new Set(['a']))).toBe(table);
  });

  it('wraps the chart in the CLI envelope, fields in the CLI order', () => {
    const out = runOutputFor(context, chart);
    expect(Object.keys(out)).toEqual(['version', 'link', 'view', 'params', 'notices', 'charts']);
    expect(out.charts).toEqual([chart]);
    expect(JSON.parse(chartJson(context, chart))).toEqual(out);
  });

  it('exports CSV with the shared writer', () => {
    expect(chartCsv(chart)).toBe(
      'chart,series,kind,x,y,lo,hi,note\nspeedup-vs-b,a,theory,1,1,,,\nspeedup-vs-b,b,simulation,1,2,,,\n',
    );
  });

  // Every SVG and PNG says which version drew it and from which link (DESIGN.md: reproducible).
  it("writes the app version and the whole link into the figure's footer, in lines that fit", () => {
    const perChar = (t: string, size: number) => t.length * size * 0.5; // 5.5 px a character at 11 px
    const link = '?v=1&view=speedup&M=0,100&bmax=10&seed=1';
    expect(footerLines('0.1.0', link, 1000, 11, perChar)).toEqual([`Parallel SGD Explorer 0.1.0 · ${link}`]);
    const narrow = footerLines('0.1.0', link, 28 * 5.5, 11, perChar);
    expect(narrow).toEqual(['Parallel SGD Explorer 0.1.0', '· ?v=1&view=speedup&M=0,100', '&bmax=10&seed=1']);
    for (const line of narrow) expect(perChar(line, 11)).toBeLessThanOrEqual(28 * 5.5);
    // A parameter wider than the figure is cut, and nothing of the link is lost.
    const quantiles = `?v=1&view=kvariants&dist=quantiles(${Array.from({ length: 40 }, (_, i) => i + 1).join(',')})&seed=1`;
    const cut = footerLines('0.1.0', quantiles, 40 * 5.5, 11, perChar);
    for (const line of cut) expect(line.length).toBeLessThanOrEqual(40);
    expect(cut.join('').replace(/ /g, '')).toBe(`ParallelSGDExplorer0.1.0·${quantiles}`);
    expect(footerLines('0.1.0', '', 1000, 11, perChar)).toEqual(['Parallel SGD Explorer 0.1.0']);
  });

  it("reads a PNG's text chunks from the exported SVG's title and metadata", () => {
    const meta = JSON.stringify({ app: 'Parallel SGD Explorer', version: '0.1.0', link: context.link });
    expect(pngTextOf('Speedup', meta)).toEqual({
      Title: 'Speedup',
      Software: 'Parallel SGD Explorer 0.1.0',
      Source: context.link,
    });
    expect(pngTextOf('', 'not json')).toEqual({});
  });

  it('names files <view>-<chart id>.<ext>', () => {
    expect(exportFileName('speedup', 'speedup-vs-b', 'svg')).toBe('speedup-speedup-vs-b.svg');
    expect(exportFileName('a/b', 'x y', 'png')).toBe('a-b-x-y.png');
  });
});

describe('palette', () => {
  it('colours references grey unless tied to a quantity, and others by colorIndex or order', () => {
    const colors = seriesColors([
      { kind: 'reference' },
      { kind: 'theory' },
      { kind: 'theory', colorIndex: 5 },
      { kind: 'bound' },
      { kind: 'reference', colorIndex: 3 },
    ]);
    expect(colors[0]).toContain('--chart-reference');
    expect(colors[4]).toBe(paletteColor(3));
    expect(colors[1]).toBe(paletteColor(0));
    expect(colors[2]).toBe(paletteColor(5));
    expect(colors[3]).toBe(paletteColor(2));
    expect(paletteColor(8)).toBe(paletteColor(0));
    expect(paletteColor(1)).toBe(`var(--chart-c1, ${OKABE_ITO[1]})`);
  });

  it('draws only theory solid; bounds and approximations dashed; simulations as points', () => {
    expect(seriesStyle('theory', 'c').dash).toBeUndefined();
    expect(seriesStyle('theory', 'c', true).dash).toBeDefined();
    expect(seriesStyle('bound', 'c').dash).toBeDefined();
    expect(seriesStyle('approximation', 'c').dash).toBeDefined();
    expect(seriesStyle('approximation', 'c').dash).not.toBe(seriesStyle('bound', 'c').dash);
    expect(seriesStyle('reference', 'c').width).toBeLessThan(seriesStyle('theory', 'c').width);
    expect(seriesStyle('simulation', 'c').marker).toBe('dot');
    expect(seriesStyle('measured', 'c').marker).toBe('ring');
  });
});
