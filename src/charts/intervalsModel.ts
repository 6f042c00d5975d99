// Layout of an intervals chart (timelines): lanes on a band scale, time on a linear scale.
// Pure (d3 scales only); no DOM.

import { scaleBand } from 'd3';
import type { IntervalsChart } from '../experiments/contract';
import { computeDomain, makeMapper } from './scales';
import type { Measure } from './text';
import { wrapText } from './text';
import { chooseTicks, linearTickCandidates } from './ticks';
import { TICK_LENGTH } from './xyModel';

export interface IntervalBox {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  row: IntervalsChart['rows'][number];
}

export interface IntervalsModel {
  fontSize: number;
  labelFontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  boxes: IntervalBox[];
  lanes: { lane: string; pos: number; label: string }[];
  xTicks: { value: number; pos: number; label: string }[];
  xLabelLines: string[];
  yLabelLines: string[];
}

/** Lanes in order of first appearance. */
export function laneOrder(rows: IntervalsChart['rows']): string[] {
  return [...new Set(rows.map((r) => r.lane))];
}

export function buildIntervalsModel(input: {
  chart: IntervalsChart;
  width: number;
  height: number;
  fontScale?: number;
  measure: Measure;
}): IntervalsModel {
  const { chart, width, height, measure } = input;
  const scale = input.fontScale ?? 1;
  const fontSize = (width < 480 ? 11 : 12) * scale;
  const labelFontSize = (width < 480 ? 11.5 : 13) * scale;
  const labelLine = labelFontSize * 1.25;
  const lanes = laneOrder(chart.rows);
  const yLabelLines = chart.y.label ? wrapText(chart.y.label, width - 8, labelFontSize, measure) : [];
  const xLabelLines = chart.x.label ? wrapText(chart.x.label, width - 16, labelFontSize, measure) : [];
  const laneWidth = Math.max(0, ...lanes.map((l) => measure(l, fontSize)));
  const left = Math.ceil(Math.min(width * 0.3, laneWidth) + 12);
  const top = yLabelLines.length * labelLine + 10;
  let right = width - 16;
  const bottom =
    height - (TICK_LENGTH + 3 + fontSize + (xLabelLines.length ? 10 + xLabelLines.length * labelLine : 6));

  const domain = computeDomain(
    chart.rows.flatMap((r) => [r.start, r.end]),
    'linear',
    0,
  );
  const candidates = linearTickCandidates(domain);
  let map = makeMapper('linear', domain, [left, right]);
  const ticks = chooseTicks(candidates, {
    orientation: 'x',
    position: map,
    width: (l) => measure(l, fontSize),
    fontSize,
    minSpacing: 56 * scale,
  });
  const lastW = ticks.labels.length ? measure(ticks.labels[ticks.labels.length - 1], fontSize) : 0;
  const lastPos = ticks.values.length ? map(ticks.values[ticks.values.length - 1]) : 0;
  const over = lastPos + lastW / 2 - (width - 2);
  if (over > 0) {
    right -= over;
    map = makeMapper('linear', domain, [left, right]);
  }

  const ys = scaleBand<string>().domain(lanes).range([top, bottom]).paddingInner(0.25).paddingOuter(0.1);
  const h = ys.bandwidth();
  const boxes: IntervalBox[] = chart.rows.map((row, i) => {
    const x0 = map(row.start);
    const x1 = map(row.end);
    return {
      key: `${i}`,
      x: Math.min(x0, x1),
      y: ys(row.lane) ?? 0,
      w: Math.max(0.75, Math.abs(x1 - x0)),
      h,
      row,
    };
  });
  const step = ys.step();
  const stride = Math.max(1, Math.ceil((fontSize * 1.3) / Math.max(step, 1e-9)));
  const laneTicks = lanes
    .filter((_, i) => i % stride === 0)
    .map((lane) => ({ lane, pos: (ys(lane) ?? 0) + h / 2, label: lane }));

  return {
    fontSize,
    labelFontSize,
    plot: { left, top, right, bottom },
    boxes,
    lanes: laneTicks,
    xTicks: ticks.values.map((value, i) => ({ value, pos: map(value), label: ticks.labels[i] })),
    xLabelLines,
    yLabelLines,
  };
}
