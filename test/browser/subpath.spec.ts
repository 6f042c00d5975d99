// `npm run build` yields a static site that works from any path of any static host: serve the built
// files under /courses/sgd/explorer/ from a plain static server and use the app there — the gallery
// with its thumbnails, a view that simulates in the worker, another view loaded lazily. Every request
// must stay under that path (nothing asks for /assets/… at the host's root).

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = process.env.PW_OUTDIR ?? 'dist';
const PREFIX = '/courses/sgd/explorer/';
const PORT = Number(process.env.PW_PORT ?? 4173) + 11;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

let server: Server;
const outside: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) {
      outside.push(path);
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(ROOT, path.slice(PREFIX.length)));
    if (!file.startsWith(normalize(ROOT))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the built site works from a sub-path of a static host', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const base = `http://localhost:${PORT}${PREFIX}`;

  await page.goto(base);
  const gallery = page.getByTestId('gallery');
  await expect(gallery).toBeVisible();
  const img = gallery.locator('img').first();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);

  // A card opens its view in place; the simulation runs in the worker loaded from the sub-path.
  await gallery.locator('a[data-preset="ss-fig6"]').click();
  await expect(page.getByTestId('view-kvariants').locator('[role="status"]')).toHaveText(/^Done/, {
    timeout: 40_000,
  });
  expect(new URL(page.url()).pathname).toBe(PREFIX);

  // A share link opened directly at the sub-path.
  await page.goto(`${base}?v=1&view=minibatch&M=0,100&bmax=6&seed=2`);
  await expect(page.getByTestId('view-minibatch').locator('[role="status"]')).toHaveText(/^Done/, {
    timeout: 40_000,
  });

  expect(outside, 'requests outside the sub-path').toEqual([]);
  expect(errors).toEqual([]);
});
