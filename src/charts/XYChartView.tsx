// An xy chart as SVG: layout from `buildXYModel` (d3 scales, ticks, paths), drawn by React.
// Pointer or arrow keys move a crosshair that snaps to the nearest x and shows a read-out.

import { type KeyboardEvent, type PointerEvent, useCallback, useMemo, useState } from 'react';
import type { Series, XYChart } from '../experiments/contract';
import { Axes, Grid } from './axes';
import { SeriesBand } from './bands';
import { ChartSvg, type ChartViewProps, pointerPosition, useChartLayout } from './chartView';
import { Crosshair, Readout } from './crosshair';
import { GhostLayer, withGhostDomain } from './ghosts';
import { GuessLayer } from './guess';
import { type GuessPoint, invertAxis, roundSignificant } from './guessModel';
import type { LayoutInput } from './layout';
import { MarkLabels, MarkLines } from './marks';
import { nearestIndex } from './scales';
import { MissingMarkers, SeriesLine, SeriesPoints } from './series';
import { buildXYModel, readoutRows, snapX } from './xyModel';

export interface XYChartViewProps extends ChartViewProps<XYChart> {
  /** Ids of series hidden from the legend. */
  hidden?: ReadonlySet<string>;
  /** Pinned curves drawn faint behind the live ones (the axes cover them too). */
  ghosts?: readonly Series[] | null;
  /** Predict first: draw the axes only (no series, bands or marks) until revealed. */
  hideData?: boolean;
  /** The reader's guess, drawn over the chart. */
  guess?: GuessPoint | null;
  /** When set, a click on the plot places a guess there (data values, 3 significant digits). */
  onPick?: (guess: GuessPoint) => void;
  /**
   * Where the read-out goes: `auto` floats it over the chart, or docks it under the chart when the
   * chart is narrow; `float` always floats it (a chart of fixed height has no room under it).
   */
  readout?: 'auto' | 'float';
}

interface Active {
  x: number;
  via: 'pointer' | 'touch' | 'key';
}

const NO_HIDDEN: ReadonlySet<string> = new Set();

/** Below this width the read-out sits under the chart instead of over it. */
const DOCK_BELOW = 520;

export function XYChartView(props: XYChartViewProps) {
  const {
    chart,
    width,
    height,
    hidden = NO_HIDDEN,
    svgRef,
    ghosts,
    hideData = false,
    guess,
    onPick,
    readout = 'auto',
  } = props;
  const layout = useMemo(() => {
    const withGhosts = ghosts && !hideData ? withGhostDomain(chart, ghosts) : { chart, ghostIds: [] };
    const ids = [...hidden, ...withGhosts.ghostIds, ...(hideData ? chart.series.map((s) => s.id) : [])];
    return { chart: withGhosts.chart, hidden: ids.length === hidden.size ? hidden : new Set(ids) };
  }, [chart, ghosts, hideData, hidden]);
  const build = useCallback(
    (input: LayoutInput<XYChart>) => buildXYModel({ ...input, hidden: layout.hidden }),
    [layout],
  );
  const model = useChartLayout(build, { ...props, chart: layout.chart });
  const [active, setActive] = useState<Active | null>(null);
  const rows = useMemo(() => (active ? readoutRows(model, active.x) : []), [model, active]);
  const visible = model.series.filter((s) => s.visible);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const { px, py } = pointerPosition(e);
    const { plot } = model;
    if (px < plot.left - 12 || px > plot.right + 12 || py < plot.top - 12 || py > plot.bottom + 12) {
      if (e.pointerType !== 'touch') setActive(null);
      return;
    }
    if (onPick && e.type === 'pointerdown') {
      const gx = invertAxis(model.x, px);
      const gy = invertAxis(model.y, py);
      if (gx !== null) onPick({ x: roundSignificant(gx), y: gy === null ? null : roundSignificant(gy) });
    }
    const x = snapX(model.snap, px, 24 * (model.fontSize / 12));
    if (x === undefined) return;
    setActive({ x, via: e.pointerType === 'touch' ? 'touch' : 'pointer' });
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const { snap } = model;
    const values = snap.discreteValues.length > 0 ? snap.discreteValues : snap.values;
    const px = snap.discreteValues.length > 0 ? snap.discretePx : snap.px;
    if (values.length === 0) return;
    const current = active ? nearestIndex(px, model.x.map(active.x)) : -1;
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = current < 0 ? 0 : Math.min(values.length - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = current < 0 ? values.length - 1 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = values.length - 1;
        break;
      case 'Escape':
        setActive(null);
        return;
      default:
        return;
    }
    e.preventDefault();
    setActive({ x: values[next], via: 'key' });
  };

  const docked = readout === 'auto' && width < DOCK_BELOW;
  return (
    <div className={`chart-plot${onPick ? ' is-picking' : ''}`}>
      <ChartSvg
        // While predicting, the summary (read by screen readers) would give the answer away.
        chart={hideData ? { title: chart.title } : chart}
        width={width}
        height={height}
        svgRef={svgRef}
        // The chart is explored with the arrow keys (crosshair read-out).
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerDown={onPointerMove}
        onPointerLeave={(e) => {
          if (e.pointerType !== 'touch') setActive((a) => (a?.via === 'key' ? a : null));
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setActive((a) => (a?.via === 'key' ? null : a))}
      >
        <Grid plot={model.plot} x={model.x.ticks} y={model.y.ticks} />
        {ghosts && !hideData ? <GhostLayer model={model} series={ghosts} /> : null}
        {hideData ? null : <MarkLines model={model} />}
        {visible.map((s) => (
          <SeriesBand key={s.series.id} model={model} series={s} />
        ))}
        {visible.map((s) => (
          <SeriesLine key={s.series.id} model={model} series={s} />
        ))}
        {visible.map((s) => (
          <SeriesPoints key={s.series.id} model={model} series={s} />
        ))}
        {visible.map((s) => (
          <MissingMarkers key={s.series.id} model={model} series={s} />
        ))}
        <Axes model={model} />
        {hideData ? null : <MarkLabels model={model} />}
        {guess ? <GuessLayer model={model} guess={guess} /> : null}
        {active ? <Crosshair model={model} xValue={active.x} rows={rows} /> : null}
      </ChartSvg>
      {active ? (
        <Readout model={model} xLabel={chart.x.label} xValue={active.x} rows={rows} docked={docked} />
      ) : null}
    </div>
  );
}
