import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/charts/text';
import { labelsFit } from '../../../src/charts/ticks';
import { buildXYModel, readoutRows, snapX, type XYModel } from '../../../src/charts/xyModel';
import type { XYChart } from '../../../src/experiments/contract';

const pow2 = Array.from({ length: 15 }, (_, i) => 2 ** i);
const dense = Array.from({ length: 100 }, (_, i) => 2 ** ((14 * i) / 99));
const S = (b: number, M: number) => (b * (M + 1)) / (M + b);

const chart: XYChart = {
  id: 'speedup-vs-b',
  type: 'xy',
  title: 'Speedup',
  x: { label: 'Batch size b', scale: 'log' },
  y: { label: 'Speedup S(b)', scale: 'log' },
  marks: [
    { axis: 'x', value: 101, label: 'b_crit (M = 100)' },
    { axis: 'x', value: 120, label: 'b_opt (M = 100)' },
    { axis: 'y', value: 50, label: 'half way' },
  ],
  series: [
    {
      id: 'linear',
      label: 'Linear',
      kind: 'reference',
      points: [
        { x: 1, y: 1 },
        { x: 16384, y: 16384 },
      ],
    },
    {
      id: 'theory',
      label: 'Theory',
      kind: 'theory',
      colorIndex: 2,
      points: dense.map((b) => ({ x: b, y: S(b, 100) })),
    },
    {
      id: 'sim',
      label: 'Simulation',
      kind: 'simulation',
      colorIndex: 2,
      points: pow2.map((b) =>
        b === 16384
          ? { x: b, y: null, note: 'diverged' }
          : { x: b, y: S(b, 100), lo: S(b, 100) * 0.9, hi: S(b, 100) * 1.1 },
      ),
    },
    {
      id: 'zero',
      label: 'Has a zero',
      kind: 'measured',
      points: [
        { x: 4, y: 0 },
        { x: 8, y: 3 },
      ],
    },
  ],
};

const build = (width: number, height: number, hidden?: Set<string>): XYModel =>
  buildXYModel({ chart, width, height, hidden, measure: estimateTextWidth });

describe.each([
  [1280, 560],
  [1440, 560],
  [390, 260],
])('layout at %i × %i', (width, height) => {
  const m = build(width, height);

  it('keeps every tick label inside the SVG and apart from its neighbours', () => {
    for (const t of m.x.ticks) {
      const w = estimateTextWidth(t.label, m.fontSize);
      expect(t.pos - w / 2).toBeGreaterThanOrEqual(0);
      expect(t.pos + w / 2).toBeLessThanOrEqual(width);
    }
    const fits = (axis: 'x' | 'y') =>
      labelsFit(
        { values: m[axis].ticks.map((t) => t.value), labels: m[axis].ticks.map((t) => t.label) },
        {
          orientation: axis,
          position: m[axis].map,
          width: (l) => estimateTextWidth(l, m.fontSize),
          fontSize: m.fontSize,
        },
      );
    expect(fits('x')).toBe(true);
    expect(fits('y')).toBe(true);
    for (const t of m.y.ticks)
      expect(m.plot.left - 8 - estimateTextWidth(t.label, m.fontSize)).toBeGreaterThanOrEqual(0);
  });

  it('labels batch sizes with powers of two', () => {
    expect(m.x.ticks[0].value).toBe(1);
    for (const t of m.x.ticks) expect(Math.log2(t.value) % 1).toBe(0);
    if (width >= 1280) expect(m.x.ticks.map((t) => t.value)).toEqual(pow2);
  });

  it('puts x-mark labels that would collide in different rows', () => {
    const xs = m.marks.filter((k) => k.mark.axis === 'x');
    expect(xs).toHaveLength(2);
    const [a, b] = xs;
    const overlapX = Math.abs(a.labelX - b.labelX) < (a.labelWidth + b.labelWidth) / 2;
    if (overlapX) expect(a.labelY).not.toBe(b.labelY);
    for (const k of xs) expect(k.labelY).toBeLessThan(m.plot.top);
  });
});

describe('domains and styles', () => {
  const m = build(800, 500);

  it('takes the y domain from finite positive values and bands, ignoring nulls and zeros', () => {
    const [lo, hi] = m.y.domain;
    expect(lo).toBeLessThan(0.9);
    expect(lo).toBeGreaterThan(0.5);
    expect(hi).toBeGreaterThan(16384);
    expect(m.x.domain[0]).toBeLessThan(1);
    expect(m.x.domain[1]).toBeGreaterThan(16384);
  });

  it('draws references first and in grey, and colours by colorIndex', () => {
    expect(m.series[0].series.id).toBe('linear');
    expect(m.series[0].style.color).toContain('--chart-reference');
    const theory = m.series.find((s) => s.series.id === 'theory')!;
    const sim = m.series.find((s) => s.series.id === 'sim')!;
    expect(theory.style.color).toBe(sim.style.color);
    expect(theory.style.dash).toBeUndefined();
    expect(sim.style.marker).toBe('dot');
    expect(sim.bandMode).toBe('bars');
  });
});

describe('crosshair', () => {
  const m = build(1280, 560);

  it('snaps to a simulated point within the radius, else to the nearest point of any series', () => {
    const at64 = m.x.map(64);
    expect(snapX(m.snap, at64 + 10, 24)).toBe(64);
    const between = m.x.map(Math.sqrt(64 * 128));
    const snapped = snapX(m.snap, between, 24)!;
    expect(snapped).not.toBe(64);
    expect(snapped).not.toBe(128);
    expect(Math.abs(m.x.map(snapped) - between)).toBeLessThan(6);
  });

  it('reads every visible series, with the note for a missing value', () => {
    const rows = readoutRows(m, 16384);
    const byId = Object.fromEntries(rows.map((r) => [r.model.series.id, r.point]));
    expect(byId.sim).toEqual({ x: 16384, y: null, note: 'diverged' });
    expect(byId.theory.x).toBeCloseTo(16384, 6);
    expect(byId.linear).toEqual({ x: 16384, y: 16384 });
  });

  it('leaves hidden series out of the snap targets and the read-out', () => {
    const h = build(1280, 560, new Set(['sim', 'theory']));
    expect(h.snap.discreteValues).toEqual([4, 8]);
    expect(readoutRows(h, 8).map((r) => r.model.series.id)).toEqual(['zero']);
    expect(h.series.find((s) => s.series.id === 'sim')!.visible).toBe(false);
  });
});

describe('band and time axes', () => {
  it('places band categories evenly and treats time as linear', () => {
    const m = buildXYModel({
      chart: {
        id: 'c',
        type: 'xy',
        title: 'C',
        x: { label: 'variant', scale: 'band' },
        y: { label: 't', scale: 'time' },
        series: [
          { id: 's', label: 'S', kind: 'measured', points: [1, 2, 16].map((x) => ({ x, y: x * 10 })) },
        ],
      },
      width: 600,
      height: 372,
      measure: estimateTextWidth,
    });
    const [a, b, c] = [1, 2, 16].map(m.x.map);
    expect(b - a).toBeCloseTo(c - b, 9);
    expect(m.x.ticks.map((t) => t.label)).toEqual(['1', '2', '16']);
    expect(m.y.map(80) - m.y.map(160)).toBeCloseTo(m.y.map(0) - m.y.map(80), 9);
  });
});

describe('crowding at presentation type (font scale 2)', () => {
  const crowded: XYChart = {
    ...chart,
    marks: [
      { axis: 'x', value: 1, label: 'b_crit (M = 0)' },
      { axis: 'x', value: 2, label: 'b_crit (M = 1)' },
      { axis: 'x', value: 10001, label: 'b_crit (M = 10000)' },
    ],
  };
  for (const width of [520, 835, 1218]) {
    const m = buildXYModel({ chart: crowded, width, height: 480, fontScale: 2, measure: estimateTextWidth });

    it(`keeps mark labels off the y tick labels and inside the chart (${width} px)`, () => {
      for (const mark of m.marks.filter((k) => k.anchor === 'middle')) {
        const left = mark.labelX - mark.labelWidth / 2;
        // The y tick labels sit left of the plot; the top one rises into the first row of marks.
        expect(left, mark.text).toBeGreaterThanOrEqual(m.plot.left);
        expect(mark.labelX + mark.labelWidth / 2, mark.text).toBeLessThanOrEqual(width);
      }
    });

    it(`keeps the first and last x tick labels inside the chart (${width} px)`, () => {
      const ticks = m.x.ticks;
      const first = ticks[0];
      const last = ticks[ticks.length - 1];
      expect(first.pos - estimateTextWidth(first.label, m.fontSize) / 2).toBeGreaterThanOrEqual(0);
      expect(last.pos + estimateTextWidth(last.label, m.fontSize) / 2).toBeLessThanOrEqual(width);
    });
  }
});
