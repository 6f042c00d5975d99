import type { TimelineState } from '../../experiments/timeline/rows';
import { COMPUTING_FILL } from './Gantt';
import { STATE_STYLE } from './states';

/** One legend for all the stacked charts (they share states and colours), as swatches in HTML. */
export function TimelineLegend({ states, compact = false }: { states: TimelineState[]; compact?: boolean }) {
  return (
    <ul
      className={compact ? 'gantt-legend gantt-legend-compact' : 'gantt-legend'}
      aria-label="What the bars mean"
    >
      <li>
        <span className="gantt-swatch" aria-hidden="true" style={{ background: COMPUTING_FILL }} />
        computing (fate shown when it ends)
      </li>
      {states.map((s) => (
        <li key={s}>
          <span className={`gantt-swatch gantt-swatch-${s}`} aria-hidden="true" style={swatchStyle(s)} />
          {STATE_STYLE[s].legend}
        </li>
      ))}
      <li>
        <span>
          <span className="gantt-legend-text">stale n</span>: n updates between read and use
        </span>
      </li>
    </ul>
  );
}

function swatchStyle(s: TimelineState): React.CSSProperties | undefined {
  const fill = STATE_STYLE[s].fill;
  if (fill.startsWith('#')) return { background: fill };
  return undefined;
}
