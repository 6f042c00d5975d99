// Grid, axes, tick labels and axis titles of an xy chart (drawn from an `XYModel`).

import { TICK_LENGTH, type XYModel } from './xyModel';

/** Light grid lines behind the data. */
export function Grid({ model }: { model: XYModel }) {
  const { plot, x, y } = model;
  return (
    <g className="chart-grid">
      {x.ticks.map((t) => (
        <line key={`x${t.value}`} x1={t.pos} x2={t.pos} y1={plot.top} y2={plot.bottom} />
      ))}
      {y.ticks.map((t) => (
        <line key={`y${t.value}`} x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} />
      ))}
    </g>
  );
}

/** Axis lines, ticks, tick labels and the two axis titles. */
export function Axes({ model }: { model: XYModel }) {
  const { plot, x, y, fontSize, labelFontSize } = model;
  const labelLine = labelFontSize * 1.25;
  return (
    <g className="chart-axes">
      <g className="chart-axis chart-axis-x">
        <line className="chart-axis-line" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {x.minor.map((px) => (
          <line
            key={`m${px}`}
            className="chart-tick-minor"
            x1={px}
            x2={px}
            y1={plot.bottom}
            y2={plot.bottom + 3}
          />
        ))}
        {x.ticks.map((t) => (
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
        {x.labelLines.map((line, i) => (
          <text
            key={line}
            className="chart-axis-title"
            x={model.xLabelAt.x}
            y={model.xLabelAt.y + i * labelLine}
            textAnchor="middle"
            fontSize={labelFontSize}
          >
            {line}
          </text>
        ))}
      </g>
      <g className="chart-axis chart-axis-y">
        {y.minor.map((py) => (
          <line
            key={`m${py}`}
            className="chart-tick-minor"
            x1={plot.left - 3}
            x2={plot.left}
            y1={py}
            y2={py}
          />
        ))}
        {y.ticks.map((t) => (
          <g key={t.value} transform={`translate(${plot.left},${t.pos})`}>
            <line className="chart-tick" x2={-TICK_LENGTH} />
            <text
              className="chart-tick-label"
              x={-TICK_LENGTH - 3}
              dy="0.32em"
              textAnchor="end"
              fontSize={fontSize}
            >
              {t.label}
            </text>
          </g>
        ))}
        {y.labelLines.map((line, i) => (
          <text
            key={line}
            className="chart-axis-title"
            x={model.yLabelAt.x}
            y={model.yLabelAt.y + i * labelLine}
            textAnchor="start"
            fontSize={labelFontSize}
          >
            {line}
          </text>
        ))}
      </g>
    </g>
  );
}
