// Layout of one Gantt chart (pure: d3 scales only, no DOM). Every chart of the view gets the same
// time domain, so stacked variants share one time axis and can be compared by eye.

import { scaleLinear } from 'd3';
import type { Measure } from '../../charts/text';
import { PS_LANE, type TimelineRow } from '../../experiments/timeline/rows';

export interface GanttBar {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  row: TimelineRow;
  /** The row's label, when it fits inside the bar (drawn right-aligned, at the bar's end). */
  label?: string;
}

export interface GanttTick {
  key: string;
  x: number;
  row: TimelineRow;
  /** Label beside the tick, when there is room: right of it, else left of it. */
  label?: string;
  labelSide?: 'right' | 'left';
}

export interface GanttModel {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: { name: string; y: number; h: number }[];
  bars: GanttBar[];
  updates: GanttTick[];
  psLane: { y: number; h: number };
  xTicks: { x: number; label: string }[];
  /** Whether there is room for the time axis's title. */
  axisTitle: boolean;
  toX(t: number): number;
}

/** Lane height in font sizes: roomy for the paper's P = 3, compact at P = 16. */
function laneHeight(lanes: number, fontSize: number): number {
  if (lanes <= 5) return 2.6 * fontSize;
  if (lanes <= 9) return 2 * fontSize;
  return 1.5 * fontSize;
}

export function buildGanttModel(input: {
  rows: readonly TimelineRow[];
  P: number;
  domainEnd: number;
  width: number;
  /** Fill this height (an embed's frame): the lanes share what the axis leaves. Else lanes decide. */
  height?: number;
  fontScale: number;
  measure: Measure;
}): GanttModel {
  const { rows, P, width, measure } = input;
  // Large enough to read from the back of a lecture hall at 1920 px, still fine on a laptop.
  const fontSize = (width < 640 ? 12 : width < 1000 ? 14 : 16) * input.fontScale;
  const laneNames = [...Array.from({ length: P }, (_, l) => `L${l + 1}`), PS_LANE];
  const labelW = Math.max(...laneNames.map((n) => measure(n, fontSize)));
  const plot = {
    left: Math.ceil(labelW + 14),
    right: width - 14,
    top: Math.ceil(fontSize * 1.8),
    bottom: 0,
  };
  // A given height: lanes no thinner than (most of) the text in them, no taller than three lines of
  // it; the axis title gives its line to the lanes when they would be thinner than the text.
  const fits = (room: number) =>
    input.height === undefined || (input.height - plot.top - room) / laneNames.length >= fontSize;
  const axisTitle = fits(fontSize * 3.4);
  const below = fontSize * (axisTitle ? 3.4 : 2.2);
  const laneH =
    input.height === undefined
      ? laneHeight(laneNames.length, fontSize)
      : Math.min(
          3 * fontSize,
          Math.max(0.8 * fontSize, (input.height - plot.top - below) / laneNames.length),
        );
  plot.bottom = plot.top + laneH * laneNames.length;
  const height = input.height ?? Math.ceil(plot.bottom + below);

  const end = input.domainEnd > 0 ? input.domainEnd : 1;
  const x = scaleLinear().domain([0, end]).range([plot.left, plot.right]);
  const pad = Math.max(2, laneH * 0.14);
  const lanes = laneNames.map((name, i) => ({ name, y: plot.top + i * laneH, h: laneH }));
  const laneY = new Map(lanes.map((l) => [l.name, l]));
  const labelSize = fontSize * 0.82;

  const bars: GanttBar[] = [];
  const updates: GanttTick[] = [];
  rows.forEach((row, i) => {
    const lane = laneY.get(row.lane);
    if (!lane) return;
    if (row.state === 'update') {
      updates.push({ key: `u${i}`, x: x(row.start), row });
      return;
    }
    // Idle time is the lane's background: no bar.
    if (row.state === 'idle') return;
    const x0 = x(row.start);
    const full = x(row.end) - x0;
    // A 1 px gap at the end keeps back-to-back mini-batches of one learner apart.
    const w = Math.max(1, full > 3 ? full - 1 : full);
    const label = row.label && measure(row.label, labelSize) + 8 <= w ? row.label : undefined;
    bars.push({ key: `b${i}`, x: x0, y: lane.y + pad, w, h: lane.h - 2 * pad, row, label });
  });
  // An update's name (w3) goes right of its tick when it clears the next tick and the plot's end,
  // else left of it when it clears the previous tick (the last update often ends the plot).
  updates.forEach((u, i) => {
    if (!u.row.label) return;
    const w = measure(u.row.label, labelSize);
    const next = Math.min(updates[i + 1]?.x ?? Number.POSITIVE_INFINITY, plot.right + 2);
    const prev = i > 0 ? updates[i - 1].x : plot.left;
    const prevRight = i > 0 && updates[i - 1].labelSide === 'right' ? prev + 4 + w : prev;
    if (u.x + 4 + w < next - 2) {
      u.label = u.row.label;
      u.labelSide = 'right';
    } else if (u.x - 4 - w > prevRight + 2) {
      u.label = u.row.label;
      u.labelSide = 'left';
    }
  });

  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / (fontSize * 5)));
  const xTicks = x.ticks(tickCount).map((v) => ({ x: x(v), label: x.tickFormat(tickCount)(v) }));
  const ps = laneY.get(PS_LANE) ?? lanes[lanes.length - 1];
  return {
    width,
    height,
    fontSize,
    plot,
    lanes,
    bars,
    updates,
    psLane: { y: ps.y, h: ps.h },
    xTicks,
    axisTitle,
    toX: (t) => x(t),
  };
}
