// A chart's data as an HTML table, on demand: the text alternative of a drawing for a screen reader
// (and for anyone who wants the numbers without downloading the CSV). A "Show data" button with
// aria-expanded opens it; nothing is built while it is closed.

import { useId, useMemo, useState } from 'react';
import type { Chart, HeatmapChart, IntervalsChart, XYChart } from '../experiments/contract';
import { formatRange, formatValue } from './format';
import { Typeset } from './Typeset';
import { typesetPlain } from './typeset';

/** Rows shown at most; the CSV export has them all (a one-run chart can have thousands). */
export const DATA_TABLE_MAX_ROWS = 500;

export interface DataTableModel {
  /** Column headers; the first column holds each row's header (an x value, a y value, a lane). */
  columns: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
  /** Rows before the cut at `limit`. */
  total: number;
}

const EMPTY: ReadonlySet<string> = new Set();

function xyTable(chart: XYChart, hidden: ReadonlySet<string>): Omit<DataTableModel, 'total'> {
  const series = chart.series.filter((s) => !hidden.has(s.id));
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const byX = series.map((s) => new Map(s.points.map((p) => [p.x, p])));
  const rows = xs.map((x) => [
    formatValue(x),
    ...byX.map((points) => {
      const p = points.get(x);
      if (!p) return '';
      if (p.y === null) return p.note ?? 'no value';
      const band =
        typeof p.lo === 'number' && typeof p.hi === 'number' ? ` (${formatRange(p.lo, p.hi)})` : '';
      return `${formatValue(p.y)}${band}${p.note ? ` — ${p.note}` : ''}`;
    }),
  ]);
  return {
    columns: [chart.x.label, ...series.map((s) => s.label)],
    numeric: [true, ...series.map(() => true)],
    rows,
  };
}

function heatmapTable(chart: HeatmapChart): Omit<DataTableModel, 'total'> {
  const xs = [...new Set(chart.cells.map((c) => c.x))];
  const ys = [...new Set(chart.cells.map((c) => c.y))];
  const cell = new Map(chart.cells.map((c) => [`${c.x}\u0000${c.y}`, c]));
  const label = (v: number | string) => (typeof v === 'number' ? formatValue(v) : v);
  return {
    columns: [`${chart.y.label} \\ ${chart.x.label}`, ...xs.map((x) => `${label(x)}`)],
    numeric: [typeof ys[0] === 'number', ...xs.map(() => true)],
    rows: ys.map((y) => [
      label(y),
      ...xs.map((x) => {
        const c = cell.get(`${x}\u0000${y}`);
        if (!c) return '';
        if (c.value === null) return c.label ?? 'no value';
        return c.label ?? formatValue(c.value);
      }),
    ]),
  };
}

function intervalsTable(
  chart: IntervalsChart,
  describeState: (state: string) => string,
): Omit<DataTableModel, 'total'> {
  return {
    columns: [chart.y.label || 'lane', `start (${chart.x.label})`, `end (${chart.x.label})`, 'state', 'note'],
    numeric: [false, true, true, false, false],
    rows: chart.rows.map((r) => [
      r.lane,
      formatValue(r.start),
      formatValue(r.end),
      describeState(r.state),
      [r.label, r.note].filter(Boolean).join(': '),
    ]),
  };
}

/** The chart's data as rows of text; null for a table chart (it is already one). */
export function dataTableOf(
  chart: Chart,
  hidden: ReadonlySet<string> = EMPTY,
  describeState: (state: string) => string = (s) => s,
  limit = DATA_TABLE_MAX_ROWS,
): DataTableModel | null {
  let table: Omit<DataTableModel, 'total'>;
  if (chart.type === 'table') return null;
  if (chart.type === 'heatmap') table = heatmapTable(chart);
  else if (chart.type === 'intervals') table = intervalsTable(chart, describeState);
  else table = xyTable(chart, hidden);
  return { ...table, rows: table.rows.slice(0, limit), total: table.rows.length };
}

export interface DataTableProps {
  chart: Chart;
  /** Series hidden in the legend are left out, as in the drawing and the exports. */
  hidden?: ReadonlySet<string>;
  /** A state of an intervals chart in words (e.g. the legend's text). */
  describeState?: (state: string) => string;
}

/** The "Show data" toggle and, when open, the chart's data as a table. */
export function DataTable({ chart, hidden = EMPTY, describeState }: DataTableProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const plainTitle = typesetPlain(chart.title);
  const model = useMemo(
    () => (open ? dataTableOf(chart, hidden, describeState) : null),
    [open, chart, hidden, describeState],
  );
  if (chart.type === 'table') return null;
  return (
    <div className="chart-data">
      <button
        type="button"
        className="chart-data-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide data' : 'Show data'}
        <span className="visually-hidden"> of “{plainTitle}”</span>
      </button>
      {model ? (
        // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls; focus lets arrow keys scroll it.
        <section id={id} className="chart-data-wrap" aria-label={`Data of “${plainTitle}”`} tabIndex={0}>
          <table className="chart-table chart-data-table">
            <thead>
              <tr>
                {model.columns.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may repeat a name.
                  <th key={j} scope="col" className={model.numeric[j] ? 'is-num' : undefined}>
                    <Typeset text={c} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
                <tr key={i}>
                  {row.map((text, j) =>
                    j === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                      <th key={j} scope="row" className={model.numeric[j] ? 'is-num' : undefined}>
                        {text}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                      <td key={j} className={model.numeric[j] ? 'is-num' : undefined}>
                        {text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {model.total > model.rows.length ? (
            <p className="chart-data-more">
              The first {model.rows.length} of {model.total} rows; Export → CSV has them all.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
