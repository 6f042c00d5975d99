// A heatmap as SVG: coloured cells (viridis), category axes and a colour legend; hovering a cell
// shows its coordinates and value.

import { useId } from 'react';
import type { HeatmapChart } from '../experiments/contract';
import { AxisTitle, CategoryLabels } from './axes';
import { ChartSvg, type ChartViewProps, useChartLayout } from './chartView';
import { formatValue } from './format';
import { buildHeatmapModel, categoryLabel } from './heatmapModel';
import { HoverOutline, ReadoutBox, ReadoutHeading, readoutPlacement, useHoveredBox } from './hover';

export type HeatmapViewProps = ChartViewProps<HeatmapChart>;

export function HeatmapView(props: HeatmapViewProps) {
  const { chart, width, height, svgRef } = props;
  const model = useChartLayout(buildHeatmapModel, props);
  const { active, handlers } = useHoveredBox(model.cells);
  const gradientId = `heat-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { plot, legend, color, fontSize, labelFontSize, titleAt } = model;
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  const lo = color.domain[0];
  const hi = color.domain[1];
  const valueAt = (t: number) => (color.log ? lo * (hi / lo) ** t : lo + (hi - lo) * t);

  return (
    <div className="chart-plot">
      <ChartSvg chart={chart} width={width} height={height} svgRef={svgRef} {...handlers}>
        <defs>
          <linearGradient id={gradientId} x1="0" x2="0" y1="1" y2="0">
            {stops.map((t) => (
              <stop key={t} offset={t} stopColor={color.color(valueAt(t))} />
            ))}
          </linearGradient>
        </defs>
        <g className="chart-heat-cells">
          {model.cells.map((c) => (
            <g key={c.key}>
              <rect
                x={c.x}
                y={c.y}
                width={c.w}
                height={c.h}
                className={c.fill ? undefined : 'chart-heat-null'}
                style={c.fill ? { fill: c.fill } : undefined}
              />
              {c.text ? (
                <text
                  x={c.x + c.w / 2}
                  y={c.y + c.h / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={fontSize}
                  className="chart-heat-text"
                  style={{ fill: c.textColor }}
                >
                  {c.text}
                </text>
              ) : null}
            </g>
          ))}
        </g>
        <g className="chart-axes">
          <CategoryLabels axis="x" ticks={model.xTicks} plot={plot} fontSize={fontSize} />
          <CategoryLabels axis="y" ticks={model.yTicks} plot={plot} fontSize={fontSize} />
          <AxisTitle axis="x" lines={model.xLabelLines} at={titleAt.x} fontSize={labelFontSize} />
          <AxisTitle axis="y" lines={model.yLabelLines} at={titleAt.y} fontSize={labelFontSize} />
        </g>
        <g className="chart-color-legend">
          <rect
            x={legend.x}
            y={legend.y}
            width={legend.width}
            height={legend.height}
            fill={`url(#${gradientId})`}
          />
          {legend.ticks.map((t) => (
            <g key={t.label} transform={`translate(${legend.x + legend.width},${t.pos})`}>
              <line className="chart-tick" x2={4} />
              <text className="chart-tick-label" x={7} dy="0.32em" fontSize={fontSize}>
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {active ? <HoverOutline box={active} /> : null}
      </ChartSvg>
      {active ? (
        <ReadoutBox
          style={readoutPlacement({
            width,
            at: active.x + active.w / 2,
            before: active.x,
            after: active.x + active.w,
            top: active.y,
            gap: 10,
          })}
        >
          <ReadoutHeading label={chart.x.label} value={categoryLabel(active.cell.x)} />
          <ReadoutHeading label={chart.y.label} value={categoryLabel(active.cell.y)} />
          <div>
            <span className="chart-readout-value">{formatValue(active.cell.value)}</span>
            {active.cell.label ? <span className="chart-readout-note"> {active.cell.label}</span> : null}
          </div>
        </ReadoutBox>
      ) : null}
    </div>
  );
}
