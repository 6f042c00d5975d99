// What `--sweep` prints (docs/cli.md). JSON: `{ version, sweep: { name, values }, runs }`, where
// runs[i] is exactly the output of the link run alone with the i-th value. CSV: the tables of
// `--format csv`, each once, with the swept parameter as a first column and the rows of every run
// (in the order of the values) under one header; a table appears in the order it first appears.

import type { Chart, RunOutput } from '../experiments/contract';
import { type CsvTable, csvTables, type Field, renderCsvTable } from '../experiments/csv';
import type { Sweep } from './sweep';

export interface SweepOutput {
  version: string;
  sweep: Sweep;
  runs: RunOutput[];
}

export function sweepJson(version: string, sweep: Sweep, runs: RunOutput[]): SweepOutput {
  return { version, sweep, runs };
}

/** One CSV of every run's charts, the swept value (as the link writes it) first on every row. */
export function sweepCsv(sweep: Sweep, charts: Chart[][]): string {
  const merged = new Map<string, CsvTable>();
  charts.forEach((runCharts, i) => {
    const value: Field = sweep.values[i];
    for (const table of csvTables(runCharts)) {
      let into = merged.get(table.key);
      if (!into) {
        into = { key: table.key, header: [sweep.name, ...table.header], rows: [] };
        merged.set(table.key, into);
      }
      for (const row of table.rows) into.rows.push([value, ...row]);
    }
  });
  return [...merged.values()].map(renderCsvTable).join('\n');
}
