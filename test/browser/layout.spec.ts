// Layout and accessibility: axe-core finds no serious or critical violation on any view once it has
// finished; then every view at a laptop (1280×720), a full-HD screen (1920×1080) and a phone (390×844), and
// in presentation mode at a projector's 1280×720: no sideways scrolling of the page, the navigation
// and the first chart in sight, charts wide enough to read on the phone. Screenshots go
// to test-results/screens/<view>-<w>x<h>[-present]-{top,chart}.png for a person to look at.

import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, layoutSettled, test, viewRoot } from './fixtures';

const VIEWS = ['speedup', 'minibatch', 'async', 'estimator', 'runtime', 'kvariants', 'timeline', 'race'];
/** Views that draw closed forms only: their status never says Done. */
const CLOSED_FORMS = ['speedup'];

const SIZES = [
  { w: 1280, h: 720, present: false },
  { w: 1920, h: 1080, present: false },
  { w: 390, h: 844, present: false },
  { w: 1280, h: 720, present: true },
] as const;

// Playwright empties test-results at the start of every run: PW_SCREENS puts the screenshots
// elsewhere when several runs share one checkout.
const SCREENS = process.env.PW_SCREENS ?? 'test-results/screens';

// Each view runs to the end once, then four sizes of screenshots of long pages: a while.
test.describe.configure({ timeout: 180_000 });

async function settled(page: Page, view: string): Promise<void> {
  await expect(viewRoot(page, view)).toBeVisible();
  const done = CLOSED_FORMS.includes(view) ? /^Closed forms/ : /^Done/;
  await expect(viewRoot(page, view).locator('p.run-status-text')).toHaveText(done, { timeout: 60_000 });
}

/** Elements wider than the viewport that push the page sideways, for the failure message. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window.innerWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > w + 1;
      })
      .filter((el) => !el.closest('.chart-table-wrap, .chart-data-wrap, .view-tabs, .katex-mathml'))
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`,
      );
  });
}

/** One size's screenshots and checks, on a page whose run is over. */
async function checkLayout(page: Page, name: string, w: number, present: boolean): Promise<void> {
  // Charts size themselves to their container once the page has its final size.
  await layoutSettled(page);
  // Presentation mode is a stage: the chart on it is the one to check.
  const first = page.locator(present ? 'figure.chart-on-stage' : 'figure[data-chart-id]').first();
  // Screenshots before the assertions, so a failure can be looked at: the top of the page as the
  // screen shows it, and the first chart scrolled to the top. (No full-page shot: charts out of
  // sight skip rendering, content-visibility: auto, so it would show them blank.)
  await page.screenshot({ path: `${SCREENS}/${name}-top.png` });
  await first.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SCREENS}/${name}-chart.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(
    sizes.scroll,
    `${name}: no sideways scrolling; too wide: ${(await overflowing(page)).join(', ')}`,
  ).toBeLessThanOrEqual(sizes.inner + 1);
  // (On the stage the navigation waits in the notes drawer, N.)
  if (!present) await expect(page.locator('nav[aria-label="Views"]')).toBeVisible();
  await expect(first).toBeVisible();
  const svgWidths = await page
    .locator('figure[data-chart-id] svg[role="img"]')
    .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
  expect(svgWidths.length, `${name}: charts drawn`).toBeGreaterThan(0);
  if (w < 600)
    for (const sw of svgWidths) expect(sw, `${name}: a chart on the phone`).toBeGreaterThanOrEqual(280);
  // Presentation mode on a projector: the first chart's title reads from the back of a hall.
  if (present) {
    const px = await first
      .locator('.chart-title')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(px, `${name}: chart title in presentation mode`).toBeGreaterThanOrEqual(20);
    // Scrolled to, the first chart (title to axis) fits above the presentation bar.
    const fit = await first.evaluate((fig) => {
      const top = fig.querySelector('.chart-title')!.getBoundingClientRect().top;
      const bottom = fig.querySelector('svg')!.getBoundingClientRect().bottom;
      const bar = document.querySelector('.present-bar')?.getBoundingClientRect().height ?? 0;
      return { chart: bottom - top, room: window.innerHeight - bar };
    });
    expect(fit.chart, `${name}: the first chart on one projector screen`).toBeLessThanOrEqual(fit.room);
  }
}

// One page per view, run once and then resized through the sizes (a fresh load per size would run
// the same simulations four times); presentation mode last, switched on by its key like a lecturer.
for (const view of VIEWS) {
  test(`layout and axe: ${view} at ${SIZES.map(({ w, h, present }) => `${w}×${h}${present ? ' presenting' : ''}`).join(', ')}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: SIZES[0].w, height: SIZES[0].h });
    await page.goto(`/?v=1&view=${view}&seed=1`);
    await settled(page, view);
    // axe-core (colour contrast, names, roles, labels) on the finished view, at the laptop size.
    expect(await seriousViolations(page), `axe: serious or critical violations of ${view}`).toEqual([]);
    for (const { w, h, present } of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      if (present) {
        await page.locator('body').press('p');
        await expect(page).toHaveURL(/[?&]present=1(&|$)/);
      }
      await checkLayout(page, `${view}-${w}x${h}${present ? '-present' : ''}`, w, present);
    }
  });
}
