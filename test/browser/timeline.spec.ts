// The timeline view ([SS] Figs. 3–4): both Gantt charts render, play moves the cursor, a step
// goes to the next PS update, the keyboard drives playback, reduced motion shows the whole run
// without playing, and a link draws the same SVG after a reload.

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  chartFrame,
  expect,
  layoutSettled,
  mainThread,
  resetMainThread,
  test,
  viewRoot,
  waitDone,
} from './fixtures';

const LINK = '/?v=1&view=timeline&seed=1';
const IDS = ['timeline-ksync', 'timeline-kasync'];

const cursorTime = (page: Page, id = IDS[0]) =>
  chartFrame(page, id)
    .locator('.gantt-cursor')
    .getAttribute('data-time')
    .then((t) => Number(t));

/** Every PS update time drawn in the view, sorted (the stops of a step). */
async function updateTimes(page: Page): Promise<number[]> {
  const ts = await page
    .locator('.gantt-updates > g')
    .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-t'))));
  return [...new Set(ts)].sort((a, b) => a - b);
}

test('renders both Gantt charts with their lanes, updates and stats, and plays on its own', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(viewRoot(page, 'timeline')).toBeVisible();
  await waitDone(page, 'timeline');
  for (const id of IDS) {
    const svg = chartFrame(page, id).locator('svg[role="img"]');
    await expect(svg).toBeVisible();
    expect(await svg.locator('.gantt-bar').count(), `bars in ${id}`).toBeGreaterThan(12);
    await expect(svg.locator('.gantt-updates > g'), `12 PS updates in ${id}`).toHaveCount(12);
    await expect(svg.locator('.gantt-lanes text')).toHaveText(['L1', 'L2', 'L3', 'PS']);
  }
  // K-sync cancels (hatched); K-async applies stale gradients.
  expect(await chartFrame(page, IDS[0]).locator('.gantt-cancelled').count()).toBeGreaterThan(0);
  expect(await chartFrame(page, IDS[1]).locator('.gantt-stale').count()).toBeGreaterThan(0);
  await expect(chartFrame(page, 'timeline-stats').locator('table tbody tr')).toHaveCount(2);
  await expect(viewRoot(page, 'timeline')).toContainText('[SS] Figs. 3–4');

  // Auto-play: the cursor moves by itself, on requestAnimationFrame without long tasks.
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'true');
  await resetMainThread(page);
  const t0 = await cursorTime(page);
  // A sampling window, not a wait for a state: 600 ms of playback in which no long task may occur.
  await page.waitForTimeout(600);
  const t1 = await cursorTime(page);
  expect(t1, 'the cursor advances while playing').toBeGreaterThan(t0);
  // Both charts share one cursor.
  expect(Math.abs((await cursorTime(page, IDS[1])) - (await cursorTime(page)))).toBeLessThan(0.5);
  expect((await mainThread(page)).longestTask, 'no long task while playing').toBeLessThan(100);
});

test('Space pauses and plays, → steps to the next PS update, ← back, Home to the start', async ({ page }) => {
  await page.goto(LINK);
  await waitDone(page, 'timeline');
  const stops = await updateTimes(page);
  expect(stops.length).toBeGreaterThan(12);
  await page.locator('body').press(' ');
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'false');
  const paused = await cursorTime(page);
  // Waiting for nothing to happen: a paused cursor must not move (several frames' worth).
  await page.waitForTimeout(300);
  expect(await cursorTime(page), 'paused: the cursor stays').toBe(paused);

  await page.locator('body').press('Home');
  expect(await cursorTime(page)).toBe(0);
  await page.locator('body').press('ArrowRight');
  expect(await cursorTime(page), 'one step: the first PS update').toBe(stops[0]);
  // Seed 1: the two variants' first update is the same event (same draws, same first K learners).
  await expect(page.getByTestId('timeline-where')).toContainText('K-sync: w1 · K-async: w1');
  await page.getByTestId('timeline-step').click();
  expect(await cursorTime(page), 'the step button: the next update').toBe(stops[1]);
  await page.locator('body').press('ArrowLeft');
  expect(await cursorTime(page)).toBe(stops[0]);

  // Space on a focused button presses that button; elsewhere it plays or pauses.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').press(' ');
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => cursorTime(page), { message: 'Space plays again' }).toBeGreaterThan(stops[0]);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shows the whole run without playing, and a link draws the same SVG after a reload', async ({
    page,
  }) => {
    const link =
      '/?v=1&view=timeline&variants=ksync,kbatchsync,kasync,kbatchasync&P=5&K=3&J=10&dist=pareto(2,1)&seed=5';
    await page.goto(link);
    await waitDone(page, 'timeline');
    for (const id of ['timeline-ksync', 'timeline-kbatchsync', 'timeline-kasync', 'timeline-kbatchasync'])
      await expect(chartFrame(page, id).locator('.gantt-updates > g')).toHaveCount(10);
    await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'false');
    const stops = await updateTimes(page);
    expect(await cursorTime(page), 'the cursor at the end').toBe(stops[stops.length - 1]);
    const read = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-chart-id^="timeline-"] svg.gantt-svg')].map((s) => s.outerHTML),
      );
    // Charts are laid out to their container's width, which settles once the page has its final
    // height (a scrollbar may appear): read once the layout has settled.
    const svgs = async () => {
      await layoutSettled(page);
      return read();
    };
    const before = await svgs();
    expect(before).toHaveLength(4);
    await page.reload();
    await waitDone(page, 'timeline');
    await expect(chartFrame(page, 'timeline-kbatchasync').locator('.gantt-updates > g')).toHaveCount(10);
    const after = await svgs();
    expect(after, 'the same link draws the same charts').toEqual(before);
  });
});

test('a Gantt chart exports as PNG at 4× and copies as an image, like every other chart', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(LINK);
  await waitDone(page, 'timeline');
  const frame = chartFrame(page, IDS[0]);
  const svgWidth = Number(await frame.locator('svg.gantt-svg').getAttribute('width'));
  expect(svgWidth).toBeGreaterThan(200);
  await frame.locator('details.chart-export > summary').click();
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'PNG 4×' }).click();
  const png4 = await (await download).path();
  const bytes = readFileSync(png4);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // 4× the exported figure, which is the chart plus 12 px of padding each side.
  expect(bytes.readUInt32BE(16)).toBe(4 * (svgWidth + 24));

  // A download closes the menu; open it again.
  await expect(frame.locator('details.chart-export')).not.toHaveAttribute('open', '');
  await frame.locator('details.chart-export > summary').click();
  await frame.getByRole('button', { name: 'Copy image' }).click();
  await expect(frame.locator('.chart-export-done')).toHaveText(/Copied the chart as an image/);
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return new Uint8Array(await (await item.getType('image/png')).arrayBuffer()).length;
  });
  expect(copied, 'PNG bytes on the clipboard').toBeGreaterThan(1000);
});
