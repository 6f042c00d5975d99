// Installable and offline: after one visit the service worker has precached the whole site, so
// with the network gone a reload still opens the app, and views that load lazily still run their
// simulations in the (precached) worker. The fixture fails the test on any failed request that
// reaches the console, and on any request to another origin.

import { expect, test, viewRoot, waitDone } from './fixtures';

test('after one visit, the app reloads and simulates with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('nav a[data-view]').first()).toBeVisible();
  // The manifest makes it installable: name, icons, theme colour.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await (await page.request.get(new URL(manifestHref!, page.url()).href)).json();
  expect(manifest.name).toBe('Parallel SGD Explorer');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );

  // The service worker is active (its install precached every built file) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  expect(
    cached.some((u) => /\/assets\/cell\.worker-[\w-]+\.js$/.test(u)),
    'the worker chunk is precached',
  ).toBe(true);
  expect(
    cached.some((u) => /\/assets\/KvariantsView-[\w-]+\.js$/.test(u)),
    'lazy views are precached',
  ).toBe(true);

  expect(
    cached.some((u) => u.endsWith('/gallery/cp-fig3.jpg')),
    'the gallery thumbnails are precached',
  ).toBe(true);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
  await expect(page.locator('nav a[data-view]').first()).toBeVisible();
  // The gallery (the bare address) comes back whole, thumbnails included.
  const thumb = page.getByTestId('gallery').locator('img').first();
  await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);

  for (const view of ['minibatch', 'kvariants']) {
    await page.locator(`a[data-view="${view}"]`).click();
    await expect(viewRoot(page, view)).toBeVisible();
    await waitDone(page, view, 40_000);
    await expect(viewRoot(page, view).locator('figure[data-chart-id] svg').first()).toBeVisible();
  }
  await context.setOffline(false);
});

test('a shared link opened first (no gallery) also installs the app once its run is done', async ({
  page,
  context,
}) => {
  await page.goto('./?v=1&view=kvariants&seed=1');
  // The service worker waits for the opening run (its precache would compete with it for the CPU).
  await waitDone(page, 'kvariants', 40_000);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
  await waitDone(page, 'kvariants', 40_000);
  await page.locator('a[data-view="race"]').click();
  await waitDone(page, 'race', 40_000);
  await expect(viewRoot(page, 'race').locator('figure[data-chart-id] svg').first()).toBeVisible();
  await context.setOffline(false);
});
