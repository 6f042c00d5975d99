// lo–hi of a series: a semi-transparent band (dense points, closed forms) or error bars (sparse
// simulated or measured points). What lo–hi means (95 % CI, quantiles, min–max) is in the read-out.

import { area } from 'd3';
import type { Point } from '../experiments/contract';
import type { SeriesModel, XYModel } from './xyModel';

function bandPoint(model: XYModel, p: Point): { x: number; lo: number; hi: number } | null {
  if (typeof p.lo !== 'number' || typeof p.hi !== 'number') return null;
  const x = model.x.map(p.x);
  const lo = model.y.map(p.lo);
  const hi = model.y.map(p.hi);
  return Number.isFinite(x) && Number.isFinite(lo) && Number.isFinite(hi) ? { x, lo, hi } : null;
}

export function SeriesBand({ model, series }: { model: XYModel; series: SeriesModel }) {
  const { color } = series.style;
  if (series.bandMode === 'area') {
    const gen = area<Point>()
      .defined((p) => bandPoint(model, p) !== null)
      .x((p) => model.x.map(p.x))
      .y0((p) => model.y.map(p.lo!))
      .y1((p) => model.y.map(p.hi!));
    const d = gen(series.series.points);
    return d ? <path className="chart-band" d={d} style={{ fill: color }} /> : null;
  }
  if (series.bandMode === 'bars') {
    const cap = 3;
    return (
      <g className="chart-errorbars" style={{ stroke: color }}>
        {series.series.points.map((p) => {
          const b = bandPoint(model, p);
          if (!b) return null;
          return (
            <path
              key={p.x}
              d={`M${b.x},${b.lo}V${b.hi}M${b.x - cap},${b.lo}h${2 * cap}M${b.x - cap},${b.hi}h${2 * cap}`}
            />
          );
        })}
      </g>
    );
  }
  return null;
}
