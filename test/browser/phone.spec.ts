// Phones chart-first (issue 14): on a 390×844 phone every view's first chart starts on the first
// screen (its heading and the top of its plot), the controls follow the charts in the page's order,
// and the timeline's player never covers a chart.

import { VIEW_NAMES } from '../../src/scenario/views';
import { expect, test, viewRoot } from './fixtures';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

for (const view of VIEW_NAMES) {
  test(`on a phone, the first chart of ${view} starts on the first screen and the controls follow`, async ({
    page,
  }) => {
    await page.goto(`/?v=1&view=${view}&seed=1`);
    const root = viewRoot(page, view);
    const first = root.locator('figure[data-chart-id]').first();
    const plot = first.locator('svg[role="img"]').first();
    await expect(plot).toBeVisible({ timeout: 20_000 });
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBe(0);
    const figure = (await first.boundingBox())!;
    const svg = (await plot.boundingBox())!;
    expect(figure.y, 'the chart’s heading starts on the first screen').toBeLessThan(PHONE.height - 40);
    expect(svg.y, 'its plot starts on the first screen').toBeLessThan(PHONE.height - 40);
    // The page is one column: nothing sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The controls come after the charts, in the page's order too (reading, tabbing).
    const after = await page.evaluate((v) => {
      const charts = document.querySelector(`[data-testid="view-${v}"] .view-charts`)!;
      const controls = document.querySelector(`[data-testid="view-${v}"] .view-controls`)!;
      return Boolean(charts.compareDocumentPosition(controls) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, view);
    expect(after, 'the controls follow the charts').toBe(true);
    // A link leads down to them.
    await root.getByRole('link', { name: 'Parameters ↓' }).click();
    await expect(root.locator('.view-controls')).toBeInViewport();
  });
}

test('on a phone, the timeline’s player never covers a chart', async ({ page }) => {
  await page.goto('/?v=1&view=timeline&seed=1');
  const player = page.locator('fieldset.playback');
  const charts = page.locator('figure[data-chart-id]');
  await expect(charts.first().locator('svg[role="img"]')).toBeVisible();
  for (const scroll of [0, 300, 600, 900, 1200]) {
    await page.evaluate((y) => window.scrollTo(0, y), scroll);
    const p = (await player.boundingBox())!;
    for (const box of await charts.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    )) {
      const overlap = Math.min(p.y + p.height, box.bottom) - Math.max(p.y, box.top);
      expect(overlap, `player over a chart at scroll ${scroll}`).toBeLessThanOrEqual(0);
    }
  }
});
