// The explanation under each chart: a typeset formula (KaTeX, with MathML for screen readers), the
// paper reference, what to notice, and the details behind a keyboard-operable <details>; none in
// embed mode; the view's header formula is typeset too.

import type { Page } from '@playwright/test';
import { chartFrame, expect, test, viewRoot } from './fixtures';

/** The view's run is over (Done, or closed forms only); its own status line: a view holds other live regions. */
const done = (page: Page, view: string) =>
  expect(viewRoot(page, view).locator('.run-status-text')).toHaveText(/^(Done|Closed forms)/, {
    timeout: 20_000,
  });

test('a chart shows its typeset formula, what to notice, and details that open by keyboard', async ({
  page,
}) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await done(page, 'speedup');
  const frame = chartFrame(page, 'speedup-vs-b');
  const explanation = frame.locator('.chart-explanation');
  await expect(explanation.locator('.katex').first()).toBeVisible();
  // The accessible copy of the formula is there, and the TeX fallback is gone.
  // Fig. 2's formula has two rows (S(b) and b_crit), each typeset on its own: one MathML copy each.
  await expect(explanation.locator('math')).toHaveCount(2);
  await expect(explanation.locator('[data-formula-state="source"]')).toHaveCount(0);
  await expect(explanation.locator('.explanation-where')).toHaveText(/\[CP\] Sec\. 5.*Fig\. 2/);
  await expect(explanation.locator('.explanation-notice')).toContainText('hugs the line S = b');

  const details = explanation.locator('details');
  const text = details.getByText('ratio of two upper bounds of [CP] Theorem 1', { exact: false });
  await expect(text).toBeHidden();
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await expect(text).toBeVisible();

  // The view's header formula is typeset as well.
  await expect(viewRoot(page, 'speedup').locator('.view-header .formula .katex')).toBeVisible();
  // Every chart of the view has one.
  for (const id of ['speedup-vs-b', 'lr-averaged-vs-b', 'lr-summed-vs-b'])
    await expect(chartFrame(page, id).locator('.chart-explanation .katex').first()).toBeVisible();
});

test('the timeline’s Gantt charts and table have theirs; embed mode shows the chart alone', async ({
  page,
}) => {
  await page.goto('/?v=1&view=timeline&seed=1');
  await done(page, 'timeline');
  for (const id of ['timeline-ksync', 'timeline-kasync', 'timeline-stats'])
    await expect(chartFrame(page, id).locator('.chart-explanation .katex').first()).toBeVisible();
  await expect(chartFrame(page, 'timeline-kasync').locator('.explanation-where')).toContainText('Eq. (3)');

  await page.goto('/?v=1&view=speedup&seed=1&embed=lr-summed-vs-b');
  await expect(chartFrame(page, 'lr-summed-vs-b').locator('svg').first()).toBeVisible();
  await expect(page.locator('.chart-explanation')).toHaveCount(0);
});

test('a notice generated from the chart’s numbers says what the finished run shows', async ({ page }) => {
  // Fig. 6 with two small distributions: the notice names the fastest variant once the curves are in.
  await page.goto('/?v=1&view=kvariants&P=6&J=200&seeds=2&seed=1');
  await done(page, 'kvariants');
  const notice = chartFrame(page, 'time-vs-k-pareto-2-1').locator('.explanation-notice');
  await expect(notice).toContainText(/is the fastest at every K/);
  await expect(notice).toContainText(/rises? with K/);
});
