// Benchmarks of the built app in headless Chromium against `vite preview`: navigation → first chart
// for each view's default link, the JS of the first paint and of the first chart, each gallery preset
// (navigation or first chart → Done, with the worker pool), a seed change → first simulated point,
// and the main thread over all preset runs. A probe installed before the app records times on the
// page's own clock. The server and the browser start only when a row needs them (`--only`).

import { type ChildProcess, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { startPreview } from '../scripts/previewServer';
import { PRESETS } from '../src/scenario/presets';
import { VIEW_NAMES } from '../src/scenario/views';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromiumPath';
import { machine, withinBudget } from './machine';
import type { Want } from './options';
import { defaultLink, type From, goalRowName, type PresetPlan, pageRowName } from './presets';
import { PROBE_SCRIPT, type Probe } from './probe';
import { atMost, noGoal, type Row } from './rows';
import { cpuWhileSimulating, MARK_SCRIPT, TRACE_CATEGORIES, type TraceEvent } from './trace';

export interface BrowserConfig {
  /** Build the app into `outDir` before the first page row (else measure what is there). */
  build: boolean;
  outDir: string;
  port: number;
  /** Samples of each median (3; 1 for `--quick`). */
  samples: number;
  /** How long a preset may run in the page before its row says "timed out". */
  presetTimeoutMs: number;
}

/** `vite build` into the bench's own directory (its log on stderr: stdout is the table). */
function buildApp(outDir: string): void {
  process.stderr.write(`bench: vite build --outDir ${outDir}\n`);
  const r = spawnSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir'], {
    stdio: ['ignore', 2, 2],
  });
  if (r.status !== 0) throw new Error(`bench: vite build failed (exit ${r.status})`);
}

const chartSeen = () => (window.__probe?.firstChartAt ?? 0) > 0;
const doneSeen = () => window.__probe !== undefined && window.__probe.doneAt !== null;
const doneOrError = () =>
  window.__probe !== undefined && (window.__probe.doneAt !== null || window.__probe.error !== null);

/** A page run that did not complete: timed out, or finished with errors. */
class PageFailure extends Error {}

/** Opens a link in a fresh context (empty cache) and waits until the probe has what `until` asks. */
async function measure(
  browser: Browser,
  base: string,
  link: string,
  until: 'firstChart' | 'done',
  timeout = 60_000,
): Promise<Probe & { cpu?: PageRun['cpu'] }> {
  const context = await browser.newContext();
  // A simulating run is traced: the CPU time of the page's tasks beside their wall time.
  const traced = until === 'done';
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: traced ? `${PROBE_SCRIPT} ${MARK_SCRIPT}` : PROBE_SCRIPT });
    if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(`${base}/${link}`);
    // Predicates are functions, not strings: the app's CSP (no 'unsafe-eval') blocks Playwright's
    // eval of a string predicate.
    try {
      if (until === 'done') await page.waitForFunction(doneOrError, null, { timeout, polling: 50 });
      await page.waitForFunction(chartSeen, null, { timeout, polling: 50 });
    } catch (e) {
      if (e instanceof Error && e.name === 'TimeoutError')
        throw new PageFailure(`> ${Math.round(timeout / 1000)} s (timed out)`);
      throw e;
    }
    await page.waitForTimeout(100);
    const probe = (await page.evaluate(() => window.__probe))!;
    if (probe.error !== null) throw new PageFailure(`error: ${probe.error}`);
    if (!traced) return probe;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return { ...probe, cpu: cpuWhileSimulating(trace.traceEvents) ?? undefined };
  } finally {
    // A run that failed leaves its trace open; the next one must be able to start its own.
    if (traced) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

async function gzippedKb(outDir: string, paths: string[]): Promise<number> {
  let bytes = 0;
  for (const path of new Set(paths)) bytes += gzipSync(await readFile(`${outDir}${path}`)).length;
  return bytes / 1024;
}

/** The JS the built index.html asks for before any script runs: its entry and its modulepreloads. */
async function staticEntryJs(outDir: string): Promise<string[]> {
  const html = await readFile(`${outDir}/index.html`, 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return refs.map((m) => `/${m[1].replace(/^\.?\//, '')}`);
}

const MINIBATCH_LINK = defaultLink('minibatch');
const ASYNC_LINK = defaultLink('async');
const ASYNC_POINTS = '[data-chart-id="async-speedup"] .chart-points circle';
/** The simulated points of Fig. 3's chart (legend swatches are circles too: not counted). */
const SIM_POINTS = '[data-chart-id="steps-vs-b"] .chart-points circle';

interface ChangeProbe {
  enterAt: number | null;
  firstPointAt: number | null;
}

/**
 * Runs in the page (serialised: no closures over Node values): records the Enter keydown and the
 * first time the count of `selector` rises above its lowest value since then.
 */
function installChangeProbe(selector: string): void {
  const w = window as unknown as { __change: ChangeProbe };
  const c: ChangeProbe = { enterAt: null, firstPointAt: null };
  w.__change = c;
  let lowest = Number.POSITIVE_INFINITY;
  const check = () => {
    if (c.enterAt === null || c.firstPointAt !== null) return;
    const n = document.querySelectorAll(selector).length;
    if (n < lowest) lowest = n;
    else if (n > lowest) c.firstPointAt = performance.now();
  };
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && c.enterAt === null) {
        c.enterAt = performance.now();
        check();
      }
    },
    true,
  );
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Opens a view's default link, waits for Done, then types a new seed and presses Enter. Returns the
 * time (page clock) from the Enter keydown to the first simulated point of the new run: the first
 * time the chart's point count rises above its lowest value since the change.
 */
async function changeToFirstPoint(
  browser: Browser,
  base: string,
  link: string,
  selector: string,
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Installed with the page (it stays idle until Enter): a function evaluated later runs where the
    // init script's `__name` shim is not visible.
    const changeProbe = `(${installChangeProbe.toString()})(${JSON.stringify(selector)});`;
    await page.addInitScript({ content: `${PROBE_SCRIPT} ${changeProbe}` });
    await page.goto(`${base}/${link}`);
    await page.waitForFunction(doneSeen, null, { timeout: 60_000, polling: 50 });
    const box = page.locator('[data-param="seed"] input');
    await box.fill('2');
    await box.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { __change?: ChangeProbe }).__change?.firstPointAt != null,
      null,
      { timeout: 30_000, polling: 20 },
    );
    const c = await page.evaluate(
      () => (window as unknown as { __change: { enterAt: number; firstPointAt: number } }).__change,
    );
    return c.firstPointAt - c.enterAt;
  } finally {
    await context.close();
  }
}

/** The preset re-opened from the gallery: the heaviest charts to redraw (the who-wins map's 256 cells). */
export const REOPEN_PRESET = 'both-race';
/** Opened in between, so that the re-opened preset is really left (a light simulated preset). */
const ELSEWHERE_PRESET = 'ss-thm1';
const VIEW_STATUS = 'main[data-testid^="view-"] [role="status"]';

/**
 * Installed in the page: `__clickToFinished(id)` clicks a gallery card and resolves with the ms
 * until its view says Done with a chart painted. (An init script: a function evaluated later runs
 * where the `__name` shim of PROBE_SCRIPT is not visible.)
 */
function installClickToFinished(): void {
  (window as unknown as { __clickToFinished: (id: string) => Promise<number> }).__clickToFinished = (id) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const check = () => {
        const status = document.querySelector('main[data-testid^="view-"] [role="status"]');
        const svg = document.querySelector('figure[data-chart-id] svg[role="img"]');
        if (!status?.textContent?.startsWith('Done') || !svg) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      (document.querySelector(`a[data-preset="${id}"]`) as HTMLElement).click();
    });
}

const dispatched = () => window.__pse?.driver.cellsDispatched ?? -1;

/**
 * Re-opening a preset seen before: gallery → preset → Done, → gallery → another preset → Done, then
 * `samples` times gallery → the preset (timed, click to Done with a chart) → gallery → the other. A
 * re-open that dispatched a cell is a failure (the result cache missed), not a time.
 */
async function reopenTimes(
  browser: Browser,
  base: string,
  samples: number,
  timeout: number,
): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `${PROBE_SCRIPT} (${installClickToFinished.toString()})();` });
    await page.goto(`${base}/`);
    // The gallery has no view status: after a click, the first Done is the opened view's.
    const open = async (id: string) => {
      await page.locator(`[data-testid="gallery"] a[data-preset="${id}"]`).click();
      await page.locator(VIEW_STATUS, { hasText: /^Done/ }).waitFor({ timeout });
    };
    const gallery = async () => {
      await page.goBack();
      await page.locator('[data-testid="gallery"]').waitFor();
    };
    await open(REOPEN_PRESET);
    await gallery();
    await open(ELSEWHERE_PRESET);
    const t: number[] = [];
    for (let i = 0; i < samples; i++) {
      await gallery();
      const before = await page.evaluate(dispatched);
      t.push(
        await page.evaluate(
          (id) =>
            (window as unknown as { __clickToFinished: (id: string) => Promise<number> }).__clickToFinished(
              id,
            ),
          REOPEN_PRESET,
        ),
      );
      if ((await page.evaluate(dispatched)) !== before)
        throw new PageFailure('error: the re-opened preset dispatched cells (cache miss)');
      await gallery();
      await open(ELSEWHERE_PRESET);
    }
    return t;
  } finally {
    await context.close();
  }
}

const goalOf = (plan: PresetPlan) => (plan.page.goalMs === null ? '—' : `≤ ${plan.page.goalMs} ms`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One preset run's timeline (page clock, ms), kept in the JSON to see where long tasks happen. */
export interface PageRun {
  name: string;
  /** The preset ids, to name the worst run in the main-thread rows. */
  ids: string;
  link: string;
  firstChartAt: number;
  doneAt: number | null;
  tasks: Probe['tasks'];
  gaps: Probe['gaps'];
  /** From a trace of the run: CPU ms of the page's thread between the first chart and Done. */
  cpu?: { longestTaskMs: number; totalMs: number };
}

export interface BrowserResult {
  rows: Row[];
  chromium: string | null;
  pageRuns: PageRun[];
  /** The JS counted as the first paint's and the first chart's (paths in the build). */
  firstPaintJs: string[];
  firstChartJs: string[];
}

/**
 * Measures the wanted page rows into `out` (rows, runs and JS lists as they come), calling `saved`
 * before each measurement so that a run cut short still leaves its numbers on disk.
 */
export async function browserRows(
  cfg: BrowserConfig,
  plans: PresetPlan[],
  want: Want,
  out: BrowserResult,
  saved: () => Promise<void>,
): Promise<void> {
  const base = `http://localhost:${cfg.port}`;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  /** Starts the preview server and Chromium at the first row that needs them. */
  const open = async (): Promise<Browser> => {
    if (browser) return browser;
    if (cfg.build) buildApp(cfg.outDir);
    server = await startPreview(cfg.outDir, cfg.port);
    browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
    out.chromium = browser.version();
    return browser;
  };
  const { rows, pageRuns } = out;
  const step = async (what: string) => {
    await saved();
    process.stderr.write(`bench:   page: ${what}\n`);
  };
  try {
    for (const view of VIEW_NAMES) {
      const name = `navigation → first chart, ${view} default link (median of ${cfg.samples})`;
      if (!want(name)) continue;
      await step(name);
      const t: number[] = [];
      for (let i = 0; i < cfg.samples; i++)
        t.push((await measure(await open(), base, defaultLink(view), 'firstChart')).firstChartAt!);
      rows.push({ ...atMost(name, median(t), 'ms', 1000), link: defaultLink(view) });
    }

    // The default link: the speedup view's (the bare address is the gallery, which has no chart).
    const paintName = 'gzipped JS of the first paint (index.html entry + modulepreloads)';
    const chartName = 'gzipped JS loaded before the first chart, speedup default link (+ lazy view)';
    if (want(paintName) || want(chartName)) {
      await step('first paint and first chart JS');
      const p = await measure(await open(), base, defaultLink('speedup'), 'firstChart');
      const firstChartJs = p.resources.filter((r) => r.path.endsWith('.js')).map((r) => r.path);
      // The first paint needs exactly the entry and its static imports (index.html's modulepreloads);
      // everything else is a dynamic import. Resource timing cannot tell them apart on a busy machine
      // (a lazy chunk may finish downloading before the paint without being needed for it).
      const firstPaintJs = await staticEntryJs(cfg.outDir);
      Object.assign(out, { firstPaintJs, firstChartJs });
      const missing = firstPaintJs.filter((f) => !firstChartJs.includes(f));
      if (missing.length)
        throw new Error(`bench: the page did not load ${missing.join(', ')} from index.html`);
      const link = defaultLink('speedup');
      if (want(paintName))
        rows.push({ ...atMost(paintName, await gzippedKb(cfg.outDir, firstPaintJs), 'KB', 150), link });
      // The 150 KB is for the first paint (views load lazily); this is reported beside it.
      if (want(chartName))
        rows.push({ ...noGoal(chartName, await gzippedKb(cfg.outDir, firstChartJs), 'KB'), link });
    }

    for (const plan of plans) {
      const name = pageRowName(plan);
      const goalName = goalRowName(plan);
      if (!want(name) && !(goalName && want(goalName))) continue;
      await step(name);
      const budgetRow = (ms: number) => withinBudget(name, ms, plan.budget.rawMs, machine());
      let p: Probe & { cpu?: PageRun['cpu'] };
      try {
        p = await measure(
          await open(),
          base,
          plan.link,
          plan.closedForm ? 'firstChart' : 'done',
          cfg.presetTimeoutMs,
        );
      } catch (e) {
        if (!(e instanceof PageFailure)) throw e;
        process.stderr.write(`bench: ${name}: ${e.message}\n`);
        const failed = { value: cfg.presetTimeoutMs, pass: false, link: plan.link, note: e.message };
        if (want(name)) rows.push({ ...budgetRow(cfg.presetTimeoutMs), ...failed });
        if (goalName && want(goalName))
          rows.push({ name: goalName, unit: 'ms', goal: goalOf(plan), ...failed });
        continue;
      }
      const span = (from: From) =>
        plan.closedForm ? p.firstChartAt! : from === 'navigation' ? p.doneAt! : p.doneAt! - p.firstChartAt!;
      if (want(name)) rows.push({ ...budgetRow(span(plan.budget.from)), link: plan.link });
      if (goalName && want(goalName))
        rows.push({ ...atMost(goalName, span(plan.page.from), 'ms', plan.page.goalMs!), link: plan.link });
      const { firstChartAt, doneAt, tasks, gaps, cpu } = p;
      pageRuns.push({
        name,
        ids: plan.ids.join(', '),
        link: plan.link,
        firstChartAt: firstChartAt!,
        doneAt,
        tasks,
        gaps,
        cpu,
      });
    }

    /** A seed change → the first simulated point of the new run, median of the samples. */
    for (const [view, link, points] of [
      ['minibatch', MINIBATCH_LINK, SIM_POINTS],
      ['async', ASYNC_LINK, ASYNC_POINTS],
    ]) {
      const name = `${view}, seed change → first simulated point (median of ${cfg.samples})`;
      if (!want(name)) continue;
      await step(name);
      const t: number[] = [];
      for (let i = 0; i < cfg.samples; i++)
        t.push(await changeToFirstPoint(await open(), base, link, points));
      rows.push({ ...atMost(name, median(t), 'ms', 300), link });
    }

    const reopenName = `re-open a preset seen before (${REOPEN_PRESET}), click → Done with charts (cache hit, median of ${cfg.samples})`;
    if (want(reopenName)) {
      await step(reopenName);
      const link = PRESETS.find((p) => p.id === REOPEN_PRESET)?.link;
      try {
        const t = await reopenTimes(await open(), base, cfg.samples, cfg.presetTimeoutMs);
        rows.push({ ...atMost(reopenName, median(t), 'ms', 200), link });
      } catch (e) {
        if (!(e instanceof PageFailure)) throw e;
        rows.push({
          name: reopenName,
          value: 0,
          unit: 'ms',
          goal: '≤ 200 ms',
          pass: false,
          link,
          note: e.message,
        });
      }
    }

    rows.push(...mainThreadRows(pageRuns));
  } finally {
    await browser?.close();
    if (server?.pid !== undefined) process.kill(server.pid);
  }
}

/**
 * DESIGN.md's 50 ms goal is for the main thread *while simulating*: from the first chart (the page is
 * up) to Done, over every preset run that simulates. Page load (module evaluation and the first
 * render, → first chart) is reported apart with its own 200 ms goal.
 */
function mainThreadRows(runs: PageRun[]): Row[] {
  const simulating = runs.filter((r) => r.doneAt !== null);
  const worst = (runsOf: PageRun[], value: (r: PageRun) => number) => {
    let best = { value: 0, run: null as PageRun | null };
    for (const r of runsOf) if (value(r) > best.value) best = { value: value(r), run: r };
    return best;
  };
  const during = (r: PageRun, t: number) => t >= r.firstChartAt && t <= r.doneAt!;
  const rows: Row[] = [];
  const row = (
    what: string,
    n: number,
    w: { value: number; run: PageRun | null },
    goal: number,
    none: string,
  ) => {
    const where = w.run ? `worst: ${w.run.ids}` : none;
    const runsText = `${n} preset run${n === 1 ? '' : 's'}`;
    rows.push({ ...atMost(`${what}, ${runsText} (${where})`, w.value, 'ms', goal), link: w.run?.link });
  };
  if (simulating.length) {
    const task = worst(simulating, (r) =>
      Math.max(0, ...r.tasks.filter((t) => during(r, t.start)).map((t) => t.duration)),
    );
    row(
      'longest main-thread task while simulating (first chart → Done)',
      simulating.length,
      task,
      50,
      'none over 50 ms',
    );
    const gap = worst(simulating, (r) =>
      Math.max(0, ...r.gaps.filter((g) => during(r, g.at - g.gap)).map((g) => g.gap)),
    );
    row('largest animation-frame gap while simulating', simulating.length, gap, 50, 'none over 20 ms');
    // The work behind the wall times above: on 2 cores the page's thread shares them with two busy
    // workers (and with any other load), so a task's wall time can be several times its CPU time.
    const traced = simulating.filter((r) => r.cpu);
    if (traced.length) {
      const cpu = worst(traced, (r) => r.cpu!.longestTaskMs);
      rows.push({
        ...noGoal(
          `longest main-thread task while simulating, CPU time (trace), ${traced.length} preset run${traced.length === 1 ? '' : 's'} (worst: ${cpu.run?.ids})`,
          cpu.value,
          'ms',
        ),
        link: cpu.run?.link,
      });
    }
  }
  if (runs.length) {
    const load = worst(runs, (r) =>
      Math.max(0, ...r.tasks.filter((t) => t.start < r.firstChartAt).map((t) => t.duration)),
    );
    row(
      'longest main-thread task during page load (→ first chart)',
      runs.length,
      load,
      200,
      'none over 50 ms',
    );
  }
  return rows;
}
