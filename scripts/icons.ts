// The PWA's PNG icons, drawn from public/favicon.svg's design by headless Chromium (no network):
// `npx tsx scripts/icons.ts` writes public/icon-192.png, public/icon-512.png and
// public/icon-maskable-512.png (full-bleed background, the mark inside the central safe zone).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromiumPath';

const svg = await readFile('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [file, size, maskable] of [
    ['public/icon-192.png', 192, false],
    ['public/icon-512.png', 512, false],
    ['public/icon-maskable-512.png', 512, true],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable: the background fills the square and the mark shrinks to the inner 80 %.
    const inner = maskable ? Math.round(size * 0.8) : size;
    const html = `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#0b3d91' : 'transparent'}">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`;
    await page.setContent(html);
    await page.screenshot({ path: file, omitBackground: !maskable });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
