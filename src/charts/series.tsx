// One series of an xy chart: its line (solid for theory, dashed for bounds and approximations,
// thin grey for references), its points (simulation, measured) and its missing values.

import { line } from 'd3';
import type { Point } from '../experiments/contract';
import type { SeriesModel, XYModel } from './xyModel';

function drawable(model: XYModel, p: Point): boolean {
  return p.y !== null && Number.isFinite(model.x.map(p.x)) && Number.isFinite(model.y.map(p.y));
}

export function SeriesLine({ model, series }: { model: XYModel; series: SeriesModel }) {
  const { style } = series;
  if (style.width <= 0) return null;
  const gen = line<Point>()
    .defined((p) => drawable(model, p))
    .x((p) => model.x.map(p.x))
    .y((p) => model.y.map(p.y!));
  const d = gen(series.series.points);
  if (!d) return null;
  return (
    <path
      className={`chart-line chart-line-${series.series.kind}`}
      d={d}
      style={{
        stroke: style.color,
        // Presentation mode thickens every line through --chart-line-scale (charts.css).
        strokeWidth: `calc(${style.width}px * var(--chart-line-scale, 1))`,
        strokeDasharray: style.dash,
        strokeOpacity: style.lineOpacity,
      }}
    />
  );
}

/** Radius of point markers: smaller when a series has many points. */
export function markerRadius(count: number, fontScale = 1): number {
  return (count > 60 ? 2.5 : 3.5) * Math.max(1, fontScale * 0.9);
}

export function SeriesPoints({ model, series }: { model: XYModel; series: SeriesModel }) {
  const { style } = series;
  if (style.marker === 'none') return null;
  const points = series.series.points.filter((p) => drawable(model, p));
  const r = markerRadius(points.length, model.fontSize / 12);
  return (
    <g className={`chart-points chart-points-${style.marker}`} style={{ color: style.color }}>
      {points.map((p) => (
        <circle key={p.x} cx={model.x.map(p.x)} cy={model.y.map(p.y!)} r={r} />
      ))}
    </g>
  );
}

/**
 * Points without a drawable value (`y: null`, or y ≤ 0 on a log axis): a small hollow triangle on
 * the x axis, so that the gap in the line is explained; the read-out gives the note.
 */
export function MissingMarkers({ model, series }: { model: XYModel; series: SeriesModel }) {
  const missing = series.series.points.filter(
    (p) => !drawable(model, p) && Number.isFinite(model.x.map(p.x)),
  );
  if (missing.length === 0) return null;
  const y = model.plot.bottom - 5;
  return (
    <g className="chart-missing" style={{ stroke: series.style.color }}>
      {missing.map((p) => {
        const x = model.x.map(p.x);
        return (
          <path key={p.x} d={`M${x - 4},${y - 3.5}H${x + 4}L${x},${y + 3.5}Z`}>
            <title>{p.note ?? 'no value'}</title>
          </path>
        );
      })}
    </g>
  );
}
