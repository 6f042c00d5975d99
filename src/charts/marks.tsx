// Marks: dashed guide lines at a value of one axis, with a text label (e.g. "b_crit (M = 100)").
// Label positions are worked out in `xyModel` so that labels do not overlap.

import { SvgTypeset } from './Typeset';
import type { XYModel } from './xyModel';

export function MarkLines({ model }: { model: XYModel }) {
  return (
    <g className="chart-marks">
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
      {model.marks.map((m) => {
        const left =
          m.anchor === 'middle'
            ? m.labelX - m.labelWidth / 2
            : m.anchor === 'end'
              ? m.labelX - m.labelWidth
              : m.labelX;
        return (
          <g key={m.key}>
            <rect
              className="chart-mark-label-bg"
              x={left - 2}
              y={m.labelY - model.fontSize * 0.82}
              width={m.labelWidth + 4}
              height={model.fontSize * 1.04}
            />
            <text x={m.labelX} y={m.labelY} textAnchor={m.anchor} fontSize={model.fontSize}>
              <SvgTypeset text={m.text} fontSize={model.fontSize} />
            </text>
          </g>
        );
      })}
    </g>
  );
}
