// The race on the shipped digits (issue 18): the data chunk loads in the workers from the app's own
// origin, both the training-loss and the held-out charts fill in, and the synthetic data's controls hide.

import { chartFrame, expect, marksOf, test, viewRoot, waitDone } from './fixtures';

test('race view on the digits draws training loss and held-out error, loading the data from the app', async ({
  page,
}) => {
  const data: string[] = [];
  page.context().on('request', (req) => {
    if (/\/assets\/rows-[\w-]+\.js$/.test(req.url())) data.push(req.url());
  });
  await page.goto('/?v=1&view=race&problem=digits&seeds=2&tmax=40&Pmax=2&Mmax=1&seed=2');
  await expect(viewRoot(page, 'race')).toBeVisible();
  await waitDone(page, 'race', 90_000);
  for (const id of ['error-vs-time', 'test-error-vs-time', 'eq13-vs-fixed'])
    expect((await marksOf(page, id)).points, `simulated points in ${id}`).toBeGreaterThan(30);
  await expect(chartFrame(page, 'error-vs-time')).toContainText('training loss f(w)');
  await expect(chartFrame(page, 'test-error-vs-time')).toContainText('held-out error rate');
  expect(data.length, 'the digits chunk was fetched').toBeGreaterThan(0);
  // The synthetic dataset's controls and the quadratic's M do not apply; the ridge λ does.
  await expect(page.locator('[data-param="n"]')).toHaveCount(0);
  await expect(page.locator('[data-param="M"]')).toHaveCount(0);
});
