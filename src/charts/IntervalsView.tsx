// Timelines: one lane per worker (or learner), a rectangle per interval coloured by its state;
// hovering an interval shows lane, state, start, end and duration.

import { type PointerEvent, type Ref, useId, useMemo, useState } from 'react';
import type { IntervalsChart } from '../experiments/contract';
import { formatValue } from './format';
import { buildIntervalsModel, type IntervalBox } from './intervalsModel';
import { canvasMeasure } from './text';
import { TICK_LENGTH } from './xyModel';

export interface IntervalsViewProps {
  chart: IntervalsChart;
  width: number;
  height: number;
  fontScale?: number;
  fontFamily?: string;
  svgRef?: Ref<SVGSVGElement>;
  colors: Map<string, string>;
}

export function IntervalsView({
  chart,
  width,
  height,
  fontScale = 1,
  fontFamily = 'system-ui, sans-serif',
  svgRef,
  colors,
}: IntervalsViewProps) {
  const measure = useMemo(() => canvasMeasure(fontFamily), [fontFamily]);
  const model = useMemo(
    () => buildIntervalsModel({ chart, width, height, fontScale, measure }),
    [chart, width, height, fontScale, measure],
  );
  const [active, setActive] = useState<IntervalBox | null>(null);
  const titleId = useId();
  const descId = useId();
  const { plot, fontSize, labelFontSize } = model;

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    let hit: IntervalBox | null = null;
    for (const b of model.boxes) {
      if (py >= b.y && py <= b.y + b.h && px >= b.x - 1 && px <= b.x + b.w + 1) {
        hit = b;
        break;
      }
    }
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
        <g className="chart-grid">
          {model.xTicks.map((t) => (
            <line key={t.value} x1={t.pos} x2={t.pos} y1={plot.top} y2={plot.bottom} />
          ))}
        </g>
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
          <line
            className="chart-axis-line"
            x1={plot.left}
            x2={plot.right}
            y1={plot.bottom}
            y2={plot.bottom}
          />
          {model.xTicks.map((t) => (
            <g key={t.value} transform={`translate(${t.pos},${plot.bottom})`}>
              <line className="chart-tick" y2={TICK_LENGTH} />
              <text
                className="chart-tick-label"
                y={TICK_LENGTH + 3 + fontSize * 0.85}
                textAnchor="middle"
                fontSize={fontSize}
              >
                {t.label}
              </text>
            </g>
          ))}
          {model.lanes.map((l) => (
            <text
              key={l.lane}
              className="chart-tick-label"
              x={plot.left - 6}
              y={l.pos}
              dy="0.32em"
              textAnchor="end"
              fontSize={fontSize}
            >
              {l.label}
            </text>
          ))}
          {model.xLabelLines.map((line, i) => (
            <text
              key={line}
              className="chart-axis-title"
              x={(plot.left + plot.right) / 2}
              y={plot.bottom + TICK_LENGTH + 3 + fontSize + 8 + labelFontSize + i * labelFontSize * 1.25}
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
        {active ? (
          <rect
            className="chart-heat-active"
            data-export="omit"
            x={active.x}
            y={active.y}
            width={Math.max(active.w, 2)}
            height={active.h}
          />
        ) : null}
      </svg>
      {active ? (
        <div
          className="chart-readout"
          aria-live="polite"
          style={
            active.x < width * 0.55
              ? {
                  left: Math.round(Math.max(active.x, plot.left) + 12),
                  top: Math.round(active.y + active.h + 4),
                }
              : { right: Math.round(width - active.x + 12), top: Math.round(active.y + active.h + 4) }
          }
        >
          <div className="chart-readout-x">
            <span className="chart-readout-xlabel">{chart.y.label || 'lane'}</span>{' '}
            <strong>{active.row.lane}</strong>
          </div>
          <div>
            <span className="chart-readout-label">{active.row.state}</span>{' '}
            <span className="chart-readout-value">
              {formatValue(active.row.start)}–{formatValue(active.row.end)}
            </span>{' '}
            <span className="chart-readout-at">
              (duration {formatValue(active.row.end - active.row.start)})
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
