// 200 scenario changes in quick succession, through the real controls: a slider dragged hard with
// the mouse, a slider stepped with the keyboard, exact values typed, paper presets and view tabs
// clicked rapidly.
// Afterwards the page shows what a fresh load of its final link shows (only the latest result is
// ever kept), nothing changes late, the pool never held more workers than its size, the URL was
// written within the browsers' limits, and the JS heap is back within 20 MB of where it was.

import type { CDPSession, Page } from '@playwright/test';
import { kvariantsParams } from '../../src/scenario/kvariantsSchema';
import { expect, poolStats, test, viewRoot } from './fixtures';

/** The view's run status line (the view may hold other status regions: export, tools). */
const runStatus = (page: Page, view: string) => viewRoot(page, view).locator('p.run-status-text');

const START = '/?v=1&view=kvariants&J=200&seed=1';
const TABS = ['runtime', 'minibatch', 'speedup', 'kvariants'];

interface HistoryWrite {
  kind: 'push' | 'replace';
  at: number;
}

declare global {
  interface Window {
    __historyWrites?: HistoryWrite[];
  }
}

/** Runs before the app: records every history write the page makes, with its time. */
function recordHistoryWrites(): void {
  const writes: HistoryWrite[] = [];
  window.__historyWrites = writes;
  const wrap = (kind: HistoryWrite['kind'], original: History['pushState']) =>
    function (this: History, ...args: Parameters<History['pushState']>) {
      writes.push({ kind, at: performance.now() });
      return original.apply(this, args);
    };
  history.pushState = wrap('push', history.pushState);
  history.replaceState = wrap('replace', history.replaceState);
}

/** JS heap in use after a full garbage collection (bytes). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Every chart of the view as drawn (its SVG markup, or its table), by chart id. React's generated
 * element ids (`_r_1g_`) count every component ever mounted, so they are blanked. */
async function drawnCharts(page: Page, view: string): Promise<Record<string, string>> {
  return viewRoot(page, view)
    .locator('figure[data-chart-id]')
    .evaluateAll((figs) =>
      Object.fromEntries(
        figs.map((f) => [
          (f as HTMLElement).dataset.chartId!,
          (
            f.querySelector('svg[role="img"]')?.outerHTML ??
            f.querySelector('table')?.outerHTML ??
            ''
          ).replace(/_r_[0-9a-z]+_/g, '_r_'),
        ]),
      ),
    );
}

const scenarioChanges = (page: Page) => page.evaluate(() => window.__pse!.driver.scenarioChanges);

test('200 rapid scenario changes: the latest result only, bounded workers, throttled URL, no heap growth', async ({
  page,
  context,
}) => {
  // Each change waits for the page to handle it: two minutes on two shared, busy cores.
  test.setTimeout(300_000);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  // Live workers counted by the browser itself, independently of the pool's own bookkeeping (the
  // formulas' KaTeX worker is not the pool's).
  let liveWorkers = 0;
  let maxLiveWorkers = 0;
  page.on('worker', (w) => {
    if (w.url().includes('katex.worker')) return;
    maxLiveWorkers = Math.max(maxLiveWorkers, ++liveWorkers);
    w.on('close', () => liveWorkers--);
  });
  await page.addInitScript(recordHistoryWrites);
  await page.goto(START);
  // Warm-up: every view of the storm once, so the baseline holds their (lazily loaded) code.
  for (const view of TABS) {
    await page.locator(`nav a[data-view="${view}"]`).click();
    await expect(viewRoot(page, view)).toBeVisible();
  }
  await expect(runStatus(page, 'kvariants')).toHaveText(/^Done/, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  const heapBefore = await heapAfterGc(cdp);
  const size = (await poolStats(page))!.size;
  const changesBefore = await scenarioChanges(page);

  // The pool's own count, sampled every 5 ms in the page for the whole storm.
  await page.evaluate(() => {
    const w = window as unknown as { __maxLive: number; __sampler: number };
    w.__maxLive = 0;
    w.__sampler = window.setInterval(() => {
      w.__maxLive = Math.max(w.__maxLive, window.__pse!.pool()?.liveWorkers ?? 0);
    }, 5);
  });
  const started = Date.now();

  const phase = async (name: string) =>
    phases.push(
      `${name}: ${(await scenarioChanges(page)) - changesBefore} changes at ${Date.now() - started} ms`,
    );
  const phases: string[] = [];
  const kv = viewRoot(page, 'kvariants');

  // 1. The P slider dragged hard, across and back, with the mouse (real pointer events).
  const slider = kv.locator('[data-param="P"] input[type="range"]');
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const at = (i: number) => box.x + 4 + ((box.width - 8) * i) / 30;
  await page.mouse.move(at(15), y);
  await page.mouse.down();
  for (let i = 15; i <= 30; i++) await page.mouse.move(at(i), y);
  for (let i = 30; i >= 0; i--) await page.mouse.move(at(i), y);
  await page.mouse.up();
  await phase('mouse drag');

  // 2. The J slider dragged harder than a test can move a mouse: one input event per animation
  // frame, as a browser delivers a fast drag, through the slider's own value and event.
  await kv.locator('[data-param="J"] input[type="range"]').evaluate(async (input: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (let i = 0; i < 110; i++) {
      await new Promise(requestAnimationFrame);
      // Positions 200 … 750 of 1000 and back: J from about 60 to 10 000.
      setValue.call(input, String(i < 60 ? 200 + 9 * i : 740 - 9 * (i - 60)));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await phase('frame-paced drag');

  // 3. The J slider stepped with the keyboard.
  await kv.locator('[data-param="J"] input[type="range"]').focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await phase('keyboard');

  // 4. Exact values typed into P's box.
  const pBox = kv.locator('[data-param="P"] input[type="text"]');
  for (let i = 0; i < 5; i++) {
    await pBox.fill(String(6 + i));
    await pBox.press('Enter');
  }
  await phase('typed');

  // 5. The speedup view's two paper presets (Fig. 1 and Fig. 2: iterations or speedup) clicked in turn.
  await page.locator('nav a[data-view="speedup"]').click();
  for (let i = 0; i < 10; i++)
    await page.locator(`a[data-preset="${i % 2 ? 'cp-fig2' : 'cp-fig1'}"]`).click();
  await phase('presets');

  // 6. View tabs clicked rapidly (each a new view: a new link and a history entry), ending on kvariants.
  for (let i = 0; i < 24; i++) await page.locator(`nav a[data-view="${TABS[i % TABS.length]}"]`).click();
  await phase('tabs');

  // 7. And once more the slider, on the view the storm ends on.
  await expect(kv).toBeVisible();
  await kv.locator('[data-param="J"] input[type="range"]').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await phase('keyboard again');
  test.info().annotations.push({ type: 'phases', description: phases.join('; ') });

  const stormMs = Date.now() - started;
  const changes = (await scenarioChanges(page)) - changesBefore;
  test
    .info()
    .annotations.push({ type: 'storm', description: `${changes} scenario changes in ${stormMs} ms` });
  expect(changes, 'scenario changes made through the UI').toBeGreaterThanOrEqual(200);

  // The last scenario runs to the end, and nothing is drawn late by a superseded run.
  await expect(runStatus(page, 'kvariants')).toHaveText(/^Done/, { timeout: 60_000 });
  // The address holds the final link once it carries the last change, J's (the default J is not written).
  const J = await kv.locator('[data-param="J"] input[type="text"]').inputValue();
  await expect(page).toHaveURL(
    J === String(kvariantsParams.J.default) ? /view=kvariants&(?!.*[?&]J=)/ : new RegExp(`[?&]J=${J}&`),
  );
  const finalLink = page.url();
  const afterStorm = await drawnCharts(page, 'kvariants');
  // Waiting for nothing to happen: no superseded run may draw after Done.
  await page.waitForTimeout(1000);
  expect(await drawnCharts(page, 'kvariants'), 'nothing changes after Done').toEqual(afterStorm);
  await page.evaluate(() => clearInterval((window as unknown as { __sampler: number }).__sampler));

  const maxPoolLive = await page.evaluate(() => (window as unknown as { __maxLive: number }).__maxLive);
  const stats = (await poolStats(page))!;
  const driver = await page.evaluate(() => window.__pse!.driver);
  test.info().annotations.push({
    type: 'workers',
    description: `pool size ${size}; most live: ${maxPoolLive} (pool), ${maxLiveWorkers} (browser); longest main-thread task ${(await page.evaluate(() => window.__mainThread?.longestTask ?? -1)).toFixed(0)} ms; ${JSON.stringify(stats)}; ${JSON.stringify(driver)}`,
  });
  expect(maxPoolLive, 'live workers (pool count)').toBeLessThanOrEqual(size);
  // terminate() returns at once but the thread shuts down later, so for a moment the browser can
  // list a replaced worker beside its replacement; once settled, it lists no more than the pool.
  expect(maxLiveWorkers, 'live workers at any moment (seen by the browser)').toBeLessThanOrEqual(2 * size);
  expect(liveWorkers, 'live workers after the storm (seen by the browser)').toBeLessThanOrEqual(size);
  expect(stats.liveWorkers).toBeLessThanOrEqual(size);

  // URL writes: a replace at most every 400 ms; within Safari's 100 per 30 s (Chromium allows 200 per 10 s).
  const writes = await page.evaluate(() => window.__historyWrites!);
  const gaps = writes
    .map((w, i) => (i > 0 && w.kind === 'replace' ? w.at - writes[i - 1].at : Infinity))
    .filter(Number.isFinite);
  const busiest = Math.max(
    ...writes.map((w) => writes.filter((v) => v.at >= w.at && v.at < w.at + 30_000).length),
  );
  test.info().annotations.push({
    type: 'history',
    description: `${writes.length} writes (${writes.filter((w) => w.kind === 'push').length} push); shortest gap before a replace ${Math.min(...gaps).toFixed(0)} ms; busiest 30 s: ${busiest}`,
  });
  expect(Math.min(...gaps), 'shortest gap before a replaceState (ms)').toBeGreaterThanOrEqual(395);
  expect(busiest, 'history writes in any 30 s').toBeLessThanOrEqual(100);
  expect(warnings, 'console warnings').toEqual([]);

  // The heap, after collection, is back within 20 MB.
  const heapAfter = await heapAfterGc(cdp);
  test.info().annotations.push({
    type: 'heap',
    description: `before ${(heapBefore / 1e6).toFixed(1)} MB, after ${(heapAfter / 1e6).toFixed(1)} MB`,
  });
  expect((heapAfter - heapBefore) / 1e6, 'heap growth (MB)').toBeLessThan(20);

  // A fresh page of the final link draws the same charts.
  const fresh = await context.newPage();
  await fresh.goto(finalLink);
  await expect(runStatus(fresh, 'kvariants')).toHaveText(/^Done/, { timeout: 60_000 });
  expect(new URL(fresh.url()).search, 'the final link is canonical').toBe(new URL(finalLink).search);
  const reference = await drawnCharts(fresh, 'kvariants');
  expect(Object.keys(reference).length).toBeGreaterThan(2);
  const differing = Object.keys({ ...reference, ...afterStorm }).filter(
    (id) => afterStorm[id] !== reference[id],
  );
  expect(differing, 'charts that differ from a fresh load of the final link').toEqual([]);
  await fresh.close();
});

test('a browser that refuses history writes (Safari past 100 in 30 s) does not stop the app', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __refuseHistory: boolean; __refused: number };
    w.__refuseHistory = false;
    w.__refused = 0;
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name];
      history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        if (w.__refuseHistory) {
          w.__refused++;
          throw new DOMException(
            'Attempt to use history.pushState() more than 100 times per 30 seconds',
            'SecurityError',
          );
        }
        return original.apply(this, args);
      };
    }
  });
  await page.goto(START);
  await expect(runStatus(page, 'kvariants')).toHaveText(/^Done/, { timeout: 30_000 });
  await page.evaluate(() => {
    (window as unknown as { __refuseHistory: boolean }).__refuseHistory = true;
  });
  // A new view (a push) and a new value (a replace), both refused by the browser.
  await page.locator('nav a[data-view="runtime"]').click();
  await page.locator('nav a[data-view="kvariants"]').click();
  const pBox = viewRoot(page, 'kvariants').locator('[data-param="P"] input[type="text"]');
  await pBox.fill('7');
  await pBox.press('Enter');
  await expect(viewRoot(page, 'kvariants').locator('[data-param="P"] .control-value')).toHaveText('7');
  await expect(runStatus(page, 'kvariants')).toHaveText(/^Done/, { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __refused: number }).__refused)).toBeGreaterThan(
    1,
  );
  expect(new URL(page.url()).searchParams.get('P'), 'the address is behind while refused').toBeNull();

  // Once the browser accepts writes again, the address catches up on its own.
  await page.evaluate(() => {
    (window as unknown as { __refuseHistory: boolean }).__refuseHistory = false;
  });
  await expect(page).toHaveURL(/[?&]P=7(&|$)/, { timeout: 5_000 });
});
