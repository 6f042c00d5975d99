// Crosshair and read-out: the x the pointer (or the arrow keys) snapped to, and per visible series
// the exact value there, its band or its note, and where the number comes from.

import { bandLabel, formatRange, formatValue, readableNumbers } from './format';
import { ReadoutBox, ReadoutHeading, readoutPlacement } from './hover';
import { kindLabel } from './palette';
import { Swatch } from './swatch';
import { Typeset } from './Typeset';
import { isDiscrete, type ReadoutRow, type SeriesModel, type XYModel } from './xyModel';

/** The SVG part: a vertical rule and rings around the read-out points. Not exported. */
export function Crosshair({ model, xValue, rows }: { model: XYModel; xValue: number; rows: ReadoutRow[] }) {
  const px = model.x.map(xValue);
  if (!Number.isFinite(px)) return null;
  return (
    <g className="chart-crosshair" data-export="omit">
      <line x1={px} x2={px} y1={model.plot.top} y2={model.plot.bottom} />
      {rows.map(({ model: s, point }) => {
        if (point.y === null) return null;
        const cx = model.x.map(point.x);
        const cy = model.y.map(point.y);
        if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
        return <circle key={s.series.id} cx={cx} cy={cy} r={5.5} style={{ stroke: s.style.color }} />;
      })}
    </g>
  );
}

export interface ReadoutProps {
  model: XYModel;
  xLabel: string;
  xValue: number;
  rows: ReadoutRow[];
  /** Docked below the chart (narrow screens) instead of floating beside the crosshair. */
  docked: boolean;
}

/**
 * Whether to say at which x a series' value was read: always for points off the crosshair's x,
 * except for lines drawn on a dense grid whose point is within 4 px of it.
 */
function showAt(model: XYModel, s: SeriesModel, x: number, xValue: number): boolean {
  if (x === xValue) return false;
  if (isDiscrete(s.series)) return true;
  return Math.abs(model.x.map(x) - model.x.map(xValue)) > 4;
}

const sourceOf = (s: SeriesModel) => s.series.source ?? kindLabel(s.series.kind);

/**
 * Where the numbers come from, said once: the source most of the rows share goes under the list
 * (a formula is often the same for every curve but its parameter), the others stay on their row.
 */
export function commonSource(rows: readonly ReadoutRow[]): string | null {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(sourceOf(r.model), (counts.get(sourceOf(r.model)) ?? 0) + 1);
  let best: string | null = null;
  for (const [source, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = source;
  return best;
}

/** The HTML read-out box: per series its value at the pointer, where the numbers come from once. */
export function Readout({ model, xLabel, xValue, rows, docked }: ReadoutProps) {
  const px = model.x.map(xValue);
  const style = docked
    ? undefined
    : readoutPlacement({ width: model.width, at: px, before: px, after: px, top: model.plot.top, gap: 16 });
  const shared = commonSource(rows);
  return (
    <ReadoutBox style={style} docked={docked}>
      <ReadoutHeading label={readableNumbers(xLabel)} value={formatValue(xValue)} />
      {rows.length === 0 ? <div className="chart-readout-empty">no series here</div> : null}
      <ul>
        {rows.map(({ model: s, point }) => {
          const series = s.series;
          const hasBand = typeof point.lo === 'number' && typeof point.hi === 'number';
          return (
            <li key={series.id}>
              <Swatch style={s.style} band={s.bandMode === 'area'} />
              <span className="chart-readout-label">
                <Typeset text={readableNumbers(series.label)} />
              </span>
              {point.y === null ? (
                <span className="chart-readout-note">{point.note ?? 'no value'}</span>
              ) : (
                <span className="chart-readout-value">{formatValue(point.y)}</span>
              )}
              {showAt(model, s, point.x, xValue) ? (
                <span className="chart-readout-at">at {formatValue(point.x)}</span>
              ) : null}
              {hasBand ? (
                <span className="chart-readout-band">
                  {formatRange(point.lo, point.hi)} ({bandLabel(series.band)})
                </span>
              ) : null}
              {point.y !== null && point.note ? (
                <span className="chart-readout-note">{point.note}</span>
              ) : null}
              {sourceOf(s) === shared ? null : (
                <span className="chart-readout-source">{readableNumbers(sourceOf(s))}</span>
              )}
            </li>
          );
        })}
      </ul>
      {shared ? (
        <div className="chart-readout-source chart-readout-shared">{readableNumbers(shared)}</div>
      ) : null}
    </ReadoutBox>
  );
}
