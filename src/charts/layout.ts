// Layout shared by the SVG charts (xy, heatmap, intervals): font sizes, the plot rectangle, the
// wrapped axis titles, the room under the plot and where the titles sit. Pure; no DOM. Kept in
// one place so that the margins a layout reserves and the positions the axes draw at agree.

import type { Axis } from '../experiments/contract';
import { type Measure, wrapText } from './text';

export const TICK_LENGTH = 5;
/** Gap between a tick mark and its label. */
export const TICK_PAD = 3;
/** Line height of a wrapped axis title, in multiples of its font size. */
export const TITLE_LINE_HEIGHT = 1.25;

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the axis pieces (`axes.tsx`) draw from, in every chart's layout. */
export interface AxesLayout {
  /** Tick labels and other small text. */
  fontSize: number;
  /** Axis titles. */
  labelFontSize: number;
  plot: Plot;
  /** Where the axis titles' first lines sit (see `axisTitleAnchors`). */
  titleAt: Record<'x' | 'y', { x: number; y: number }>;
}

/** What every chart layout starts from. */
export interface LayoutInput<C> {
  chart: C;
  width: number;
  height: number;
  /** Multiplies every font size (presentation mode). */
  fontScale?: number;
  measure: Measure;
}

export interface AxisText extends Pick<AxesLayout, 'fontSize' | 'labelFontSize'> {
  /** Line height of a wrapped axis title. */
  labelLine: number;
  xLabelLines: string[];
  yLabelLines: string[];
}

/** Font sizes (smaller on narrow charts) and the axis titles wrapped to the chart's width. */
export function axisText(
  chart: { x: Axis; y: Axis },
  width: number,
  fontScale: number,
  measure: Measure,
): AxisText {
  const fontSize = (width < 480 ? 11 : 12) * fontScale;
  const labelFontSize = (width < 480 ? 11.5 : 13) * fontScale;
  return {
    fontSize,
    labelFontSize,
    labelLine: labelFontSize * TITLE_LINE_HEIGHT,
    xLabelLines: chart.x.label ? wrapText(chart.x.label, width - 16, labelFontSize, measure) : [],
    yLabelLines: chart.y.label ? wrapText(chart.y.label, width - 8, labelFontSize, measure) : [],
  };
}

/** Height under the plot for the x ticks, their labels and the x title (see `axisTitleAnchors`). */
export function roomBelowPlot(text: AxisText): number {
  const title = text.xLabelLines.length ? 10 + text.xLabelLines.length * text.labelLine : 6;
  return TICK_LENGTH + TICK_PAD + text.fontSize + title;
}

/**
 * Baselines of the axis titles' first lines: the x title centred under the tick labels, the y
 * title written horizontally at the top left, above the plot.
 */
export function axisTitleAnchors(plot: Plot, text: AxisText): AxesLayout['titleAt'] {
  return {
    x: {
      x: (plot.left + plot.right) / 2,
      y: plot.bottom + TICK_LENGTH + TICK_PAD + text.fontSize + 8 + text.labelFontSize,
    },
    y: { x: 0, y: text.labelFontSize },
  };
}
