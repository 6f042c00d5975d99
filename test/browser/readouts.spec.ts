// Read-outs and numbers for people (issue 14): the hover read-out states the shared formula once,
// long decimals are rounded where the page shows them, and a typed list says what is wrong at once.

import { expect, test } from './fixtures';

test('the speedup read-out gives each curve’s value and the shared formula once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?v=1&view=speedup&sigma2=1&eps=0.00001&seed=1');
  const svg = page.locator('figure[data-chart-id="speedup-vs-b"] svg[role="img"]');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  const readout = page.locator('figure[data-chart-id="speedup-vs-b"] .chart-readout');
  await expect(readout.locator('li')).toHaveCount(6);
  await expect(readout.locator('.chart-readout-source')).toHaveCount(1);
  await expect(readout.locator('.chart-readout-shared')).toContainText('[CP] Sec. 5');
  const r = (await readout.boundingBox())!;
  expect(r.height, 'the read-out hides at most half the plot').toBeLessThan(box.height / 2);
  // The summary says b_crit beyond the axis in rounded numbers; the JSON keeps them whole.
  // b_crit is typeset (a subscript), never TeX source.
  const summary = page.locator('figure[data-chart-id="speedup-vs-b"] .chart-summary');
  await expect(summary).toContainText('bcrit ≈ 100,000 for M = 0');
  await expect(summary).not.toContainText('b_crit');
  await expect(summary.locator('sub').first()).toHaveText('crit');
});

test('a typed list says at once that "abc" is not a number, before Enter', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  const field = page.getByLabel('Relative noise M, comma-separated');
  await field.fill('abc');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-param="M"] .control-error')).toContainText('"abc" is not a number');
  await field.fill('0,10');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
});
