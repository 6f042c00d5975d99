// Pin (ghost curves to compare before and after a change) and Predict first (guess where the
// curve bends before the chart shows it), on the speedup view's closed forms.

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chartFrame, expect, test, viewRoot } from './fixtures';

const LINK = '/?v=1&view=speedup&M=10,100&seed=1';

async function download(page: Page, chartId: string, format: RegExp): Promise<string> {
  const frame = chartFrame(page, chartId);
  await frame.locator('details.chart-export > summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: format }).click(),
  ]);
  return (await readFile(await file.path())).toString('utf8');
}

test('Pin draws the pinned curves as faint ghosts, says what differed, and Unpin removes them', async ({
  page,
}) => {
  await page.goto(LINK);
  const view = viewRoot(page, 'speedup');
  const frame = chartFrame(page, 'speedup-vs-b');
  await expect(frame.locator('path.chart-line[d]')).toHaveCount(3); // M = 10, M = 100, linear
  await expect(frame.locator('.chart-ghost')).toHaveCount(0);

  const pin = view.getByRole('button', { name: 'Pin curves' });
  await expect(pin).toHaveAttribute('title', /a reload clears them/);
  await pin.focus();
  await page.keyboard.press('Enter');
  await expect(view.getByText('Pinned 3 charts as ghosts (same parameters).')).toBeVisible();
  await expect(frame.locator('.chart-legend-pinned')).toHaveText('Pinned: same parameters');

  // Change M = 100 to M = 1000 through the list control.
  const list = view.getByRole('textbox', { name: /Relative noise M, comma-separated/ });
  await list.fill('10,1000');
  await list.press('Enter');
  await expect(page).toHaveURL(/M=10,1000/);
  await expect(frame.locator('.chart-legend-pinned')).toHaveText('Pinned: M = 10,100 → now 10,1000');
  await expect(view.locator('.view-tool-status')).toHaveText(
    'Pinned 3 charts as ghosts (M = 10,100 → now 10,1000).',
  );
  // Polite live text, not a second role="status": the view's status region is the run status.
  await expect(view.locator('.view-tools [role="status"]')).toHaveCount(0);

  // Three ghosts (the pinned M = 10, M = 100 and linear lines), faint and thin, behind the live lines.
  const ghosts = frame.locator('path.chart-ghost');
  await expect(ghosts).toHaveCount(3);
  const style = await ghosts.nth(1).evaluate((el) => {
    const cs = getComputedStyle(el);
    return {
      opacity: Number(cs.strokeOpacity),
      width: Number.parseFloat(cs.strokeWidth),
      d: el.getAttribute('d'),
    };
  });
  expect(style.opacity).toBeGreaterThan(0.1);
  expect(style.opacity).toBeLessThan(0.5);
  expect(style.width).toBeLessThan(2);
  expect(style.d?.length).toBeGreaterThan(50);
  // The pinned M = 100 line differs from every live line (M = 1000 bends later).
  const live = await frame
    .locator('path.chart-line')
    .evaluateAll((els) => els.map((e) => e.getAttribute('d')));
  expect(live).not.toContain(style.d);
  const order = await frame
    .locator('svg[role="img"]')
    .evaluate((svg) =>
      [...svg.querySelectorAll('.chart-ghosts, .chart-line')].map((e) => e.getAttribute('class')),
    );
  expect(order[0]).toBe('chart-ghosts');
  // Ghosts are pinned on the other charts too, and are not in the read-out.
  await expect(chartFrame(page, 'lr-averaged-vs-b').locator('path.chart-ghost').first()).toBeAttached();
  await frame.locator('svg[role="img"]').hover();
  const labels = await frame.locator('.chart-readout li .chart-readout-label').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(['M = 10', 'M = 1000', 'linear speedup (b)']).toContain(label);

  // CSV (the CLI's data contract) carries only the live series: no ghost rows.
  const csv = await download(page, 'speedup-vs-b', /^CSV/);
  const series = new Set(
    csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(',')[1]),
  );
  expect([...series].sort()).toEqual(['linear', 'm-10', 'm-1000']);
  // The SVG export (and the PNG, rasterised from it) draws them, faint, and names them in its legend.
  const svgText = await download(page, 'speedup-vs-b', /^SVG/);
  expect(svgText.match(/stroke-opacity:\s*0\.4\b/g)?.length).toBe(3);
  expect(svgText).toContain('Pinned: M = 10,100 → now 10,1000');

  await view.getByRole('button', { name: 'Unpin' }).click();
  await expect(frame.locator('.chart-ghost')).toHaveCount(0);
  await expect(frame.locator('.chart-legend-pinned')).toHaveCount(0);
  await expect(view.getByRole('button', { name: 'Pin curves' })).toBeVisible();
});

test('predict=1 hides the main chart until Reveal, then shows the guess over the answer', async ({
  page,
}) => {
  await page.goto(`${LINK.replace('&seed=1', '&predict=1&seed=1')}`);
  const view = viewRoot(page, 'speedup');
  const frame = chartFrame(page, 'speedup-vs-b');
  const svg = frame.locator('svg[role="img"]');
  await expect(svg).toBeVisible();
  await expect(view.getByRole('button', { name: 'Predict first' })).toHaveAttribute('aria-pressed', 'true');
  await expect(
    frame.getByText('Where will the M = 100 curve bend? Click on the chart, or type a value:'),
  ).toBeVisible();
  // No data and nothing that gives the answer away: no lines, no marks, no summary, no export.
  await expect(svg.locator('path.chart-line')).toHaveCount(0);
  await expect(svg.locator('.chart-marks line')).toHaveCount(0);
  await expect(svg.locator('.chart-mark-labels text')).toHaveCount(0);
  await expect(frame.locator('.chart-summary')).toHaveCount(0);
  await expect(frame.locator('details.chart-export')).toHaveCount(0);
  await expect(chartFrame(page, 'lr-averaged-vs-b')).toContainText('Hidden until you reveal: predict first');
  await expect(chartFrame(page, 'lr-averaged-vs-b').locator('svg')).toHaveCount(0);
  await expect(frame.locator('.chart-predict [role="status"]')).toHaveCount(0);
  // The formula b_crit = σ⋆²/ε + M + 1 and the lead would say it too.
  await expect(view.locator('.formula')).toHaveText('The formula is hidden until you reveal: predict first.');

  // A click on the plot places the guess (x and y) and fills the input.
  const box = (await svg.boundingBox())!;
  await svg.click({ position: { x: box.width * 0.45, y: box.height * 0.5 } });
  await expect(svg.locator('.chart-guess-marker')).toHaveCount(1);
  const input = frame.getByLabel('batch size b');
  const clicked = Number(await input.inputValue());
  expect(clicked).toBeGreaterThan(1);

  // A typed x off the chart is not drawn, and the prompt says so.
  await input.fill('100000');
  await expect(svg.locator('.chart-guess')).toHaveCount(0);
  await expect(frame.locator('.chart-predict-status')).toContainText('off this chart (1 to 16384)');

  // Typing replaces it with an x alone (a dashed vertical line); Enter reveals.
  await input.fill('64');
  await expect(svg.locator('.chart-guess-marker')).toHaveCount(0);
  await expect(svg.locator('.chart-guess-line')).toHaveCount(1);
  await input.press('Enter');

  await expect(svg.locator('path.chart-line')).toHaveCount(3);
  await expect(svg.locator('.chart-guess-line')).toHaveCount(1);
  await expect(svg.locator('.chart-mark-labels text')).toHaveCount(2);
  const result = frame.locator('.chart-predict-result');
  // b_crit = M + 1 (σ⋆² = 0): the question named the M = 100 curve, whose mark is at 101.
  await expect(result).toHaveText(
    'Your guess: b = 64; the answer is b_crit (M = 100) at b = 101 (1.6× yours). Other marks: b_crit (M = 10) at b = 11.',
  );
  await expect(result).toBeFocused();
  await expect(view.locator('.formula')).toContainText('crit');
  await expect(chartFrame(page, 'lr-averaged-vs-b').locator('svg[role="img"]')).toBeVisible();

  await frame.getByRole('button', { name: 'Try again' }).click();
  await expect(svg.locator('path.chart-line')).toHaveCount(0);
  await expect(svg.locator('.chart-guess')).toHaveCount(0);

  // Leaving predict mode shows everything, and the link follows.
  await view.getByRole('button', { name: 'Predict first' }).click();
  await expect(page).not.toHaveURL(/predict=1/);
  await expect(svg.locator('path.chart-line')).toHaveCount(3);
  await expect(frame.locator('.chart-predict')).toHaveCount(0);
  await view.getByRole('button', { name: 'Predict first' }).click();
  await expect(page).toHaveURL(/predict=1/);
  await expect(svg.locator('path.chart-line')).toHaveCount(0);
});
