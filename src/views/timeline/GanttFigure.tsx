import { memo, type ReactNode, useRef } from 'react';
import { DataTable } from '../../charts/DataTable';
import { ExportMenu, type ExportOption } from '../../charts/ExportMenu';
import {
  chartCsv,
  chartJson,
  copyPngToClipboard,
  downloadBlob,
  downloadText,
  type ExportContext,
  exportFileName,
  serializeChartSvg,
  svgToPng,
} from '../../charts/export';
import { useChartSize } from '../../charts/useChartSize';
import type { TimelineChart } from '../../experiments/timeline/rows';
import { Gantt } from './Gantt';
import type { Playback } from './playback';
import { STATE_STYLE } from './states';

interface Props {
  chart: TimelineChart;
  P: number;
  domainEnd: number;
  playback: Playback;
  context: ExportContext;
  /** The chart's summary as shown under it (the view states the shared-draws sentence once). */
  caption: string;
  /** The formula and what to notice (ChartExplanation), under the caption. */
  explanation?: ReactNode;
  /** Fill the box the container gives (an embed): no caption or data table (ChartFrame's `fill`). */
  fill?: boolean;
  /** Beside the export menu (an embed's link to the whole view). */
  actions?: ReactNode;
  /** Extra classes on the figure (presentation mode's `chart-on-stage`). */
  className?: string;
}

const OPTIONS: ExportOption[] = ['svg', 'png2', 'png4', 'copy', 'csv', 'json'];

/** A state as the legend says it, for the data table. */
const stateInWords = (state: string) => STATE_STYLE[state as keyof typeof STATE_STYLE]?.legend ?? state;

/** A Gantt chart as a figure: title, cite, the animated chart, caption and downloads. */
export const GanttFigure = memo(function GanttFigure({
  chart,
  P,
  domainEnd,
  playback,
  context,
  caption,
  explanation,
  fill = false,
  actions,
  className,
}: Props) {
  const [sizeRef, size] = useChartSize<HTMLDivElement>({ height: fill });
  const svgRef = useRef<SVGSVGElement>(null);
  const onExport = async (option: ExportOption) => {
    const name = (ext: string) => exportFileName(context.view, chart.id, ext);
    if (option === 'csv') return downloadText(chartCsv(chart), name('csv'), 'text/csv;charset=utf-8');
    if (option === 'json') return downloadText(chartJson(context, chart), name('json'), 'application/json');
    const svg = svgRef.current;
    if (!svg) throw new Error('the chart is not drawn yet');
    const states = [...new Set(chart.rows.map((r) => r.state))];
    const text = serializeChartSvg(svg, {
      title: chart.title,
      cite: chart.cite,
      version: context.version,
      link: context.link,
      legend: states.map((s) => ({
        label: STATE_STYLE[s].legend,
        color: STATE_STYLE[s].fill.startsWith('#') ? STATE_STYLE[s].fill : '#9aa1aa',
        marker: 'rect',
      })),
    });
    if (option === 'svg') return downloadText(text, name('svg'), 'image/svg+xml');
    // Before any await: the clipboard accepts a write only within the click.
    if (option === 'copy') return copyPngToClipboard(svgToPng(text, 2));
    downloadBlob(await svgToPng(text, option === 'png4' ? 4 : 2), name('png'));
  };
  return (
    <figure
      className={`chart-frame gantt-frame${fill ? ' chart-frame-fill' : ''}${className ? ` ${className}` : ''}`}
      data-chart-id={chart.id}
    >
      <div className="chart-head">
        <div className="chart-heading">
          <h3 className="chart-title">{chart.title}</h3>
          {chart.cite ? <p className="chart-cite">{chart.cite}</p> : null}
        </div>
        <div className="chart-actions">
          {actions}
          <ExportMenu options={OPTIONS} onExport={onExport} what={`“${chart.title}”`} />
        </div>
      </div>
      <div ref={sizeRef} className="chart-body">
        {size.width > 0 && chart.rows.length > 0 ? (
          <Gantt
            chart={chart}
            P={P}
            domainEnd={domainEnd}
            width={size.width}
            height={fill ? Math.max(80, size.height) : undefined}
            fontScale={size.fontScale}
            fontFamily={size.fontFamily}
            playback={playback}
            svgRef={svgRef}
            description={chart.summary ?? ''}
          />
        ) : (
          <p className="gantt-pending">Simulating…</p>
        )}
      </div>
      {fill ? null : (
        <>
          <figcaption className="chart-caption">
            <p className="chart-summary">{caption}</p>
            {explanation ?? null}
          </figcaption>
          <DataTable chart={chart} describeState={stateInWords} />
        </>
      )}
    </figure>
  );
});
