// The worker pool seen from the page: superseded Monte Carlo work is cancelled, a killed worker
// is reported in words and replaced, and the main thread never blocks while simulations run.

import type { Page } from '@playwright/test';
import {
  chartFrame,
  expect,
  mainThread,
  marksOf,
  notices,
  poolStats,
  resetMainThread,
  statusOf,
  test,
  viewRoot,
  waitDone,
} from './fixtures';

/** Every cell spans several of the workers' cancellation checkpoints (a cell that finishes
 * before it sees the cancel request is dropped, not counted as cancelled). */
const HEAVY = '/?v=1&view=runtime&draws=1000000&seed=1';
/** Few cells of at least a million draws each, yet the whole run finishes in a few seconds. */
const LONG_CELLS = '/?v=1&view=runtime&Pmax=4&P=5&draws=1000000&seeds=1&seed=1';

async function waitForBusyPool(page: Page): Promise<void> {
  await expect
    .poll(async () => (await poolStats(page))?.cellsStarted ?? 0, { message: 'the pool started cells' })
    .toBeGreaterThan(0);
  await expect(statusOf(page, 'runtime')).toHaveText(/^Computing/);
}

test('a superseded Monte Carlo run is cancelled and the new one completes', async ({ page }) => {
  await page.goto(HEAVY);
  await waitForBusyPool(page);
  // A cell in flight (started, not finished): the change below must supersede work in progress.
  await expect
    .poll(async () => {
      const s = (await poolStats(page))!;
      return s.cellsStarted - s.cellsCompleted - s.cellsCancelled;
    })
    .toBeGreaterThan(0);
  const before = (await poolStats(page))!;

  const draws = page.locator('[data-param="draws"] input[type="text"]');
  await draws.fill('1000');
  await draws.press('Enter');

  await waitDone(page, 'runtime');
  await expect(page).toHaveURL(/[?&]draws=1000&/);
  const after = (await poolStats(page))!;
  expect(after.cellsCancelled + after.terminated, 'cancelled cells or terminated workers').toBeGreaterThan(
    before.cellsCancelled + before.terminated,
  );
  expect(after.liveWorkers).toBeLessThanOrEqual(after.size);
  const driver = await page.evaluate(() => window.__pse!.driver);
  expect(driver.batchesSuperseded).toBeGreaterThanOrEqual(1);
  expect((await marksOf(page, 'sync-async-ratio')).points).toBeGreaterThan(3);
});

test('a killed worker is reported in words, replaced, and the run completes', async ({ page }) => {
  await page.goto(LONG_CELLS);
  await waitForBusyPool(page);
  // Kill in the same task that sees every worker busy, so the kill hits a cell in progress.
  const killed = await page.evaluate(async () => {
    const pse = window.__pse!;
    for (let i = 0; i < 5000; i++) {
      const s = pse.pool()!;
      if (s.cellsStarted - s.cellsCompleted - s.cellsCancelled >= s.size) return pse.killWorker(0);
      await new Promise((r) => setTimeout(r, 1));
    }
    return false;
  });
  expect(killed, 'worker 0 was busy and was killed').toBe(true);

  await expect(
    notices(page)
      .filter({ hasText: /worker/i })
      .filter({ hasText: /replaced/i }),
  ).toHaveCount(1);
  await waitDone(page, 'runtime', 30_000);
  const stats = (await poolStats(page))!;
  expect(stats.crashed).toBe(1);
  expect(stats.terminated).toBeGreaterThanOrEqual(1);
  expect(stats.spawned, 'the killed worker was replaced').toBeGreaterThanOrEqual(stats.size + 1);
  expect(stats.liveWorkers).toBeLessThanOrEqual(stats.size);
  expect((await marksOf(page, 'sync-async-ratio')).points).toBeGreaterThan(3);
  await nextRunCompletes(page);
});

test('no simulation runs on the main thread (no task over 200 ms during a run)', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await expect(chartFrame(page, 'speedup-vs-b').locator('svg[role="img"]')).toBeVisible();
  // Deliberate: the first view's start-up work (fonts, formulas) is not part of the run measured below.
  await page.waitForTimeout(300);
  await resetMainThread(page);

  await page.locator('a[data-view="runtime"]').click();
  await expect(viewRoot(page, 'runtime')).toBeVisible();
  await waitDone(page, 'runtime');
  // Deliberate: the frames that draw the last results belong to the run measured.
  await page.waitForTimeout(200);
  const m = await mainThread(page);
  test.info().annotations.push({ type: 'main thread', description: JSON.stringify(m) });
  expect(m.longestTask, 'longest main-thread task (ms)').toBeLessThan(200);
  expect(m.maxFrameGap, 'largest gap between animation frames (ms)').toBeLessThan(200);
  expect(m.maxFrameGap, 'the frame monitor ran').toBeGreaterThan(0);
});

/** The view's run status line (views hold other status regions too: export, tools). */
const runStatus = (page: Page, view: string) => viewRoot(page, view).locator('p.run-status-text');

/** Waits until every worker of the pool holds a cell of the current run. */
async function waitAllBusy(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = (await poolStats(page))!;
        return s.cellsStarted - s.cellsCompleted - s.cellsCancelled >= s.size && s.liveWorkers === s.size;
      },
      { message: 'every worker busy', intervals: [5] },
    )
    .toBe(true);
}

/** The next run after a fault: another seed, so every cell is computed afresh and must finish. */
async function nextRunCompletes(page: Page): Promise<void> {
  const seed = page.locator('[data-param="seed"] input[type="text"]');
  await seed.fill('2');
  await seed.press('Enter');
  await expect(page).toHaveURL(/[?&]seed=2(&|$)/);
  // The status line can still read the previous run's Done for the one frame before the new run
  // starts (these cells take seconds), so the new run is seen starting first.
  await expect(runStatus(page, 'runtime')).toHaveText(/Computing/);
  await expect(runStatus(page, 'runtime')).toHaveText(/^Done: \d+ cells simulated/, { timeout: 30_000 });
  expect((await marksOf(page, 'sync-async-ratio')).points).toBeGreaterThan(3);
}

// Faults are injected into the real workers through the DevTools protocol (Playwright's
// worker.evaluate): no test hook in the app. An uncaught exception is a worker that threw; a
// performance.now that throws once makes the cell's own code throw at its next checkpoint.

test('a worker that throws mid-run is reported in words, replaced, and the runs complete', async ({
  page,
}) => {
  await page.goto(LONG_CELLS);
  await waitForBusyPool(page);
  await waitAllBusy(page);
  const worker = page.workers()[0];
  expect(worker, 'a worker to fault').toBeDefined();
  // Thrown from a task of the worker's own event loop, between two slices of a running cell.
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('injected fault');
    }, 0);
  });

  await expect(
    notices(page).filter({
      hasText: /A worker stopped \(.*injected fault\) while computing; it was replaced/,
    }),
  ).toHaveCount(1);
  await waitDone(page, 'runtime', 30_000);
  const stats = (await poolStats(page))!;
  expect(stats.crashed).toBe(1);
  expect(stats.spawned, 'the worker that threw was replaced').toBe(stats.size + 1);
  expect(stats.liveWorkers).toBeLessThanOrEqual(stats.size);
  expect((await marksOf(page, 'sync-async-ratio')).points).toBeGreaterThan(3);
  await nextRunCompletes(page);
});

test('a cell that throws in its worker is reported in words, and the next run completes', async ({
  page,
}) => {
  await page.goto(LONG_CELLS);
  await waitForBusyPool(page);
  await waitAllBusy(page);
  const worker = page.workers()[0];
  await worker.evaluate(() => {
    const now = performance.now.bind(performance);
    let armed = true;
    performance.now = () => {
      if (armed) {
        armed = false;
        throw new Error('injected fault in a cell');
      }
      return now();
    };
  });

  await expect(runStatus(page, 'runtime')).toHaveText(
    /^Finished with errors: A simulation cell failed \(.+\): injected fault in a cell/,
    { timeout: 30_000 },
  );
  const stats = (await poolStats(page))!;
  expect(stats.liveWorkers).toBeLessThanOrEqual(stats.size);
  await nextRunCompletes(page);
});
