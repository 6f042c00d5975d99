// The CLI's command line (docs/cli.md): one link, `--format json|csv`, `--threads N`, `--sweep
// 'NAME=v1,v2,…'`, `--help`. A mistake is a UsageError whose message is the one line the CLI prints
// before exiting with status 2.

import { quote } from '../scenario/params';

export const USAGE =
  "usage: npx sgd-explorer '?v=1&view=speedup&…&seed=1' [--format json|csv] [--threads N (default: all cores)] [--sweep 'NAME=v1,v2,…'] (or npm run --silent sim -- …; docs/cli.md)";

export class UsageError extends Error {}

export interface CliOptions {
  format: 'json' | 'csv';
  /** Threads in all, counting the main one; undefined: one per core. */
  threads?: number;
  /** The `--sweep` argument as given, read against the link's view later (sweep.ts). */
  sweep?: string;
  link: string;
  help: boolean;
}

/** What `--name value` or `--name=value` gives, and where the next argument is. */
function optionValue(argv: string[], i: number, name: string): { value: string; next: number } {
  const a = argv[i];
  if (a.startsWith(`${name}=`)) return { value: a.slice(name.length + 1), next: i };
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value. ${USAGE}`);
  return { value, next: i + 1 };
}

const isOption = (a: string, name: string) => a === name || a.startsWith(`${name}=`);

export function parseArgs(argv: string[]): CliOptions {
  let format = 'json';
  let threads: number | undefined;
  let sweep: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (isOption(a, '--format')) {
      const o = optionValue(argv, i, '--format');
      format = o.value;
      i = o.next;
    } else if (isOption(a, '--threads')) {
      const o = optionValue(argv, i, '--threads');
      i = o.next;
      threads = /^\s*\d+\s*$/.test(o.value) ? Number(o.value) : Number.NaN;
      if (!Number.isInteger(threads) || threads < 1)
        throw new UsageError(`--threads needs a whole number ≥ 1, got ${quote(o.value)}`);
    } else if (isOption(a, '--sweep')) {
      const o = optionValue(argv, i, '--sweep');
      i = o.next;
      if (sweep !== undefined) throw new UsageError('--sweep is given twice: a sweep varies one parameter');
      sweep = o.value;
    } else if (a === '--help' || a === '-h') {
      return { format: 'json', link: '', help: true };
    } else if (a === '--') {
      positional.push(...argv.slice(i + 1)); // the conventional end of options
      break;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${quote(a)}. ${USAGE}`);
    else positional.push(a);
  }
  if (format !== 'json' && format !== 'csv')
    throw new UsageError(`unknown format ${quote(format)}: use json or csv`);
  if (positional.length !== 1)
    throw new UsageError(`expected one share link or query string, got ${positional.length}. ${USAGE}`);
  return { format, threads, sweep, link: positional[0], help: false };
}
