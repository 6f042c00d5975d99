// Screenshots of the built app in headless Chromium, for the README and for looking at a view the way a
// user will: `npx tsx scripts/screenshot.ts '<link>' out.png [width height]` (run `npm run build` first).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromiumPath';
import { startPreview } from './previewServer';

const [link = '?v=1&view=speedup&seed=1', out = 'docs/screenshot.png', w = '1440', h = '900'] =
  process.argv.slice(2);
// PORT and OUTDIR (default 4181, dist) let it run beside another preview server.
const port = Number(process.env.PORT ?? 4181);
const outDir = process.env.OUTDIR ?? 'dist';
const server = await startPreview(outDir, port);
try {
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://localhost:${port}/${link}`);
  // The gallery (the bare address) has no charts to wait for.
  if (link.includes('view=')) await page.waitForSelector('figure[data-chart-id] svg');
  await page.waitForFunction(
    () => !document.querySelector('[role=status]')?.textContent?.startsWith('Computing'),
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForTimeout(400);
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  await browser.close();
} finally {
  server.kill();
}
