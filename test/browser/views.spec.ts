// Both views open on a finished picture: every chart drawn with its curves, and the runtime
// view's Monte Carlo points streamed in from the workers.

import { chartFrame, expect, marksOf, poolStats, statusOf, test, viewRoot, waitDone } from './fixtures';

test('speedup view draws its three charts with curves, closed forms only', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await expect(viewRoot(page, 'speedup')).toBeVisible();
  for (const id of ['speedup-vs-b', 'lr-averaged-vs-b', 'lr-summed-vs-b']) {
    const { lines } = await marksOf(page, id);
    expect(lines, `curves in ${id}`).toBeGreaterThan(1);
  }
  // Six values of M by default: at least one predicted curve each.
  expect((await marksOf(page, 'speedup-vs-b')).lines).toBeGreaterThanOrEqual(6);
  await expect(statusOf(page, 'speedup')).not.toHaveText(/error|failed/i);
  // Closed forms never start the worker pool.
  expect(await poolStats(page)).toBeNull();
});

test('speedup view switches to relative iterations from a link', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&plot=iterations&seed=1');
  expect((await marksOf(page, 'iterations-vs-b')).lines).toBeGreaterThanOrEqual(6);
  await expect(chartFrame(page, 'speedup-vs-b')).toHaveCount(0);
});

test('runtime view draws exact curves and its simulated points, then says Done', async ({ page }) => {
  await page.goto('/?v=1&view=runtime&seed=1');
  await expect(viewRoot(page, 'runtime')).toBeVisible();
  await waitDone(page, 'runtime');
  for (const id of ['sync-async-ratio', 'order-stats-vs-k']) {
    const { lines, points } = await marksOf(page, id);
    expect(lines, `exact curves in ${id}`).toBeGreaterThanOrEqual(3);
    expect(points, `simulated points in ${id}`).toBeGreaterThan(3);
  }
  expect((await marksOf(page, 'service-time-density')).lines).toBeGreaterThanOrEqual(3);
  // The distribution summary is an HTML table, one row per default distribution.
  await expect(chartFrame(page, 'distributions').locator('table tbody tr')).toHaveCount(3);
  const stats = await poolStats(page);
  expect(stats).not.toBeNull();
  expect(stats!.cellsCompleted).toBeGreaterThan(0);
  expect(stats!.liveWorkers).toBeLessThanOrEqual(stats!.size);
});

test('minibatch view simulates Fig. 3 in the workers, fills in progressively and reproduces from its link', async ({
  page,
}) => {
  const link = '/?v=1&view=minibatch&M=0,100&bmax=8&runM=10&seed=2';
  await page.goto(link);
  await expect(viewRoot(page, 'minibatch')).toBeVisible();
  // The closed-form predictions are there at once; simulated points stream in from the workers.
  expect((await marksOf(page, 'steps-vs-b')).lines).toBeGreaterThanOrEqual(2);
  await waitDone(page, 'minibatch');
  const first = await marksOf(page, 'steps-vs-b');
  expect(first.points, 'one point per (M, b)').toBeGreaterThanOrEqual(2 * 9);
  expect((await marksOf(page, 'one-run')).lines).toBeGreaterThanOrEqual(1);
  await expect(chartFrame(page, 'problem').locator('table')).toContainText('4.17766');
  const readout = async () =>
    page.evaluate(() => document.querySelector('[data-chart-id="steps-vs-b"] svg')?.innerHTML ?? '');
  const before = await readout();
  await page.reload();
  await waitDone(page, 'minibatch');
  expect(await readout(), 'the same link draws the same chart').toBe(before);
  const stats = await poolStats(page);
  expect(stats!.cellsCompleted).toBeGreaterThan(0);
});

test('estimator view draws b̂ along both runs and the batch-size check, and reproduces from its link', async ({
  page,
}) => {
  const link = '/?v=1&view=estimator&bmax=6&seed=4';
  await page.goto(link);
  await expect(viewRoot(page, 'estimator')).toBeVisible();
  await waitDone(page, 'estimator');
  for (const id of ['bhat-quadratic', 'bhat-logistic', 'steps-vs-b-estimator']) {
    expect((await marksOf(page, id)).points, `simulated points in ${id}`).toBeGreaterThan(5);
  }
  await expect(chartFrame(page, 'logistic-dataset').locator('table')).toContainText('examples');
  const svg = async () =>
    page.evaluate(() => document.querySelector('[data-chart-id="bhat-quadratic"] svg')?.innerHTML ?? '');
  const before = await svg();
  await page.reload();
  await waitDone(page, 'estimator');
  expect(await svg(), 'the same link draws the same chart').toBe(before);
});

test('async view simulates Fig. 4 and the Sec. 6 charts in the workers, and switches to learners from a control', async ({
  page,
}) => {
  await page.goto('/?v=1&view=async&M=10,100&taumax=6&staumax=5&seed=3');
  await expect(viewRoot(page, 'async')).toBeVisible();
  await waitDone(page, 'async');
  // Two curves of 7 points each (τ = 1 … 64), and the mini-batch comparison beside them.
  expect((await marksOf(page, 'async-speedup')).points).toBeGreaterThanOrEqual(4 * 7);
  for (const id of ['async-step', 'sparsity-speedup', 'mask-steps', 'sparsity-m'])
    expect((await marksOf(page, id)).points, `simulated points in ${id}`).toBeGreaterThan(3);
  // Table 1: four analyses' lines and one simulated saturation point per Δ (three by default).
  expect((await marksOf(page, 'table-1')).lines).toBeGreaterThanOrEqual(4);
  expect((await marksOf(page, 'table-1')).points).toBeGreaterThanOrEqual(3);
  // Pmax and the compute-time distribution only apply to delay=learners.
  await expect(page.getByLabel(/Largest number of learners/)).toHaveCount(0);
  await page.locator('[data-param="delay"] label', { hasText: 'learners' }).click();
  await expect(page).toHaveURL(/delay=learners/);
  await expect(page.getByLabel(/Largest number of learners/).first()).toBeVisible();
  await expect(chartFrame(page, 'async-speedup')).toContainText('learners P');
  await waitDone(page, 'async');
  expect((await marksOf(page, 'async-speedup')).points).toBeGreaterThan(10);
});

test('kvariants view simulates Fig. 6 in the workers, draws the closed forms, and toggles variants', async ({
  page,
}) => {
  await page.goto('/?v=1&view=kvariants&J=300&seeds=4&seed=2');
  await expect(viewRoot(page, 'kvariants')).toBeVisible();
  await waitDone(page, 'kvariants');
  for (const id of ['time-vs-k-pareto-2-1', 'time-vs-k-shexp-1-1']) {
    const { lines, points } = await marksOf(page, id);
    expect(points, `simulated points in ${id}`).toBeGreaterThanOrEqual(4 * 20);
    expect(lines, `closed forms in ${id}`).toBeGreaterThanOrEqual(2);
  }
  expect((await marksOf(page, 'staleness')).points).toBeGreaterThan(10);
  await expect(chartFrame(page, 'detail').locator('table tbody tr')).toHaveCount(8);
  await expect(chartFrame(page, 'distributions')).toContainText('new-longer-than-used');
  // Unticking K-batch-sync leaves three variants, in the link and in the table.
  await page.locator('[data-param="variants"] label', { hasText: 'K-batch-sync' }).click();
  await expect(page).toHaveURL(/variants=ksync,kasync,kbatchasync/);
  await waitDone(page, 'kvariants');
  await expect(chartFrame(page, 'detail').locator('table tbody tr')).toHaveCount(6);
});

test('measured compute times: pasted times become a quantiles() link, and survive a reload on this machine', async ({
  page,
}) => {
  await page.goto('/?v=1&view=kvariants&dist=exp(1)&P=4&J=50&seeds=2&seed=1');
  await expect(viewRoot(page, 'kvariants')).toBeVisible();
  await page.getByText('Use measured times…').click();
  const times = Array.from({ length: 200 }, (_, i) => (1 + (i % 17) / 10).toFixed(2)).join('\n');
  await page.getByLabel(/Paste compute times/).fill(`seconds\n${times}\noops`);
  await page.getByRole('button', { name: 'Use these times' }).click();
  await expect(page.getByText(/Read 200 times; 1 entry ignored/)).toBeVisible();
  await expect(page).toHaveURL(/dist=exp\(1\),quantiles\(/);
  await waitDone(page, 'kvariants');
  await page.reload();
  await expect(page.locator('[data-param="dist"]')).toContainText(
    'from 200 measured times (pasted, saved on this machine',
  );
});

test('race view draws the bounds, the simulated races and the who-wins map, and switches problem', async ({
  page,
}) => {
  await page.goto('/?v=1&view=race&n=300&seeds=2&tmax=40&Pmax=4&Mmax=10&seed=2');
  await expect(viewRoot(page, 'race')).toBeVisible();
  await waitDone(page, 'race');
  expect((await marksOf(page, 'bounds-vs-time')).lines).toBeGreaterThanOrEqual(2);
  for (const id of ['error-vs-time', 'eq13-vs-fixed'])
    expect((await marksOf(page, id)).points, `simulated points in ${id}`).toBeGreaterThan(30);
  await expect(
    chartFrame(page, 'who-wins').locator('rect[data-value], rect.heat-cell, g rect'),
  ).not.toHaveCount(0);
  await expect(chartFrame(page, 'bounds-vs-time')).toContainText('apparently a typo');
  // The quadratic hides the dataset's controls and shows its noise.
  await expect(page.locator('[data-param="n"]')).toHaveCount(1);
  await page.locator('[data-param="problem"] label', { hasText: 'quadratic' }).click();
  await expect(page).toHaveURL(/problem=quadratic/);
  await expect(page.locator('[data-param="n"]')).toHaveCount(0);
  await waitDone(page, 'race');
  expect((await marksOf(page, 'error-vs-time')).points).toBeGreaterThan(30);
});
