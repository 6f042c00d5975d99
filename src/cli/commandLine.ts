// The CLI of DESIGN.md and docs/cli.md: one link (or one link per value of `--sweep`) in, JSON or CSV
// out. It runs the same scenario and experiment code as the page, on every core (threads.ts), and
// since each cell's numbers depend only on the seed and the cell, its numbers are the page's numbers.
// Bad input exits 2 with one line on stderr, never a stack trace; a repaired link runs (exit 0) with
// its repairs in `notices` (and, for CSV, which has no room for them, on stderr).

import type { CellSpec } from '../experiments/cells';
import type { RunOutput } from '../experiments/contract';
import { chartsToCsv } from '../experiments/csv';
import { loadExperiment } from '../experiments/index';
import { runOutput } from '../experiments/output';
import { type ParsedLink, parseLink } from '../scenario/codec';
import { parseArgs, USAGE, UsageError } from './options';
import { linkWith, parseSweep, type Sweep } from './sweep';
import { sweepCsv, sweepJson } from './sweepOutput';
import { extraThreads, type Job, jobKey, runJobs } from './threads';
import { APP_VERSION } from './version';

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

/** The link, parsed; the link was parsed once already, so a failure here is a bug, not bad input. */
function parsedRun(link: string): ParsedLink {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(`the swept link ${link} does not parse: ${parsed.error}`);
  return parsed;
}

/** Every run's output, all runs' cells in one queue (a cell planned by two runs is run once). */
async function runAll(
  runs: ParsedLink[],
  threads: number | undefined,
  threadEntry: URL,
): Promise<RunOutput[]> {
  const experiment = await loadExperiment(runs[0].view);
  const plans = runs.map((r) => experiment.cells(r.scenario as never) as CellSpec[]);
  const jobs = new Map<string, Job>();
  runs.forEach((r, i) => {
    for (const cell of plans[i]) {
      const key = jobKey(cell, r.scenario.seed);
      if (!jobs.has(key)) jobs.set(key, { key, cell, seed: r.scenario.seed });
    }
  });
  const results = await runJobs([...jobs.values()], extraThreads(threads), threadEntry);
  return runs.map((r, i) => {
    const byCell = new Map(plans[i].map((c) => [c.id, results.get(jobKey(c, r.scenario.seed))]));
    const charts = experiment.charts(r.scenario as never, byCell);
    return runOutput(APP_VERSION, r.view, r.scenario, r.notices, charts);
  });
}

async function main(argv: string[], threadEntry: URL): Promise<void> {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const base = parseLink(options.link);
  if (!base.ok) fail(`nothing to run: ${base.error}`);
  const sweep = options.sweep === undefined ? null : parseSweep(options.sweep, base.view);
  const runs = sweep ? sweep.values.map((v) => parsedRun(linkWith(options.link, sweep.name, v))) : [base];
  const csv = options.format === 'csv';
  // Every run of a sweep carries the base link's repairs: say each once.
  if (csv) for (const n of new Set(runs.flatMap((r) => r.notices))) process.stderr.write(`notice: ${n}\n`);
  const outputs = await runAll(runs, options.threads, threadEntry);
  process.stdout.write(outputText(csv, sweep, outputs));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One output, or a sweep's (sweepOutput.ts), as JSON or CSV. */
function outputText(csv: boolean, sweep: Sweep | null, outputs: RunOutput[]): string {
  if (!sweep) return csv ? chartsToCsv(outputs[0].charts) : json(outputs[0]);
  return csv
    ? sweepCsv(
        sweep,
        outputs.map((o) => o.charts),
      )
    : json(sweepJson(APP_VERSION, sweep, outputs));
}

/** Runs the command line; worker threads are started from `threadEntry` (the CLI's own file). */
export function runCommandLine(argv: string[], threadEntry: URL): void {
  // A closed pipe (`sim … | head`) is not an error of the run.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    fail(`error: cannot write the output (${e.message})`);
  });
  // Whatever goes wrong, one line in words, never a stack trace.
  const crash = (e: unknown) =>
    fail(e instanceof UsageError ? e.message : `error: ${e instanceof Error ? e.message : String(e)}`);
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  main(argv, threadEntry).catch(crash);
}
