// Wall time of the CLI on each view's default link, as a user runs it (npx tsx, cold process).

import { spawnSync } from 'node:child_process';
import { VIEW_NAMES } from '../src/scenario/views';
import { atMost, type Row } from './rows';

/** Wall milliseconds of one CLI run on `link`; throws if it fails or prints no chart. */
export function timeCli(link: string): number {
  const t0 = performance.now();
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', link], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench: the CLI failed on ${link} (exit ${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { charts?: unknown[] };
  if (!out.charts?.length) throw new Error(`bench: the CLI printed no charts for ${link}`);
  return ms;
}

export function cliRows(): Row[] {
  return VIEW_NAMES.map((view) =>
    atMost(`CLI, default link of ${view}`, timeCli(`?v=1&view=${view}&seed=1`), 'ms', 5000),
  );
}
