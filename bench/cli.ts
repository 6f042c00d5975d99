// Wall time of the CLI as a user runs it (the prebuilt bundle through its launcher, cold process): each
// view's default link on every core, and each gallery preset on one core (`--threads 1`: the preset's
// cost without the pool); and its start-up, to the first byte of output on a closed-form link.

import { spawn, spawnSync } from 'node:child_process';
import { VIEW_NAMES } from '../src/scenario/views';
import type { Want } from './options';
import { cliRowName, defaultLink, type PresetPlan } from './presets';
import { atMost, noGoal, type Row } from './rows';

/** What `npx sgd-explorer` and `npm run sim` run: the bundle, rebuilt first if older than src/. */
const LAUNCHER = 'bin/sgd-explorer.mjs';
const BUNDLE = 'dist-cli/sgd-explorer.mjs';

let bundleChecked = false;

/** Builds the bundle if it is missing or stale (once per bench), so that no timed run includes the build. */
function ensureBundle(): void {
  if (bundleChecked) return;
  bundleChecked = true;
  const r = spawnSync(process.execPath, [LAUNCHER, '--help'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: the CLI does not build: ${r.stderr}`);
}

/** Wall milliseconds of one CLI run on `link`; throws if it fails or prints no chart. */
export function timeCli(link: string, threads?: number): number {
  ensureBundle();
  const args = [LAUNCHER, link];
  if (threads !== undefined) args.push('--threads', String(threads));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
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

/** Milliseconds from spawning `command` to the first byte on its stdout (rejects if it fails). */
function firstByteMs(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first: number | null = null;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', () => {
      first ??= performance.now() - t0;
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && first !== null ? resolve(first) : reject(new Error(`bench: ${command} exited ${code}`)),
    );
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** The closed-form link of issue 16: the work is ~10 ms, the rest is start-up. */
const STARTUP_LINK = '?v=1&view=speedup&seed=1';
const STARTUP_SAMPLES = 5;

/**
 * Issue 16: the prebuilt CLI prints its first byte ≤ 0.2 s after it is started (`node dist-cli/…`);
 * through `npm run --silent sim` (npm's own start-up added), reported without a goal.
 */
export async function cliStartupRows(want: Want): Promise<Row[]> {
  const direct = `CLI start-up → first byte, ${STARTUP_LINK} (node ${BUNDLE}, median of ${STARTUP_SAMPLES})`;
  const viaNpm = `CLI start-up → first byte, ${STARTUP_LINK} (npm run --silent sim, median of ${STARTUP_SAMPLES})`;
  const rows: Row[] = [];
  if (!want(direct) && !want(viaNpm)) return rows;
  ensureBundle();
  const sample = async (command: string, args: string[]) => {
    const ms: number[] = [];
    for (let i = 0; i < STARTUP_SAMPLES; i++) ms.push(await firstByteMs(command, args));
    return median(ms);
  };
  if (want(direct))
    rows.push({
      ...atMost(direct, await sample(process.execPath, [BUNDLE, STARTUP_LINK]), 'ms', 200),
      link: STARTUP_LINK,
    });
  if (want(viaNpm))
    rows.push({
      ...noGoal(viaNpm, await sample('npm', ['run', '--silent', 'sim', '--', STARTUP_LINK]), 'ms'),
      link: STARTUP_LINK,
    });
  return rows;
}
