// Wall time of the CLI as a user runs it (npx tsx, cold process): each view's default link on every
// core, and each gallery preset on one core (`--threads 1`: the preset's cost without the pool).

import { spawnSync } from 'node:child_process';
import { VIEW_NAMES } from '../src/scenario/views';
import type { Want } from './options';
import { cliRowName, defaultLink, type PresetPlan } from './presets';
import { atMost, noGoal, type Row } from './rows';

/** Wall milliseconds of one CLI run on `link`; throws if it fails or prints no chart. */
export function timeCli(link: string, threads?: number): number {
  const args = ['tsx', 'src/cli/main.ts', link];
  if (threads !== undefined) args.push('--threads', String(threads));
  const t0 = performance.now();
  const r = spawnSync('npx', args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench: the CLI failed on ${link} (exit ${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { charts?: unknown[] };
  if (!out.charts?.length) throw new Error(`bench: the CLI printed no charts for ${link}`);
  return ms;
}

/** DESIGN.md: a view's default scenario completes within about 5 s on a 2-core machine. */
export function cliRows(want: Want): Row[] {
  const rows: Row[] = [];
  for (const view of VIEW_NAMES) {
    const name = `CLI, default link of ${view}`;
    const link = defaultLink(view);
    if (want(name)) rows.push({ ...atMost(name, timeCli(link), 'ms', 5000), link });
  }
  return rows;
}

/** No issue set a one-core goal: these are the presets' costs, reported without one. */
export function cliPresetRows(plans: PresetPlan[], want: Want): Row[] {
  const rows: Row[] = [];
  for (const p of plans) {
    const name = cliRowName(p);
    if (want(name)) rows.push({ ...noGoal(name, timeCli(p.link, 1), 'ms'), link: p.link });
  }
  return rows;
}
