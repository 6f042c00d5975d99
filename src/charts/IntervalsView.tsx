// Timelines: one lane per worker (or learner), a rectangle per interval coloured by its state;
// hovering an interval shows lane, state, start, end and duration.

import type { IntervalsChart } from '../experiments/contract';
import { AxisTitle, CategoryLabels, Grid, Ticks, XAxisLine } from './axes';
import { ChartSvg, type ChartViewProps, useChartLayout } from './chartView';
import { formatValue } from './format';
import { HoverOutline, ReadoutBox, ReadoutHeading, readoutPlacement, useHoveredBox } from './hover';
import { buildIntervalsModel } from './intervalsModel';

export interface IntervalsViewProps extends ChartViewProps<IntervalsChart> {
  /** Colour of each state (`stateColors`). */
  colors: Map<string, string>;
}

export function IntervalsView(props: IntervalsViewProps) {
  const { chart, width, height, svgRef, colors } = props;
  const model = useChartLayout(buildIntervalsModel, props);
  // 1 px of slack and a 2 px outline: intervals can be narrower than a pixel.
  const { active, handlers } = useHoveredBox(model.boxes, 1);
  const { plot, fontSize, labelFontSize, titleAt } = model;

  return (
    <div className="chart-plot">
      <ChartSvg chart={chart} width={width} height={height} svgRef={svgRef} {...handlers}>
        <Grid plot={plot} x={model.xTicks} />
        <g className="chart-intervals">
          {model.boxes.map((b) => (
            <rect
              key={b.key}
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              style={{ fill: colors.get(b.row.state) }}
            />
          ))}
        </g>
        <g className="chart-axes">
          <XAxisLine plot={plot} />
          <Ticks axis="x" ticks={model.xTicks} plot={plot} fontSize={fontSize} />
          <CategoryLabels axis="y" ticks={model.lanes} plot={plot} fontSize={fontSize} />
          <AxisTitle axis="x" lines={model.xLabelLines} at={titleAt.x} fontSize={labelFontSize} />
          <AxisTitle axis="y" lines={model.yLabelLines} at={titleAt.y} fontSize={labelFontSize} />
        </g>
        {active ? <HoverOutline box={active} minWidth={2} /> : null}
      </ChartSvg>
      {active ? (
        <ReadoutBox
          style={readoutPlacement({
            width,
            at: active.x,
            before: active.x,
            after: Math.max(active.x, plot.left),
            top: active.y + active.h + 4,
            gap: 12,
          })}
        >
          <ReadoutHeading label={chart.y.label || 'lane'} value={active.row.lane} />
          <div>
            <span className="chart-readout-label">{active.row.state}</span>{' '}
            <span className="chart-readout-value">
              {formatValue(active.row.start)}–{formatValue(active.row.end)}
            </span>{' '}
            <span className="chart-readout-at">
              (duration {formatValue(active.row.end - active.row.start)})
            </span>
          </div>
        </ReadoutBox>
      ) : null}
    </div>
  );
}
