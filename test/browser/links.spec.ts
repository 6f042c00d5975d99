// Share links: the URL follows the controls and reproduces the page on reload; a hostile or
// malformed link opens a working page with dismissable notices in plain text; Back and Forward
// move between views.

import type { Page } from '@playwright/test';
import { chartFrame, expect, marksOf, notices, test, viewRoot } from './fixtures';

/** Every control's slider position and text box, by parameter name. */
async function controlValues(page: Page, view: string): Promise<Record<string, string[]>> {
  return viewRoot(page, view)
    .locator('[data-param]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((el) => [
          el.getAttribute('data-param') ?? '',
          [...el.querySelectorAll('input')].map((i) => `${i.type}=${i.value}`),
        ]),
      ),
    );
}

test('a link round-trips through reload', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await expect(chartFrame(page, 'speedup-vs-b').locator('svg[role="img"]')).toBeVisible();
  // Drag ε's slider with the keyboard, as a user would, and type an exact bmax.
  const eps = page.locator('[data-param="eps"] input[type="range"]');
  await eps.focus();
  for (let i = 0; i < 5; i++) await eps.press('ArrowRight');
  const bmax = page.locator('[data-param="bmax"] input[type="text"]');
  await bmax.fill('10');
  await bmax.press('Enter');
  const search = () => page.evaluate(() => window.location.search);
  await expect.poll(search).toMatch(/^\?v=1&view=speedup&.*eps=.*&bmax=10&seed=1$/);
  const link = await search();
  const before = await controlValues(page, 'speedup');

  await page.reload();
  await expect(chartFrame(page, 'speedup-vs-b').locator('svg[role="img"]')).toBeVisible();
  // A stability window, not a wait for a state: nothing may rewrite the reopened link (the URL is
  // written at most every 400 ms, so 500 ms covers one write).
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.location.search)).toBe(link);
  expect(await controlValues(page, 'speedup')).toEqual(before);
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('a malformed, hostile link opens with its notices as plain text, and they dismiss', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&M=-5,abc&bmax=99&zzz=<script>alert(1)</script>&seed=1');
  await expect(viewRoot(page, 'speedup')).toBeVisible();
  expect((await marksOf(page, 'speedup-vs-b')).lines).toBeGreaterThan(0);

  const items = notices(page);
  await expect(items.filter({ hasText: /\bM\b/ }).first()).toBeVisible();
  await expect(items.filter({ hasText: 'bmax' }).first()).toBeVisible();
  await expect(items.filter({ hasText: 'zzz' }).first()).toBeVisible();
  // Nothing from the link became markup, and the URL no longer carries the junk.
  await expect(page.locator('#root script')).toHaveCount(0);
  // The address is rewritten to the repaired link (no junk left in it).
  await expect
    .poll(() => page.evaluate(() => window.location.search))
    .toMatch(/^\?v=1&view=speedup&.*bmax=30&seed=1$/);
  expect(await page.evaluate(() => window.location.search)).not.toContain('zzz');

  // Dismiss one notice, then the rest one by one.
  const count = await items.count();
  await items
    .first()
    .getByRole('button', { name: /^Dismiss/ })
    .click();
  await expect(items).toHaveCount(count - 1);
  while ((await items.count()) > 0)
    await items
      .first()
      .getByRole('button', { name: /^Dismiss/ })
      .click();
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('markup in a link value is shown as text, never injected', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&bmax=<img src=x onerror=alert(2)>&seed=1');
  const bad = notices(page).filter({ hasText: '<img src=x onerror=alert(2)>' });
  await expect(bad).toHaveCount(1);
  await expect(page.getByTestId('notices').locator('img')).toHaveCount(0);
  await expect(page.locator('#root img[src="x"]')).toHaveCount(0);
});

test('an unknown view falls back to the default view with a notice', async ({ page }) => {
  await page.goto('/?v=1&view=nosuchview&seed=1');
  await expect(viewRoot(page, 'speedup')).toBeVisible();
  await expect(notices(page).filter({ hasText: 'nosuchview' })).toHaveCount(1);
  await expect(notices(page).filter({ hasText: /default view/ })).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?v=1&view=speedup&seed=1');
});

test('Back and Forward move across a view change', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await expect(viewRoot(page, 'speedup')).toBeVisible();
  await page.locator('a[data-view="runtime"]').click();
  await expect(viewRoot(page, 'runtime')).toBeVisible();
  await expect(page).toHaveURL(/\?v=1&view=runtime&seed=1$/);

  await page.goBack();
  await expect(viewRoot(page, 'speedup')).toBeVisible();
  await expect(page).toHaveURL(/\?v=1&view=speedup&seed=1$/);
  await expect(viewRoot(page, 'runtime')).toHaveCount(0);

  await page.goForward();
  await expect(viewRoot(page, 'runtime')).toBeVisible();
  await expect(page).toHaveURL(/\?v=1&view=runtime&seed=1$/);
});
