// The CLI of DESIGN.md: `npm run --silent sim -- '<link>' [--format json|csv] [--threads N]`. It
// runs the same scenario and experiment code as the page, on every core (threads.ts), and since
// each cell's numbers depend only on the seed and the cell, its numbers are the page's numbers.

import { readFileSync } from 'node:fs';
import { chartsToCsv } from '../experiments/csv';
import { loadExperiment } from '../experiments/index';
import { runOutput } from '../experiments/output';
import { parseLink } from '../scenario/codec';
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

async function main(argv: string[]): Promise<void> {
  let format = 'json';
  let threads: number | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--threads' || a.startsWith('--threads=')) {
      const raw = a === '--threads' ? argv[++i] : a.slice('--threads='.length);
      threads = Number(raw);
      if (!Number.isInteger(threads) || threads < 1)
        fail(`--threads needs a whole number ≥ 1, got ${JSON.stringify(raw)}`);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else positional.push(a);
  }
  if (format !== 'json' && format !== 'csv')
    fail(`unknown format ${JSON.stringify(format)}: use json or csv`);
  if (positional.length !== 1) fail(`expected one share link or query string. ${USAGE}`);
  const parsed = parseLink(positional[0]);
  if (!parsed.ok) fail(`nothing to run: ${parsed.error}`);

  const { view, scenario, notices } = parsed;
  const experiment = await loadExperiment(view);
  const results = await runCells(experiment.cells(scenario as never), scenario.seed, extraThreads(threads));
  const charts = experiment.charts(scenario as never, results);
  const out = runOutput(appVersion(), view, scenario, notices, charts);
  process.stdout.write(format === 'csv' ? chartsToCsv(charts) : `${JSON.stringify(out, null, 2)}\n`);
}

// A closed pipe (`sim … | head`) is not an error of the run.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).catch((e: unknown) => {
  fail(`error: ${e instanceof Error ? e.message : String(e)}`);
});
