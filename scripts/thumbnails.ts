// Draws the gallery's thumbnails: for every preset, the chart it opens, as the built app renders it in
// embed mode (plot area, axes and legend; the card says the title), saved as public/gallery/<id>.jpg.
// Run after a build whenever a preset or the
// look of a chart changes: `npx vite build && npx tsx scripts/thumbnails.ts [id …]`.
// PORT and OUTDIR (default 4179, dist) choose the preview server.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { PRESETS } from '../src/scenario/presets';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromiumPath';
import { startPreview } from './previewServer';

const only = process.argv.slice(2);
const port = Number(process.env.PORT ?? 4179);
const outDir = process.env.OUTDIR ?? 'dist';
const server = await startPreview(outDir, port);
mkdirSync('public/gallery', { recursive: true });
try {
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
  // A 640-px-wide chart drawn at 0.75: about 480 px wide, with the chart's full layout. Reduced motion
  // shows an animated chart (the timeline) whole.
  const page = await browser.newPage({
    viewport: { width: 640, height: 560 },
    deviceScaleFactor: 0.75,
    reducedMotion: 'reduce',
  });
  for (const preset of PRESETS) {
    if (only.length > 0 && !only.includes(preset.id)) continue;
    const t0 = Date.now();
    await page.goto(
      `http://localhost:${port}/${preset.link.replace('&seed=', `&embed=${preset.chart}&seed=`)}`,
    );
    await page.waitForSelector(`figure[data-chart-id="${preset.chart}"] svg`);
    await page.waitForFunction(
      () => !document.querySelector('[role=status]')?.textContent?.startsWith('Computing'),
      null,
      { timeout: 600_000 },
    );
    await page.waitForTimeout(300);
    const body = page.locator(`figure[data-chart-id="${preset.chart}"] .chart-body`);
    await body.screenshot({ path: `public/gallery/${preset.id}.jpg`, type: 'jpeg', quality: 82 });
    console.log(`${preset.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await browser.close();
} finally {
  server.kill();
}
