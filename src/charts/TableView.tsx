// A table chart as an HTML table (numbers right-aligned, 4 significant digits, — for no value).

import type { TableChart } from '../experiments/contract';
import { formatValue } from './format';
import { Typeset } from './Typeset';

export function TableView({ chart }: { chart: TableChart }) {
  const numeric = chart.columns.map((_, j) =>
    chart.rows.every((row) => row[j] === null || row[j] === undefined || typeof row[j] === 'number'),
  );
  return (
    <div className="chart-table-wrap">
      <table className="chart-table">
        <thead>
          <tr>
            {chart.columns.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may repeat a name.
              <th key={j} scope="col" className={numeric[j] ? 'is-num' : undefined}>
                <Typeset text={c} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
            <tr key={i}>
              {chart.columns.map((_, j) => {
                const v = row[j];
                const text = v === null || v === undefined ? '—' : typeof v === 'number' ? formatValue(v) : v;
                return (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                    key={j}
                    className={numeric[j] ? 'is-num' : undefined}
                    title={typeof v === 'number' ? String(v) : undefined}
                  >
                    <Typeset text={text} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
