// A heatmap as SVG: coloured cells (viridis), category axes and a colour legend; hovering a cell
// shows its coordinates and value.

import { type PointerEvent, type Ref, useId, useMemo, useState } from 'react';
import type { HeatmapChart } from '../experiments/contract';
import { formatValue } from './format';
import { buildHeatmapModel, categoryLabel, type HeatCell } from './heatmapModel';
import { canvasMeasure } from './text';

export interface HeatmapViewProps {
  chart: HeatmapChart;
  width: number;
  height: number;
  fontScale?: number;
  fontFamily?: string;
  svgRef?: Ref<SVGSVGElement>;
}

export function HeatmapView({
  chart,
  width,
  height,
  fontScale = 1,
  fontFamily = 'system-ui, sans-serif',
  svgRef,
}: HeatmapViewProps) {
  const measure = useMemo(() => canvasMeasure(fontFamily), [fontFamily]);
  const model = useMemo(
    () => buildHeatmapModel({ chart, width, height, fontScale, measure }),
    [chart, width, height, fontScale, measure],
  );
  const [active, setActive] = useState<HeatCell | null>(null);
  const titleId = useId();
  const descId = useId();
  const gradientId = `heat-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { plot, legend, color, fontSize, labelFontSize } = model;
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  const lo = color.domain[0];
  const hi = color.domain[1];
  const valueAt = (t: number) => (color.log ? lo * (hi / lo) ** t : lo + (hi - lo) * t);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const hit = model.cells.find((c) => px >= c.x && px <= c.x + c.w && py >= c.y && py <= c.y + c.h) ?? null;
    setActive(hit);
  };

  return (
    <div className="chart-plot">
      <svg
        ref={svgRef}
        className="chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={chart.summary ? descId : undefined}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActive(null)}
      >
        <title id={titleId}>{chart.title}</title>
        {chart.summary ? <desc id={descId}>{chart.summary}</desc> : null}
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
          {model.xTicks.map((t) => (
            <text
              key={t.key}
              className="chart-tick-label"
              x={t.pos}
              y={plot.bottom + 6 + fontSize * 0.85}
              textAnchor="middle"
              fontSize={fontSize}
            >
              {t.label}
            </text>
          ))}
          {model.yTicks.map((t) => (
            <text
              key={t.key}
              className="chart-tick-label"
              x={plot.left - 6}
              y={t.pos}
              dy="0.32em"
              textAnchor="end"
              fontSize={fontSize}
            >
              {t.label}
            </text>
          ))}
          {model.xLabelLines.map((line, i) => (
            <text
              key={line}
              className="chart-axis-title"
              x={(plot.left + plot.right) / 2}
              y={plot.bottom + 6 + fontSize + 10 + labelFontSize + i * labelFontSize * 1.25}
              textAnchor="middle"
              fontSize={labelFontSize}
            >
              {line}
            </text>
          ))}
          {model.yLabelLines.map((line, i) => (
            <text
              key={line}
              className="chart-axis-title"
              x={0}
              y={labelFontSize + i * labelFontSize * 1.25}
              fontSize={labelFontSize}
            >
              {line}
            </text>
          ))}
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
        {active ? (
          <rect
            className="chart-heat-active"
            data-export="omit"
            x={active.x}
            y={active.y}
            width={active.w}
            height={active.h}
          />
        ) : null}
      </svg>
      {active ? (
        <div
          className="chart-readout"
          aria-live="polite"
          style={
            active.x + active.w / 2 < width * 0.55
              ? { left: Math.round(active.x + active.w + 10), top: Math.round(active.y) }
              : { right: Math.round(width - active.x + 10), top: Math.round(active.y) }
          }
        >
          <div className="chart-readout-x">
            <span className="chart-readout-xlabel">{chart.x.label}</span>{' '}
            <strong>{categoryLabel(active.cell.x)}</strong>
          </div>
          <div className="chart-readout-x">
            <span className="chart-readout-xlabel">{chart.y.label}</span>{' '}
            <strong>{categoryLabel(active.cell.y)}</strong>
          </div>
          <div>
            <span className="chart-readout-value">{formatValue(active.cell.value)}</span>
            {active.cell.label ? <span className="chart-readout-note"> {active.cell.label}</span> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
