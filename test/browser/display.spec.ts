// How a link asks to be shown: embed= (one chart for an iframe), controls= (an allow-list of
// controls for students), present=1 (presentation mode). None of them changes a number.

import { chartFrame, expect, marksOf, test, viewRoot, waitDone } from './fixtures';

test('embed=1 shows the main chart alone, without navigation or controls, and keeps the link', async ({
  page,
}) => {
  await page.goto('/?v=1&view=speedup&M=10,100&embed=1&seed=1');
  await expect(page.locator('figure[data-chart-id]')).toHaveCount(1);
  await expect(chartFrame(page, 'speedup-vs-b')).toBeVisible();
  expect((await marksOf(page, 'speedup-vs-b')).lines).toBeGreaterThanOrEqual(2);
  await expect(page.locator('nav[aria-label="Views"]')).toHaveCount(0);
  await expect(page.locator('aside.view-controls')).toHaveCount(0);
  await expect(page).toHaveURL(/embed=1/);
});

test('embed=<chart id> shows that chart; an unknown id says so and shows the main chart', async ({
  page,
}) => {
  await page.goto('/?v=1&view=speedup&embed=lr-summed-vs-b&seed=1');
  await expect(page.locator('figure[data-chart-id]')).toHaveCount(1);
  await expect(chartFrame(page, 'lr-summed-vs-b')).toBeVisible();
  await page.goto('/?v=1&view=speedup&embed=nope&seed=1');
  await expect(page.getByText('This view has no chart “nope”; showing its main chart.')).toBeVisible();
  await expect(chartFrame(page, 'speedup-vs-b')).toBeVisible();
});

test('controls= shows only the listed controls, keeps them in the link, and "Show all" brings the rest back', async ({
  page,
}) => {
  await page.goto('/?v=1&view=minibatch&M=0,100&bmax=6&controls=M,seed&seed=2');
  await expect(viewRoot(page, 'minibatch')).toBeVisible();
  await expect(page.locator('aside.view-controls [data-param]')).toHaveCount(2);
  await expect(page.locator('[data-param="M"]')).toBeVisible();
  await expect(page.locator('[data-param="bmax"]')).toHaveCount(0);
  await waitDone(page, 'minibatch');
  // A change keeps the allow-list in the link.
  await page.locator('[data-param="seed"] input').fill('3');
  await page.locator('[data-param="seed"] input').press('Enter');
  await expect(page).toHaveURL(/controls=M,seed&seed=3/);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('[data-param="bmax"]')).toBeVisible();
  await expect(page).not.toHaveURL(/controls=/);
});

test('present=1 turns on presentation mode and survives a change of view', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&present=1&seed=1');
  await expect(page.locator('.app.present')).toHaveCount(1);
  // The stage shows the views' tabs with its notes drawer (N).
  await page.keyboard.press('n');
  await page.locator('a[data-view="runtime"]').click();
  await expect(viewRoot(page, 'runtime')).toBeVisible();
  await expect(page.locator('.app.present')).toHaveCount(1);
  await expect(page).toHaveURL(/view=runtime.*present=1/);
});
