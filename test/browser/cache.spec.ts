// The result cache (src/state/results.ts): a preset opened before, or a deck's slide stepped back
// to, shows its finished charts without dispatching a single cell to the workers.

import { PRESETS } from '../../src/scenario/presets';
import { expect, statusOf, test, viewRoot, waitDone } from './fixtures';

const driver = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ({ ...window.__pse!.driver, started: window.__pse!.pool()?.cellsStarted ?? 0 }));

test('re-opening a preset and stepping back in the deck run no cell again', async ({ page }) => {
  test.setTimeout(240_000);
  const a = PRESETS.find((p) => p.id === 'ss-thm1')!; // runtime view, simulated
  const b = PRESETS.find((p) => p.id === 'ss-fig6')!; // kvariants view, simulated
  await page.goto('./');
  await page.getByTestId('gallery').locator(`a[data-preset="${a.id}"]`).click();
  await waitDone(page, a.view, 60_000);
  const afterA = await driver(page);
  expect(afterA.cellsDispatched).toBeGreaterThan(0);
  await page.goBack();
  await page.getByTestId('gallery').locator(`a[data-preset="${b.id}"]`).click();
  await waitDone(page, b.view, 60_000);
  const afterB = await driver(page);
  expect(afterB.cellsDispatched).toBeGreaterThan(afterA.cellsDispatched);
  await page.goBack();
  await page.getByTestId('gallery').locator(`a[data-preset="${a.id}"]`).click();
  await waitDone(page, a.view, 5_000);
  await expect(viewRoot(page, a.view).locator('figure[data-chart-id]').first()).toBeVisible();
  const again = await driver(page);
  expect(again.cellsDispatched).toBe(afterB.cellsDispatched);
  expect(again.started).toBe(afterB.started);
  expect(again.cellsFromCache - afterB.cellsFromCache).toBe(afterA.cellsDispatched);

  // The deck: from A, → to the next slide, then ← back to A.
  await page.keyboard.press('p');
  await expect(page.locator('.app.present')).toBeVisible();
  const i = PRESETS.indexOf(a);
  const next = PRESETS[i + 1];
  await page.keyboard.press('ArrowRight');
  await expect(viewRoot(page, next.view)).toBeVisible();
  await waitDone(page, next.view, 60_000);
  const beforeBack = await driver(page);
  await page.keyboard.press('ArrowLeft');
  await expect(viewRoot(page, a.view)).toBeVisible();
  await expect(statusOf(page, a.view)).toHaveText(/^Done/, { timeout: 5_000 });
  const back = await driver(page);
  expect(back.cellsDispatched).toBe(beforeBack.cellsDispatched);
  expect(back.started).toBe(beforeBack.started);
});
