// Layout of an intervals chart (timelines): lanes on a band scale, time on a linear scale.
// Pure (d3 scales only); no DOM.

import { scaleBand } from 'd3';
import type { IntervalsChart } from '../experiments/contract';
import { type AxesLayout, axisText, axisTitleAnchors, type LayoutInput, roomBelowPlot } from './layout';
import { computeDomain, makeMapper } from './scales';
import { chooseTicks, linearTickCandidates } from './ticks';

export interface IntervalBox {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  row: IntervalsChart['rows'][number];
}

export interface IntervalsModel extends AxesLayout {
  boxes: IntervalBox[];
  /** Labelled lanes (every lane, or every k-th when they are too close for their labels). */
  lanes: { value: string; pos: number; label: string }[];
  xTicks: { value: number; pos: number; label: string }[];
  xLabelLines: string[];
  yLabelLines: string[];
}

/** Lanes in order of first appearance. */
export function laneOrder(rows: IntervalsChart['rows']): string[] {
  return [...new Set(rows.map((r) => r.lane))];
}

export function buildIntervalsModel(input: LayoutInput<IntervalsChart>): IntervalsModel {
  const { chart, width, height, measure } = input;
  const scale = input.fontScale ?? 1;
  const text = axisText(chart, width, scale, measure);
  const { fontSize, labelFontSize, labelLine, xLabelLines, yLabelLines } = text;
  const lanes = laneOrder(chart.rows);
  const laneWidth = Math.max(0, ...lanes.map((l) => measure(l, fontSize)));
  const left = Math.ceil(Math.min(width * 0.3, laneWidth) + 12);
  const top = yLabelLines.length * labelLine + 10;
  let right = width - 16;
  const bottom = height - roomBelowPlot(text);

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
    .map((lane) => ({ value: lane, pos: (ys(lane) ?? 0) + h / 2, label: lane }));

  const plot = { left, top, right, bottom };
  return {
    fontSize,
    labelFontSize,
    plot,
    boxes,
    lanes: laneTicks,
    xTicks: ticks.values.map((value, i) => ({ value, pos: map(value), label: ticks.labels[i] })),
    xLabelLines,
    yLabelLines,
    titleAt: axisTitleAnchors(plot, text),
  };
}
