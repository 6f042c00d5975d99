// Pinned curves ("ghosts"): the series of an earlier moment drawn faint, solid and behind the live
// ones, in their own colours, without markers or bands; not hoverable and not in the read-out.
// They are drawn, so the SVG/PNG export shows them; CSV and JSON export only the live chart.

import { line } from 'd3';
import type { Point, Series, XYChart } from '../experiments/contract';
import './pinPredict.css';
import { seriesColors } from './palette';
import type { XYModel } from './xyModel';

/**
 * Opacity and width of a ghost's line: visibly there, clearly not the live curve. Ghosts are solid
 * whatever their kind: a faint dotted line (approximations are dotted) all but disappears.
 */
export const GHOST_OPACITY = 0.4;
export const GHOST_WIDTH = 1.75;

const GHOST_PREFIX = 'pinned:';

/**
 * The chart the layout is built from when ghosts are drawn: the live chart with the ghosts appended
 * as hidden series, so that the axes also cover the pinned curves (hidden series still count for
 * the domain) while the crosshair, read-out and live colours ignore them.
 */
export function withGhostDomain(
  chart: XYChart,
  ghosts: readonly Series[],
): { chart: XYChart; ghostIds: string[] } {
  const extra = ghosts.map((s) => ({ ...s, id: `${GHOST_PREFIX}${s.id}` }));
  return { chart: { ...chart, series: [...chart.series, ...extra] }, ghostIds: extra.map((s) => s.id) };
}

export function GhostLayer({ model, series }: { model: XYModel; series: readonly Series[] }) {
  const colors = seriesColors(series);
  const gen = line<Point>()
    .defined((p) => p.y !== null && Number.isFinite(model.x.map(p.x)) && Number.isFinite(model.y.map(p.y)))
    .x((p) => model.x.map(p.x))
    .y((p) => model.y.map(p.y!));
  return (
    <g className="chart-ghosts">
      {series.map((s, i) => {
        const d = gen(s.points);
        if (!d) return null;
        return (
          <path
            key={s.id}
            className="chart-ghost"
            data-series={s.id}
            d={d}
            style={{
              stroke: colors[i],
              strokeWidth: GHOST_WIDTH,
              strokeOpacity: GHOST_OPACITY,
              fill: 'none',
            }}
          />
        );
      })}
    </g>
  );
}

/** The legend's swatch for the pinned curves: a faint line. */
export function GhostSwatch() {
  return (
    <svg className="chart-swatch" width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">
      <line
        x1="1"
        x2="25"
        y1="7"
        y2="7"
        style={{ stroke: 'currentColor', strokeWidth: GHOST_WIDTH, strokeOpacity: GHOST_OPACITY + 0.15 }}
      />
    </svg>
  );
}
