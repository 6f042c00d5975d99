import type { TimelineState } from '../../experiments/timeline/rows';
import { STATE_STYLE } from './states';

/** One legend for all the stacked charts (they share states and colours), as swatches in HTML. */
export function TimelineLegend({ states }: { states: TimelineState[] }) {
  return (
    <ul className="gantt-legend" aria-label="What the bars mean">
      {states.map((s) => (
        <li key={s}>
          <span className={`gantt-swatch gantt-swatch-${s}`} aria-hidden="true" style={swatchStyle(s)} />
          {STATE_STYLE[s].legend}
        </li>
      ))}
      <li>
        <span className="gantt-legend-text">fresh / stale n</span> on a bar: updates the model moved on
        between the gradient’s read and its use
      </li>
    </ul>
  );
}

function swatchStyle(s: TimelineState): React.CSSProperties | undefined {
  const fill = STATE_STYLE[s].fill;
  if (fill.startsWith('#')) return { background: fill };
  return undefined;
}
