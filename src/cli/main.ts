// The CLI of DESIGN.md: `npm run --silent sim -- '<link>' [--format json|csv] [--threads N]`. It
// runs the same scenario and experiment code as the page, on every core (threads.ts), and since
// each cell's numbers depend only on the seed and the cell, its numbers are the page's numbers.
// Bad input exits 2 with one line on stderr, never a stack trace; a repaired link runs (exit 0)
// with its repairs in `notices` (and, for CSV, which has no room for them, on stderr).

import { readFileSync } from 'node:fs';
import { chartsToCsv } from '../experiments/csv';
import { loadExperiment } from '../experiments/index';
import { runOutput } from '../experiments/output';
import { parseLink } from '../scenario/codec';
import { quote } from '../scenario/params';
import { extraThreads, runCells } from './threads';

const USAGE =
  "usage: npm run --silent sim -- '?v=1&view=speedup&…&seed=1' [--format json|csv] [--threads N (default: all cores)]";

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** What `--name value` or `--name=value` gives, or a failure when the value is missing. */
function optionValue(argv: string[], i: number, name: string): { value: string; next: number } {
  const a = argv[i];
  if (a.startsWith(`${name}=`)) return { value: a.slice(name.length + 1), next: i };
  const value = argv[i + 1];
  if (value === undefined) fail(`${name} needs a value. ${USAGE}`);
  return { value, next: i + 1 };
}

async function main(argv: string[]): Promise<void> {
  let format = 'json';
  let threads: number | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const o = optionValue(argv, i, '--format');
      format = o.value;
      i = o.next;
    } else if (a === '--threads' || a.startsWith('--threads=')) {
      const o = optionValue(argv, i, '--threads');
      i = o.next;
      threads = /^\s*\d+\s*$/.test(o.value) ? Number(o.value) : Number.NaN;
      if (!Number.isInteger(threads) || threads < 1)
        fail(`--threads needs a whole number ≥ 1, got ${quote(o.value)}`);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (a === '--') {
      positional.push(...argv.slice(i + 1)); // the conventional end of options
      break;
    } else if (a.startsWith('-')) fail(`unknown option ${quote(a)}. ${USAGE}`);
    else positional.push(a);
  }
  if (format !== 'json' && format !== 'csv') fail(`unknown format ${quote(format)}: use json or csv`);
  if (positional.length !== 1)
    fail(`expected one share link or query string, got ${positional.length}. ${USAGE}`);
  const parsed = parseLink(positional[0]);
  if (!parsed.ok) fail(`nothing to run: ${parsed.error}`);

  const { view, scenario, notices } = parsed;
  if (format === 'csv') for (const n of notices) process.stderr.write(`notice: ${n}\n`);
  const experiment = await loadExperiment(view);
  const results = await runCells(experiment.cells(scenario as never), scenario.seed, extraThreads(threads));
  const charts = experiment.charts(scenario as never, results);
  const out = runOutput(appVersion(), view, scenario, notices, charts);
  process.stdout.write(format === 'csv' ? chartsToCsv(charts) : `${JSON.stringify(out, null, 2)}\n`);
}

// A closed pipe (`sim … | head`) is not an error of the run.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(`error: cannot write the output (${e.message})`);
});

// Whatever goes wrong, one line in words, never a stack trace.
const crash = (e: unknown) => fail(`error: ${e instanceof Error ? e.message : String(e)}`);
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

main(process.argv.slice(2)).catch(crash);
