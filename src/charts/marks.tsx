// Marks: dashed guide lines at a value of one axis, with a text label (e.g. "b_crit (M = 100)").
// Label positions are worked out in `xyModel` so that labels do not overlap.

import type { XYModel } from './xyModel';

export function MarkLines({ model }: { model: XYModel }) {
  return (
    <g className="chart-marks" aria-hidden="true">
      {model.marks.map((m) =>
        m.mark.axis === 'x' ? (
          <line key={m.key} x1={m.pos} x2={m.pos} y1={m.from} y2={m.to} />
        ) : (
          <line key={m.key} x1={m.from} x2={m.to} y1={m.pos} y2={m.pos} />
        ),
      )}
    </g>
  );
}

export function MarkLabels({ model }: { model: XYModel }) {
  return (
    <g className="chart-mark-labels">
      {model.marks.map((m) => (
        <text key={m.key} x={m.labelX} y={m.labelY} textAnchor={m.anchor} fontSize={model.fontSize}>
          {m.mark.label}
        </text>
      ))}
    </g>
  );
}
