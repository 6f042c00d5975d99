// CSV form of the chart contract (DESIGN.md, "CLI", `--format csv`), shared by the CLI and the
// page's per-chart export. No React, no DOM.
//
// Layout: first one table of every `xy` chart's points (`chart,series,kind,x,y,lo,hi,note`),
// then the other chart types as further tables, each after one blank line and with its own
// header: all heatmaps in one table (`chart,x,y,value,label`), all interval charts in one table
// (`chart,lane,start,end,state`), and each `table` chart on its own (`chart,<its columns>`).
// These follow in the order in which their type (or, for tables, the chart) first appears. With
// no xy chart the output starts with the first other table; with no chart at all it is the xy
// header alone.
//
// Quoting follows RFC 4180 (a field holding `,`, `"`, CR or LF is wrapped in double quotes, and
// a `"` inside it is doubled), but lines end with LF (`\n`), not CRLF: the output is mostly read
// by scripts and diffed, and every CSV reader accepts LF. The output ends with a newline.
// Numbers are printed with `String(x)` (so the CLI's numbers round-trip exactly); `null` and
// absent values are empty fields.

import type { Chart, HeatmapChart, IntervalsChart, TableChart, XYChart } from './contract';

export type Field = string | number | null | undefined;

export const XY_HEADER = ['chart', 'series', 'kind', 'x', 'y', 'lo', 'hi', 'note'] as const;
export const HEATMAP_HEADER = ['chart', 'x', 'y', 'value', 'label'] as const;
export const INTERVALS_HEADER = ['chart', 'lane', 'start', 'end', 'state'] as const;

/** One field, quoted per RFC 4180 when it must be. */
export function csvField(value: Field): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function csvLine(fields: readonly Field[]): string {
  return fields.map(csvField).join(',');
}

function xyRows(charts: XYChart[]): Field[][] {
  const rows: Field[][] = [];
  for (const chart of charts) {
    for (const series of chart.series) {
      for (const p of series.points) {
        rows.push([chart.id, series.id, series.kind, p.x, p.y, p.lo, p.hi, p.note]);
      }
    }
  }
  return rows;
}

function heatmapRows(charts: HeatmapChart[]): Field[][] {
  return charts.flatMap((chart) => chart.cells.map((c): Field[] => [chart.id, c.x, c.y, c.value, c.label]));
}

function intervalRows(charts: IntervalsChart[]): Field[][] {
  return charts.flatMap((chart) =>
    chart.rows.map((r): Field[] => [chart.id, r.lane, r.start, r.end, r.state]),
  );
}

function tableRows(chart: TableChart): Field[][] {
  return chart.rows.map((row): Field[] => [chart.id, ...row]);
}

/** One CSV table: `key` names what it holds (its chart type, or a `table` chart's id), for merging runs. */
export interface CsvTable {
  key: string;
  header: readonly Field[];
  rows: Field[][];
}

export function renderCsvTable(table: Pick<CsvTable, 'header' | 'rows'>): string {
  return [table.header, ...table.rows].map(csvLine).join('\n') + '\n';
}

/** The tables of chartsToCsv, in order (see the comment at the top of this file for the layout). */
export function csvTables(charts: readonly Chart[]): CsvTable[] {
  const xy = charts.filter((c): c is XYChart => (c.type ?? 'xy') === 'xy');
  const heatmaps = charts.filter((c): c is HeatmapChart => c.type === 'heatmap');
  const intervals = charts.filter((c): c is IntervalsChart => c.type === 'intervals');

  const tables: CsvTable[] = [];
  if (xy.length > 0) tables.push({ key: 'xy', header: XY_HEADER, rows: xyRows(xy) });
  let heatmapsDone = false;
  let intervalsDone = false;
  for (const chart of charts) {
    if (chart.type === 'heatmap' && !heatmapsDone) {
      heatmapsDone = true;
      tables.push({ key: 'heatmap', header: HEATMAP_HEADER, rows: heatmapRows(heatmaps) });
    } else if (chart.type === 'intervals' && !intervalsDone) {
      intervalsDone = true;
      tables.push({ key: 'intervals', header: INTERVALS_HEADER, rows: intervalRows(intervals) });
    } else if (chart.type === 'table') {
      const header = ['chart', ...chart.columns];
      tables.push({ key: `table ${chart.id} ${csvLine(header)}`, header, rows: tableRows(chart) });
    }
  }
  if (tables.length === 0) tables.push({ key: 'xy', header: XY_HEADER, rows: [] });
  return tables;
}

/** All charts as CSV text (see the comment at the top of this file for the exact layout). */
export function chartsToCsv(charts: readonly Chart[]): string {
  return csvTables(charts).map(renderCsvTable).join('\n');
}
