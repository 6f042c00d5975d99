// Axis pieces shared by the SVG charts (tick marks, tick and category labels, axis titles, grid),
// and the full axes of an xy chart. `axis` 'x' is the bottom edge of the plot, 'y' its left edge.

import { type Plot, TICK_LENGTH, TICK_PAD, TITLE_LINE_HEIGHT } from './layout';
import { SvgTypeset } from './Typeset';
import type { XYModel } from './xyModel';

type AxisSide = 'x' | 'y';

/** A labelled position along an axis (px); `value`, what it marks, keys it across re-layouts. */
interface Tick {
  value: number | string;
  pos: number;
  label: string;
}

/** Labelled positions along one edge of the plot. */
interface AxisLabelsProps {
  axis: AxisSide;
  ticks: readonly Tick[];
  plot: Plot;
  fontSize: number;
}

/** Labels sit centred under x positions, and right-aligned and vertically centred left of y positions. */
const LABEL_ALIGN = {
  x: { textAnchor: 'middle' },
  y: { dy: '0.32em', textAnchor: 'end' },
} as const;

/** Light grid lines behind the data, at the tick positions. */
export function Grid({ plot, x, y = [] }: { plot: Plot; x: readonly Tick[]; y?: readonly Tick[] }) {
  return (
    <g className="chart-grid">
      {x.map((t) => (
        <line key={`x${t.value}`} x1={t.pos} x2={t.pos} y1={plot.top} y2={plot.bottom} />
      ))}
      {y.map((t) => (
        <line key={`y${t.value}`} x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} />
      ))}
    </g>
  );
}

/** The x axis line along the bottom of the plot. */
export function XAxisLine({ plot }: { plot: Plot }) {
  return (
    <line className="chart-axis-line" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
  );
}

/** Tick marks with their labels, outside the plot. */
export function Ticks({ axis, ticks, plot, fontSize }: AxisLabelsProps) {
  const x = axis === 'x';
  const labelOffset = TICK_LENGTH + TICK_PAD;
  return (
    <>
      {ticks.map((t) => (
        <g
          key={t.value}
          transform={x ? `translate(${t.pos},${plot.bottom})` : `translate(${plot.left},${t.pos})`}
        >
          <line className="chart-tick" x2={x ? undefined : -TICK_LENGTH} y2={x ? TICK_LENGTH : undefined} />
          <text
            className="chart-tick-label"
            x={x ? undefined : -labelOffset}
            y={x ? labelOffset + fontSize * 0.85 : undefined}
            {...LABEL_ALIGN[axis]}
            fontSize={fontSize}
          >
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
}

/** Short unlabelled ticks between the labelled ones (log axes). */
export function MinorTicks({ axis, at, plot }: { axis: AxisSide; at: readonly number[]; plot: Plot }) {
  return (
    <>
      {at.map((p) =>
        axis === 'x' ? (
          <line key={p} className="chart-tick-minor" x1={p} x2={p} y1={plot.bottom} y2={plot.bottom + 3} />
        ) : (
          <line key={p} className="chart-tick-minor" x1={plot.left - 3} x2={plot.left} y1={p} y2={p} />
        ),
      )}
    </>
  );
}

/** Labels of a category axis (heatmap cells, interval lanes): no tick marks, a 6 px gap. */
export function CategoryLabels({ axis, ticks, plot, fontSize }: AxisLabelsProps) {
  const x = axis === 'x';
  return (
    <>
      {ticks.map((t) => (
        <text
          key={t.value}
          className="chart-tick-label"
          x={x ? t.pos : plot.left - 6}
          y={x ? plot.bottom + 6 + fontSize * 0.85 : t.pos}
          {...LABEL_ALIGN[axis]}
          fontSize={fontSize}
        >
          {t.label}
        </text>
      ))}
    </>
  );
}

/** An axis title, one `<text>` per wrapped line, the first line's baseline at `at`. */
export function AxisTitle({
  axis,
  lines,
  at,
  fontSize,
}: {
  axis: AxisSide;
  lines: readonly string[];
  at: { x: number; y: number };
  fontSize: number;
}) {
  const lineHeight = fontSize * TITLE_LINE_HEIGHT;
  return (
    <>
      {lines.map((line, i) => (
        <text
          key={line}
          className="chart-axis-title"
          x={at.x}
          y={at.y + i * lineHeight}
          textAnchor={axis === 'x' ? 'middle' : 'start'}
          fontSize={fontSize}
        >
          <SvgTypeset text={line} fontSize={fontSize} />
        </text>
      ))}
    </>
  );
}

/** Axis line, ticks, tick labels and the two axis titles of an xy chart. */
export function Axes({ model }: { model: XYModel }) {
  const { plot, x, y, fontSize, labelFontSize, titleAt } = model;
  return (
    <g className="chart-axes">
      <g className="chart-axis chart-axis-x">
        <XAxisLine plot={plot} />
        <MinorTicks axis="x" at={x.minor} plot={plot} />
        <Ticks axis="x" ticks={x.ticks} plot={plot} fontSize={fontSize} />
        <AxisTitle axis="x" lines={x.labelLines} at={titleAt.x} fontSize={labelFontSize} />
      </g>
      <g className="chart-axis chart-axis-y">
        <MinorTicks axis="y" at={y.minor} plot={plot} />
        <Ticks axis="y" ticks={y.ticks} plot={plot} fontSize={fontSize} />
        <AxisTitle axis="y" lines={y.labelLines} at={titleAt.y} fontSize={labelFontSize} />
      </g>
    </g>
  );
}
