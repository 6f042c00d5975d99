// `npm run bench` (after `vite build`): prints a table and writes bench/results/latest.json.
// A missed goal is reported, not fatal; a crash exits non-zero.

import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { browserRows } from './browser';
import { cliRows } from './cli';
import { delayedRows } from './delayed';
import { codecRow, monteCarloRows } from './engine';
import { eventRows } from './events';
import { quadraticRows } from './quadratic';
import { raceRows } from './race';
import { type Row, table } from './rows';

async function main(): Promise<void> {
  const rows: Row[] = [];
  const section = (name: string) => process.stderr.write(`bench: ${name}…\n`);
  section('Monte Carlo kernels');
  rows.push(...(await monteCarloRows()));
  section('link codec');
  rows.push(codecRow());
  rows.push(...quadraticRows(section));
  section('delayed runs (gradients per second)');
  rows.push(...delayedRows());
  section('parameter-server simulator (completions per second)');
  rows.push(...eventRows());
  section('race engine (gradients per second)');
  rows.push(...raceRows());
  section('CLI');
  rows.push(...cliRows());
  section('browser (vite preview + headless Chromium)');
  const browser = await browserRows();
  rows.push(...browser.rows);

  process.stdout.write(`${table(rows)}\n`);
  const missed = rows.filter((r) => r.pass === false).length;
  process.stdout.write(missed ? `${missed} goal(s) missed.\n` : 'All goals met.\n');
  await mkdir('bench/results', { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    chromium: browser.chromium,
    rows,
    runtimeRun: browser.runtimeRun,
  };
  await writeFile('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write('Wrote bench/results/latest.json\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
