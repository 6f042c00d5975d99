// Shared fixture of every browser test: the test fails on any console error, page error or
// dialog (an executed `alert` from a link), and on any request that leaves the app's origin.
// It also installs a main-thread monitor (long tasks + requestAnimationFrame gaps) in each page.

import { test as base, expect, type Frame, type Page } from '@playwright/test';
import type { Diagnostics } from '../../src/app/diagnostics';

export { expect };

type PoolStats = NonNullable<ReturnType<Diagnostics['pool']>>;

interface MainThread {
  /** Longest long task (ms) since the last reset; 0 when there was none. */
  longestTask: number;
  /** Largest gap between animation frames (ms) since the last reset. */
  maxFrameGap: number;
}

declare global {
  interface Window {
    __mainThread?: { longestTask: number; maxFrameGap: number; reset(): void };
  }
}

/** Runs in the page before the app: records long tasks and frame gaps from the start. */
function installMainThreadMonitor(): void {
  const m = { longestTask: 0, maxFrameGap: 0, last: 0, reset: () => {} };
  m.reset = () => {
    m.longestTask = 0;
    m.maxFrameGap = 0;
    m.last = performance.now();
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) m.longestTask = Math.max(m.longestTask, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const frame = (t: number) => {
    if (m.last > 0) m.maxFrameGap = Math.max(m.maxFrameGap, t - m.last);
    m.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__mainThread = m;
}

export const test = base.extend<{ guard: undefined; otherOrigins: string[] }>({
  /** Where a test serves pages itself (URL prefixes, e.g. `http://127.0.0.1:` for a course page). */
  otherOrigins: [[], { option: true }],
  guard: [
    async ({ page, context, baseURL, otherOrigins }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // The context sees the requests of the page and of its workers.
      context.on('request', (req) => {
        const url = req.url();
        if (
          !(
            otherOrigins.some((prefix) => url.startsWith(prefix)) ||
            url.startsWith(`${origin}/`) ||
            url === origin ||
            url.startsWith('blob:') ||
            url.startsWith('data:')
          )
        ) {
          problems.push(`request left the origin: ${url}`);
        }
      });
      await page.addInitScript(installMainThreadMonitor);
      await use(undefined);
      expect(problems, 'console errors, page errors, dialogs and off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export const viewRoot = (page: Page, view: string) => page.getByTestId(`view-${view}`);
// The explicit live region: the controls' <output> elements carry an implicit status role too.
export const statusOf = (page: Page, view: string) => viewRoot(page, view).locator('[role="status"]');
export const chartFrame = (page: Page, id: string) => page.locator(`figure[data-chart-id="${id}"]`);
export const notices = (page: Page) => page.getByTestId('notices').locator('li.notice');

/** Waits until the view's live region says the simulation is done. */
export async function waitDone(page: Page, view: string, timeout = 20_000): Promise<void> {
  await expect(statusOf(page, view)).toHaveText(/^Done/, { timeout });
}

export async function poolStats(page: Page): Promise<PoolStats | null> {
  return page.evaluate(() => window.__pse?.pool() ?? null);
}

export async function resetMainThread(page: Page): Promise<void> {
  await page.evaluate(() => window.__mainThread?.reset());
}

export async function mainThread(page: Page): Promise<MainThread> {
  return page.evaluate(() => {
    const m = window.__mainThread;
    return { longestTask: m?.longestTask ?? -1, maxFrameGap: m?.maxFrameGap ?? -1 };
  });
}

/**
 * Waits until the page's layout has settled: charts size themselves to their container (a
 * ResizeObserver, then a render) once the page has its final size, legends grow as simulated series
 * arrive. Settled means the same sizes — every chart's figure and svg, and the document — on two
 * reads in a row; it returns as soon as that holds, and waits longer on a busy machine.
 */
export async function layoutSettled(target: Page | Frame, timeout = 10_000): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await target.evaluate(() => {
          const box = (el: Element) => {
            const r = el.getBoundingClientRect();
            return [r.width, r.height];
          };
          const d = document.documentElement;
          return JSON.stringify([
            d.scrollWidth,
            d.scrollHeight,
            ...[...document.querySelectorAll('figure[data-chart-id], figure[data-chart-id] svg')].map(box),
          ]);
        });
        const same = now === last;
        last = now;
        return same;
      },
      { message: 'the layout settles', timeout, intervals: [100] },
    )
    .toBe(true);
}

/** Drawn curves (line paths with data) and simulated points of an xy chart. */
export async function marksOf(page: Page, id: string): Promise<{ lines: number; points: number }> {
  const svg = chartFrame(page, id).locator('svg[role="img"]');
  await expect(svg).toBeVisible();
  const lines = await svg.locator('path.chart-line[d]').count();
  const points = await svg.locator('.chart-points circle').count();
  return { lines, points };
}
