import { describe, expect, it } from 'vitest';
import { buildHeatmapModel, categoryOrder, heatColorScale } from '../../../src/charts/heatmapModel';
import { buildIntervalsModel, laneOrder } from '../../../src/charts/intervalsModel';
import { stateColors } from '../../../src/charts/palette';
import { estimateTextWidth } from '../../../src/charts/text';
import type { HeatmapChart, IntervalsChart } from '../../../src/experiments/contract';

describe('heatmap', () => {
  const chart: HeatmapChart = {
    id: 'h',
    type: 'heatmap',
    title: 'H',
    x: { label: 'P', scale: 'band' },
    y: { label: 'K', scale: 'band' },
    cells: [
      { x: 4, y: 1, value: 10 },
      { x: 2, y: 1, value: 20 },
      { x: 4, y: 2, value: null, label: 'K > P' },
      { x: 2, y: 2, value: 30 },
    ],
  };

  it('orders numeric categories ascending and words by appearance', () => {
    expect(categoryOrder([4, 2, 4, 8])).toEqual([2, 4, 8]);
    expect(categoryOrder(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });

  it('lays cells out on a grid, numeric y growing upwards, null cells uncoloured', () => {
    const m = buildHeatmapModel({ chart, width: 600, height: 372, measure: estimateTextWidth });
    const [c41, c21, c42, c22] = m.cells;
    expect(c21.x).toBeLessThan(c41.x);
    expect(c42.y).toBeLessThan(c41.y);
    expect(c22.x).toBe(c21.x);
    expect(c42.fill).toBeNull();
    expect(c42.text).toBe('K > P');
    expect(c41.fill).toMatch(/^rgb|^#/);
    expect(m.legend.x).toBeGreaterThan(m.plot.right);
  });

  it('uses a log colour scale for positive values spanning two decades', () => {
    expect(heatColorScale([1, 1000]).log).toBe(true);
    expect(heatColorScale([0, 1000]).log).toBe(false);
    expect(heatColorScale([null]).domain).toEqual([0, 1]);
    expect(heatColorScale([5, 5]).domain).toEqual([4, 6]);
  });
});

describe('intervals', () => {
  const chart: IntervalsChart = {
    id: 'i',
    type: 'intervals',
    title: 'I',
    x: { label: 't', scale: 'time' },
    y: { label: 'worker', scale: 'band' },
    rows: [
      { lane: 'w2', start: 0, end: 1, state: 'compute' },
      { lane: 'w1', start: 0.5, end: 2, state: 'idle' },
      { lane: 'w2', start: 1, end: 3, state: 'push' },
    ],
  };

  it('keeps lanes in order of appearance and maps time linearly', () => {
    expect(laneOrder(chart.rows)).toEqual(['w2', 'w1']);
    const m = buildIntervalsModel({ chart, width: 600, height: 372, measure: estimateTextWidth });
    const [a, b, c] = m.boxes;
    expect(a.y).toBe(c.y);
    expect(b.y).toBeGreaterThan(a.y);
    expect(a.x).toBeCloseTo(m.plot.left, 6);
    expect(c.x + c.w).toBeCloseTo(m.plot.right, 6);
    expect(c.w).toBeCloseTo(2 * a.w, 6);
  });

  it('colours states by first appearance, idle states neutral', () => {
    const colors = stateColors(['compute', 'idle', 'push', 'compute']);
    expect([...colors.keys()]).toEqual(['compute', 'idle', 'push']);
    expect(colors.get('idle')).toContain('--chart-idle');
    expect(colors.get('compute')).not.toBe(colors.get('push'));
  });
});
