// Draws the gallery's thumbnails: for every preset, the chart it opens, as the built app renders it in
// embed mode, saved as public/gallery/<id>.jpg (480 × 300). Run after a build whenever a preset or the
// look of a chart changes: `npx vite build && npx tsx scripts/thumbnails.ts [id …]`.
// PORT and OUTDIR (default 4179, dist) choose the preview server.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { PRESETS } from '../src/scenario/presets';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromiumPath';

const only = process.argv.slice(2);
const port = Number(process.env.PORT ?? 4179);
const outDir = process.env.OUTDIR ?? 'dist';
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
mkdirSync('public/gallery', { recursive: true });
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
  // 640 × 400 CSS pixels drawn at 0.75: a 480 × 300 picture with the chart's full layout.
  const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 0.75 });
  for (const preset of PRESETS) {
    if (only.length > 0 && !only.includes(preset.id)) continue;
    const t0 = Date.now();
    await page.goto(`http://localhost:${port}/${preset.link.replace('&seed=', `&embed=${preset.chart}&seed=`)}`);
    await page.waitForSelector(`figure[data-chart-id="${preset.chart}"] svg`);
    await page.waitForFunction(
      () => !document.querySelector('[role=status]')?.textContent?.startsWith('Computing'),
      null,
      { timeout: 180_000 },
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: `public/gallery/${preset.id}.jpg`, type: 'jpeg', quality: 82 });
    console.log(`${preset.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await browser.close();
} finally {
  server.kill();
}
