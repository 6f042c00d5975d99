// `npm run bench [-- --quick] [-- --only <regexp>]`: every performance figure with its goal. Prints a
// table and a summary line, and writes bench/results/latest.json (a partial run — `--quick` or
// `--only` — writes bench/results/partial.json instead, so the full run's numbers stay). The file is
// rewritten after each section and page row ("complete": false until the end). The app is
// built into the bench's own directory (bench/results/dist by default), never into dist/. A missed
// goal is reported, not fatal; a crash exits non-zero.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { ensureKernels } from '../build/wasm.mjs';
import { installKernels } from '../src/engine/wasm/kernels';
import { type BrowserResult, browserRows } from './browser';
import { cliPresetRows, cliRows, cliStartupRows } from './cli';
import { delayedRows } from './delayed';
import { digitsRows } from './digits';
import { codecRows, monteCarloRows } from './engine';
import { eventRows } from './events';
import { kernelRows } from './kernels';
import { machine, machineRows, REFERENCE, slowness } from './machine';
import { type BenchOptions, parseOptions, wantFor } from './options';
import { presetPlans } from './presets';
import { quadraticRows } from './quadratic';
import { raceRows } from './race';
import { type Row, summary, table } from './rows';
import { timeLeftRows } from './timeLeft';
import { yardstickRows } from './yardstick';

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const want = wantFor(options);
  const partial = options.quick || options.only !== null;
  const file = `bench/results/${partial ? 'partial' : 'latest'}.json`;
  const rows: Row[] = [];
  const browser: BrowserResult = {
    rows: [],
    chromium: null,
    pageRuns: [],
    firstPaintJs: [],
    firstChartJs: [],
  };
  /** Writes what is measured so far (after each section and page row; `complete` only at the end). */
  const save = async (complete = false) => {
    await mkdir('bench/results', { recursive: true });
    const all = [...rows, ...browser.rows];
    const result = {
      date: new Date().toISOString(),
      complete,
      commit: commitOf(),
      node: process.version,
      cpus: cpus().length,
      machine: { ...machine(), slowness: slowness(machine()), reference: REFERENCE },
      chromium: browser.chromium,
      options: { quick: options.quick, only: options.only?.source ?? null },
      summary: summary(all),
      rows: all,
      firstPaintJs: browser.firstPaintJs,
      firstChartJs: browser.firstChartJs,
      pageRuns: browser.pageRuns,
    };
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  };
  const section = async (name: string) => {
    await save();
    process.stderr.write(`bench: ${name}…\n`);
  };
  // The WebAssembly kernels, as the page's workers and the CLI use them (built if stale).
  installKernels(new WebAssembly.Module(readFileSync(await ensureKernels())));
  const plans = await presetPlans();
  process.stderr.write('bench: the machine (calibration loop)…\n');
  rows.push(...machineRows(machine()));
  await section('Monte Carlo kernels');
  rows.push(...(await monteCarloRows(want)));
  await section('link codec');
  rows.push(...codecRows(want));
  rows.push(...timeLeftRows(want));
  await section('quadratic');
  rows.push(...quadraticRows((name) => process.stderr.write(`bench:   ${name}…\n`), want));
  await section('WebAssembly kernels against JavaScript (ns per step)');
  rows.push(...kernelRows(want));
  await section('delayed runs (gradients per second)');
  rows.push(...delayedRows(want));
  await section('C yardstick of the delayed-SGD step');
  rows.push(...yardstickRows(want));
  await section('parameter-server simulator (completions per second)');
  rows.push(...eventRows(want));
  await section('race engine (gradients per second)');
  rows.push(...raceRows(want));
  await section('digits models (gradients per second)');
  rows.push(...(await digitsRows(want)));
  await section('CLI: start-up, default links on every core, presets on one core');
  rows.push(...(await cliStartupRows(want)));
  rows.push(...cliRows(want));
  rows.push(...cliPresetRows(plans, want));
  await section('browser (vite preview + headless Chromium)');
  const config = {
    build: options.build,
    outDir: options.outDir,
    port: options.port,
    samples: options.quick ? 1 : 3,
    presetTimeoutMs: options.pageTimeoutS * 1000,
  };
  await browserRows(config, plans, want, browser, save);
  const all = [...rows, ...browser.rows];
  if (all.length === machineRows(machine()).length) {
    process.stderr.write(`bench: no row matches --only ${options.only?.source}; nothing was measured\n`);
    process.exit(2);
  }
  process.stdout.write(`${table(all)}\n\n${summary(all)}\n`);
  await save(true);
  process.stderr.write(`bench: wrote ${file}\n`);
}

/** The commit measured ("+" when the work tree has changes), or undefined outside git. */
function commitOf(): string | undefined {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  if (head.status !== 0) return undefined;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? '+' : ''}`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
