// The gallery (the bare address) and presentation mode's keys: every card opens its view with exactly
// the preset's parameters, shows the chart the card is about, and Back returns to the gallery.

import { PRESETS } from '../../src/scenario/presets';
import { chartFrame, expect, notices, test, viewRoot, waitDone } from './fixtures';

test('the bare address is the gallery: a card per preset, each with its thumbnail', async ({ page }) => {
  await page.goto('./');
  const gallery = page.getByTestId('gallery');
  await expect(gallery).toBeVisible();
  await expect(gallery.locator('a[data-preset]')).toHaveCount(PRESETS.length);
  await expect(page.locator('a.gallery-link')).toHaveAttribute('aria-current', 'page');
  // Every thumbnail is a decoded picture (lazy images load as they scroll into view).
  for (const preset of PRESETS) {
    const img = gallery.locator(`a[data-preset="${preset.id}"] img`);
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), {
        message: `thumbnail of ${preset.id}`,
      })
      .toBeGreaterThan(300);
  }
  // The slow presets say how long they simulate before a click; quick ones say nothing.
  await expect(gallery.locator('a[data-preset="cp-fig4"] .gallery-view')).toContainText(
    'simulates for about',
  );
  await expect(gallery.locator('a[data-preset="cp-fig2"] .gallery-view')).not.toContainText('simulates');
  expect(new URL(page.url()).search).toBe('');
});

test('every gallery card opens its view with the preset’s parameters, and Back returns', async ({ page }) => {
  await page.goto('./');
  for (const preset of PRESETS) {
    await page.getByTestId('gallery').locator(`a[data-preset="${preset.id}"]`).click();
    await expect(viewRoot(page, preset.view)).toBeVisible();
    await expect.poll(() => new URL(page.url()).search, { message: preset.id }).toBe(preset.link);
    await expect(notices(page)).toHaveCount(0);
    await expect(chartFrame(page, preset.chart)).toBeVisible();
    // The view's preset chips mark this preset as the one on screen.
    await expect(
      viewRoot(page, preset.view).locator(`.preset-chips a[data-preset="${preset.id}"]`),
    ).toHaveAttribute('aria-current', 'true');
    await page.goBack();
    await expect(page.getByTestId('gallery')).toBeVisible();
  }
});

test('presentation mode: P, then → / ← step through the presets in gallery order, R resets', async ({
  page,
}) => {
  const first = PRESETS[0];
  await page.goto('./');
  await page.getByTestId('gallery').locator(`a[data-preset="${first.id}"]`).click();
  await expect(viewRoot(page, first.view)).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('.app.present')).toBeVisible();
  const bar = page.locator('.present-bar');
  await expect(bar).toContainText(`1/${PRESETS.length}`);
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.press(i === 2 ? 'PageDown' : 'ArrowRight');
    await expect(viewRoot(page, PRESETS[i].view)).toBeVisible();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`${PRESETS[i].link.replace('&seed=', '&present=1&seed=')}`);
    await expect(bar).toContainText(`${i + 1}/${PRESETS.length} `);
    await expect(page.locator('.app.present')).toBeVisible();
  }
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toContainText(`3/${PRESETS.length} `);
  const third = PRESETS[2];
  // Change a parameter through its control (in the stage's parameters drawer, C): the bar keeps the
  // place and says what changed; then R brings the preset back.
  await page.keyboard.press('c');
  const seed = viewRoot(page, third.view).locator('[data-param="seed"] input.control-number');
  await seed.fill('7');
  await seed.press('Enter');
  await expect.poll(() => new URL(page.url()).search).toContain('seed=7');
  await expect(bar).toContainText(`3/${PRESETS.length} `);
  await expect(bar).toContainText('changed: seed = 1 → 7');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('r');
  await expect.poll(() => new URL(page.url()).search).toBe(third.link.replace('&seed=', '&present=1&seed='));
  await page.keyboard.press('p');
  await expect(page.locator('.app.present')).toHaveCount(0);
});

test('presets that share a link point at different charts, and the page shows that chart', async ({
  page,
}) => {
  const thm2 = PRESETS.find((p) => p.id === 'ss-thm2')!;
  await page.goto('./');
  await page.getByTestId('gallery').locator(`a[data-preset="${thm2.id}"]`).click();
  const chart = chartFrame(page, thm2.chart);
  await expect(chart).toBeVisible();
  await expect(chart).toBeInViewport();
  // The charts above it draw and change height meanwhile: it is still in view once they are done.
  await waitDone(page, thm2.view);
  await expect(chart).toBeInViewport({ ratio: 0.5 });
});
