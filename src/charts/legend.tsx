// The legend of an xy chart: one button per series (with a swatch of its style) that shows or
// hides it; hidden series keep their entry, dimmed. Also a static legend for interval states.

import type { Series } from '../experiments/contract';
import { bandLabel, formatValue, readableNumbers } from './format';
import { GhostSwatch } from './ghosts';
import { kindLabel, type SeriesStyle } from './palette';
import { BoxSwatch, Swatch } from './swatch';
import { Typeset } from './Typeset';
import { typesetPlain } from './typeset';

export interface LegendEntry {
  series: Series;
  style: SeriesStyle;
  band: boolean;
  hidden: boolean;
}

function entryDetails(entry: LegendEntry): string {
  const s = entry.series;
  const parts = [kindLabel(s.kind)];
  if (s.points.some((p) => typeof p.lo === 'number')) parts.push(`band: ${bandLabel(s.band)}`);
  const missing = s.points.filter((p) => p.y === null).length;
  if (missing > 0) parts.push(`${formatValue(missing)} point${missing === 1 ? '' : 's'} without a value`);
  if (s.source) parts.push(s.source);
  return parts.join(' · ');
}

export function Legend({
  entries,
  onToggle,
  pinned,
}: {
  entries: LegendEntry[];
  onToggle: (id: string) => void;
  /** The pinned curves' entry ("Pinned: M = 10,100 → now 10,1000"); not a toggle. */
  pinned?: string;
}) {
  if (entries.length === 0 && !pinned) return null;
  return (
    <ul className="chart-legend" aria-label="Series (press to show or hide)">
      {entries.map((entry) => (
        <li key={entry.series.id}>
          <button
            type="button"
            className={`chart-legend-item${entry.hidden ? ' is-hidden' : ''}`}
            aria-pressed={!entry.hidden}
            title={`${entry.hidden ? 'Show' : 'Hide'} “${typesetPlain(entry.series.label)}” — ${entryDetails(entry)}`}
            onClick={() => onToggle(entry.series.id)}
          >
            <Swatch style={entry.style} band={entry.band} />
            <span>
              <Typeset text={readableNumbers(entry.series.label)} />
            </span>
          </button>
        </li>
      ))}
      {pinned ? (
        <li>
          <span className="chart-legend-item chart-legend-pinned" data-pinned="true">
            <GhostSwatch />
            <span>{pinned}</span>
          </span>
        </li>
      ) : null}
    </ul>
  );
}

export function StateLegend({ states }: { states: [string, string][] }) {
  if (states.length === 0) return null;
  return (
    <ul className="chart-legend chart-legend-static" aria-label="States">
      {states.map(([state, color]) => (
        <li key={state}>
          <span className="chart-legend-item">
            <BoxSwatch color={color} />
            <span>{state}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
