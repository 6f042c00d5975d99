// One chart of the contract as a figure: title, cite line, the chart (dispatched by type), legend,
// summary, export menu and progress bar. Fills its container's width.

import { memo, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import type { Chart, Series, XYChart } from '../experiments/contract';
import './charts.css';
import { DataTable } from './DataTable';
import { ExportMenu, type ExportOption } from './ExportMenu';
import {
  chartCsv,
  chartJson,
  copyPngToClipboard,
  downloadBlob,
  downloadText,
  type ExportContext,
  type ExportLegendItem,
  exportFileName,
  serializeChartSvg,
  svgToPng,
  visibleChart,
} from './export';
import { readableNumbers } from './format';
import type { GuessPoint } from './guessModel';
import { HeatmapView } from './HeatmapView';
import { IntervalsView } from './IntervalsView';
import { Legend, type LegendEntry, StateLegend } from './legend';
import { ProgressBar } from './ProgressBar';
import { seriesColors, seriesStyle, stateColors } from './palette';
import { chartHeight } from './scales';
import { TableView } from './TableView';
import { Typeset } from './Typeset';
import { useChartSize } from './useChartSize';
import { XYChartView } from './XYChartView';
import { isDiscrete } from './xyModel';

export interface ChartFrameProps {
  chart: Chart;
  /** The run this chart belongs to (the CLI envelope without charts), for the JSON/SVG exports. */
  context: ExportContext;
  /** 0…1 while simulations stream in; a bar is shown while it is below 1. */
  progress?: number;
  /**
   * While the chart has no simulated point yet: what it waits for and how far, said inside the plot
   * (large enough to read from the back of a room in presentation mode); gone once points arrive.
   */
  waiting?: WaitingMessage | null;
  /** Extra text under the summary (e.g. what was computed so far, a formula reference). */
  note?: ReactNode;
  /** What the chart draws and what to notice (src/views/common/ChartExplanation), after the summary. */
  explanation?: ReactNode;
  /** A fixed chart height in px instead of 0.62 × width clamped to [260, 560]. */
  height?: number;
  className?: string;
  /** Pinned curves of this chart (xy only), drawn as ghosts; `label` says what differed. */
  pinned?: PinnedCurves | null;
  /** Predict first (xy only): the data hidden until revealed, the guess, the prompt above the chart. */
  predict?: PredictProps | null;
  /**
   * The figure fills the box its container gives it (an embed's iframe, a stage): the plot takes the
   * height that the heading and the legend leave, and nothing scrolls. The caption and the data
   * table are left out (the SVG's description still carries the summary). The container must give
   * the figure a height (`charts.css`, `.chart-frame-fill`).
   */
  fill?: boolean;
  /** Beside the export menu (e.g. an embed's link to the whole view). */
  actions?: ReactNode;
}

/** A filled chart never draws shorter than this: below it the axes alone would fill the plot. */
const MIN_FILL_HEIGHT = 120;

export interface WaitingMessage {
  /** "Simulating tuning with delayed gradients" */
  what: string;
  /** "12 of 40 cells · 31 % of the work · about 6 s left" */
  how: string;
}

/** Whether the chart shows anything that came from a simulation yet. */
export function hasSimulatedData(chart: Chart): boolean {
  switch (chart.type) {
    case 'xy':
      return chart.series.some(
        (s) => (s.kind === 'simulation' || s.kind === 'measured') && s.points.some((p) => p.y !== null),
      );
    case 'heatmap':
      return chart.cells.length > 0;
    case 'intervals':
      return chart.rows.length > 0;
    default:
      return true;
  }
}

export interface PinnedCurves {
  series: readonly Series[];
  /** The legend entry: "Pinned: M = 10,100 → now 10,1000". */
  label: string;
}

export interface PredictProps {
  hideData: boolean;
  guess: GuessPoint | null;
  /** Set while a click on the plot may place the guess. */
  onPick?: (guess: GuessPoint) => void;
  /** The question, the guess input and Reveal (or the comparison and Try again). */
  prompt: ReactNode;
}

const EMPTY: ReadonlySet<string> = new Set();

// The drawing and the legend redraw only when their own props change, not on every progress tick
// of the frame around them (the frame's other props are memoised by its caller).
const XYBody = memo(XYChartView);
const HeatmapBody = memo(HeatmapView);
const IntervalsBody = memo(IntervalsView);
const FrameLegend = memo(Legend);

export function legendEntries(chart: XYChart, hidden: ReadonlySet<string>): LegendEntry[] {
  const colors = seriesColors(chart.series);
  return chart.series.map((series, i) => {
    const style = seriesStyle(series.kind, colors[i], series.dash === true);
    const band =
      style.showsBand &&
      !isDiscrete(series) &&
      series.points.some((p) => typeof p.lo === 'number' && typeof p.hi === 'number');
    return { series, style, band, hidden: hidden.has(series.id) };
  });
}

function exportLegend(entries: LegendEntry[]): ExportLegendItem[] {
  return entries
    .filter((e) => !e.hidden)
    .map((e) => ({
      label: e.series.label,
      color: e.style.color,
      dash: e.style.dash,
      width: e.style.width,
      marker: e.style.marker,
      band: e.band,
    }));
}

/** A table with many columns takes a whole row of a chart grid rather than scrolling in half of one. */
function wideTable(chart: Chart): boolean {
  return chart.type === 'table' && chart.columns.length >= 6;
}

export function ChartFrame({
  chart,
  context,
  progress,
  waiting,
  note,
  explanation,
  height,
  className,
  pinned,
  predict,
  fill = false,
  actions,
}: ChartFrameProps) {
  // Measured on the figure, not on the body: off-screen, the figure's content is skipped (see
  // `.chart-frame-lazy`) and reports no size, while the figure itself is laid out (same width).
  // A filled chart is measured on its body, whose height the layout gives (it is never lazy).
  const [sizeRef, size] = useChartSize<HTMLElement>({ height: fill });
  const [hidden, setHidden] = useState<ReadonlySet<string>>(EMPTY);
  const svgRef = useRef<SVGSVGElement>(null);
  const chartH = fill ? Math.max(MIN_FILL_HEIGHT, size.height) : (height ?? chartHeight(size.width));

  const toggle = useCallback((id: string) => {
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  // While predicting, nothing that gives the answer away: no export, no summary, no ghosts.
  const hiding = chart.type === 'xy' && predict?.hideData === true;
  const entries = useMemo(() => (chart.type === 'xy' ? legendEntries(chart, hidden) : []), [chart, hidden]);
  const states = useMemo(
    () =>
      chart.type === 'intervals' ? stateColors(chart.rows.map((r) => r.state)) : new Map<string, string>(),
    [chart],
  );

  const onExport = async (option: ExportOption) => {
    const shown = visibleChart(chart, hidden);
    const name = (ext: string) => exportFileName(context.view, chart.id, ext);
    if (option === 'csv') return downloadText(chartCsv(shown), name('csv'), 'text/csv;charset=utf-8');
    if (option === 'json') return downloadText(chartJson(context, shown), name('json'), 'application/json');
    const svg = svgRef.current;
    if (!svg) throw new Error('the chart is not drawn yet');
    const legend =
      chart.type === 'xy'
        ? [
            ...exportLegend(entries),
            ...(pinned && !hiding
              ? [{ label: pinned.label, color: 'var(--chart-reference, #8a8a8a)', width: 1.5 }]
              : []),
          ]
        : chart.type === 'intervals'
          ? [...states].map(([label, color]): ExportLegendItem => ({ label, color, marker: 'rect' }))
          : undefined;
    const text = serializeChartSvg(svg, {
      title: chart.title,
      cite: chart.cite,
      version: context.version,
      link: context.link,
      legend,
    });
    if (option === 'svg') return downloadText(text, name('svg'), 'image/svg+xml');
    // Before any await: the clipboard accepts a write only within the click.
    if (option === 'copy') return copyPngToClipboard(svgToPng(text, 2));
    const blob = await svgToPng(text, option === 'png4' ? 4 : 2);
    downloadBlob(blob, name('png'));
  };

  const options: ExportOption[] =
    chart.type === 'table' ? ['csv', 'json'] : ['svg', 'png2', 'png4', 'copy', 'csv', 'json'];
  const width = size.width;
  let body: ReactNode = null;
  if (chart.type === 'table') body = <TableView chart={chart} />;
  else if (width > 0) {
    const common = { width, height: chartH, fontScale: size.fontScale, fontFamily: size.fontFamily, svgRef };
    const readout = fill ? ('float' as const) : undefined;
    if (chart.type === 'heatmap') body = <HeatmapBody chart={chart} {...common} />;
    else if (chart.type === 'intervals') body = <IntervalsBody chart={chart} colors={states} {...common} />;
    else
      body = (
        <XYBody
          chart={chart}
          hidden={hidden}
          ghosts={pinned?.series}
          hideData={hiding}
          guess={predict?.guess}
          onPick={predict?.onPick}
          readout={readout}
          {...common}
        />
      );
  }

  return (
    <figure
      ref={fill ? undefined : sizeRef}
      className={`chart-frame ${fill ? 'chart-frame-fill' : 'chart-frame-lazy'}${wideTable(chart) ? ' chart-wide' : ''}${className ? ` ${className}` : ''}`}
      data-chart-id={chart.id}
    >
      {progress !== undefined && progress < 1 ? (
        <ProgressBar value={progress} label={`Computing “${chart.title}”`} />
      ) : null}
      <div className="chart-head">
        <div className="chart-heading">
          <h3 className="chart-title">
            <Typeset text={chart.title} />
          </h3>
          {chart.cite ? <p className="chart-cite">{chart.cite}</p> : null}
        </div>
        {actions || !hiding ? (
          <div className="chart-actions">
            {actions}
            {hiding ? null : <ExportMenu options={options} onExport={onExport} what={`“${chart.title}”`} />}
          </div>
        ) : null}
      </div>
      {chart.type === 'xy' && predict ? predict.prompt : null}
      <div
        ref={fill ? sizeRef : undefined}
        className="chart-body"
        style={chart.type === 'table' || fill ? undefined : { minHeight: width > 0 ? undefined : chartH }}
      >
        {body}
        {waiting && !hasSimulatedData(chart) ? (
          <div className="chart-waiting" aria-hidden="true">
            <p className="chart-waiting-what">{waiting.what}</p>
            {waiting.how ? <p className="chart-waiting-how">{waiting.how}</p> : null}
          </div>
        ) : null}
      </div>
      {chart.type === 'xy' ? (
        <FrameLegend entries={entries} onToggle={toggle} pinned={hiding ? undefined : pinned?.label} />
      ) : null}
      {chart.type === 'intervals' ? <StateLegend states={[...states]} /> : null}
      {!hiding && !fill && (chart.summary || note || explanation) ? (
        <figcaption className="chart-caption">
          {chart.summary ? (
            <p className="chart-summary">
              <Typeset text={readableNumbers(chart.summary)} />
            </p>
          ) : null}
          {note ? <div className="chart-note">{note}</div> : null}
          {explanation ?? null}
        </figcaption>
      ) : null}
      {hiding || fill ? null : <DataTable chart={chart} hidden={hidden} />}
    </figure>
  );
}
