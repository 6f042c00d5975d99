// Streamed results re-render the charts only. When a view component followed the results itself,
// every result re-rendered its parameter panel as well (each input's attributes written again, the
// panel's style and layout recomputed: ~950 attribute writes in one Fig. 8 run), which is main-thread
// time the charts need while the workers simulate. Counted, not timed: the panel must not change at
// all between the first chart and Done, while the charts do.

import { expect, test, viewRoot, waitDone } from './fixtures';

declare global {
  interface Window {
    __panelChanges?: { panel: number; charts: number };
  }
}

/** Runs before the app: counts DOM changes inside the parameter panel and inside the charts. */
function countChanges(): void {
  const counts = { panel: 0, charts: 0 };
  window.__panelChanges = counts;
  new MutationObserver((list) => {
    for (const m of list) {
      const el = m.target instanceof Element ? m.target : m.target.parentElement;
      if (el?.closest('aside.view-controls')) counts.panel++;
      else if (el?.closest('section.view-charts')) counts.charts++;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

const LINKS = [
  ['race', '/?v=1&view=race&tmax=2000&Pmax=1&Mmax=0&seed=1'], // the Fig. 7 preset
  ['kvariants', '/?v=1&view=kvariants&J=2000&seed=1'],
] as const;

for (const [view, link] of LINKS)
  test(`${view}: results streaming in change the charts, never the parameter panel`, async ({ page }) => {
    await page.addInitScript(countChanges);
    await page.goto(link);
    // From the first chart on (the panel is drawn by then): only what the run changes is counted.
    await viewRoot(page, view).locator('figure[data-chart-id] svg[role="img"]').first().waitFor();
    await page.evaluate(() => {
      window.__panelChanges!.panel = 0;
      window.__panelChanges!.charts = 0;
    });
    await waitDone(page, view, 60_000);
    const changes = (await page.evaluate(() => window.__panelChanges))!;
    expect(changes.charts).toBeGreaterThan(0);
    expect(changes.panel).toBe(0);
  });
