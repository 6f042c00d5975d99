// The Share and About dialogs, "Copy image", and the version and link in every exported figure.

import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chartFrame, expect, test, viewRoot } from './fixtures';

const LINK = '?v=1&view=speedup&M=10,100&bmax=10&seed=1';
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };

const shareDialog = (page: Page) => page.getByRole('dialog', { name: 'Share this view' });
const urlField = (page: Page) => shareDialog(page).getByLabel('Link', { exact: true });
const qr = (page: Page) => shareDialog(page).locator('svg.share-qr');

async function openShare(page: Page, link = LINK): Promise<void> {
  await page.goto(`/${link}`);
  await expect(chartFrame(page, 'speedup-vs-b').locator('svg[role="img"]')).toBeVisible();
  // The address is the canonical link once the URL sync has written it.
  await expect(page).toHaveURL(new RegExp(`${link.replace(/[?()]/g, '\\$&')}$`));
  await page.getByRole('button', { name: 'Share', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(shareDialog(page)).toBeVisible();
}

test('Share opens by keyboard with the address, its length and a QR code of exactly it; Esc closes it', async ({
  page,
}) => {
  await openShare(page);
  const href = await page.evaluate(() => location.href);
  await expect(urlField(page)).toHaveValue(href);
  await expect(shareDialog(page).getByTestId('share-length')).toHaveText(`${href.length} characters`);
  // Focus starts on "Copy link" and stays in the dialog (modal).
  await expect(shareDialog(page).getByRole('button', { name: 'Copy link' })).toBeFocused();
  await expect(qr(page)).toHaveAttribute('data-qr-text', href);
  const modules = Number(await qr(page).getAttribute('data-qr-modules'));
  expect(modules).toBeGreaterThanOrEqual(21);
  expect((modules - 17) % 4).toBe(0);
  const runs = ((await qr(page).locator('path').getAttribute('d')) ?? '').match(/M/g)?.length ?? 0;
  expect(runs).toBeGreaterThan(100);
  // Large enough to scan across a room.
  const box = await qr(page).boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(240);
  await shareDialog(page).getByRole('button', { name: 'Show large' }).click();
  const large = await qr(page).boundingBox();
  expect(large?.height).toBeGreaterThan(500); // 720 px viewport
  await page.keyboard.press('Escape'); // leaves the large code first
  await expect(shareDialog(page).getByRole('button', { name: 'Show large' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(shareDialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
});

test('ticking two controls makes a controls= link, and that link shows only them and "Show all"', async ({
  page,
}) => {
  await openShare(page);
  // Ticked in the other order: the link lists them in the schema's order.
  await shareDialog(page).locator('input[type="checkbox"][value="bmax"]').check();
  await shareDialog(page).locator('input[type="checkbox"][value="M"]').check();
  const url = await urlField(page).inputValue();
  expect(url).toMatch(/\?v=1&view=speedup&M=10,100&bmax=10&controls=M,bmax&seed=1$/);
  await expect(qr(page)).toHaveAttribute('data-qr-text', url);
  await expect(shareDialog(page).getByTestId('share-length')).toHaveText(`${url.length} characters`);
  // Nothing ticked: no controls= at all.
  await shareDialog(page).locator('input[type="checkbox"][value="bmax"]').uncheck();
  await shareDialog(page).locator('input[type="checkbox"][value="M"]').uncheck();
  await expect(urlField(page)).not.toHaveValue(/controls=/);

  await page.goto(url);
  await expect(viewRoot(page, 'speedup')).toBeVisible();
  await expect(page.locator('aside.view-controls [data-param]')).toHaveCount(2);
  await expect(page.locator('[data-param="M"]')).toBeVisible();
  await expect(page.locator('[data-param="bmax"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show all' })).toBeVisible();
});

test('on the gallery (the bare address) Share gives that address and no view options', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(urlField(page)).toHaveValue(await page.evaluate(() => location.href));
  await expect(shareDialog(page).getByText('Only these controls')).toHaveCount(0);
  await expect(qr(page)).toHaveAttribute('data-qr-text', await page.evaluate(() => location.href));
});

test('present and embed options change the link live, with a ready iframe code', async ({ page }) => {
  await openShare(page);
  await shareDialog(page)
    .getByLabel(/Presentation mode/)
    .check();
  await expect(urlField(page)).toHaveValue(/&present=1&seed=1$/);
  await shareDialog(page)
    .getByLabel(/Embed one chart/)
    .check();
  await expect(urlField(page)).toHaveValue(/&embed=1&present=1&seed=1$/);
  await shareDialog(page).getByLabel('Chart', { exact: true }).selectOption('lr-summed-vs-b');
  const url = await urlField(page).inputValue();
  expect(url).toMatch(/&embed=lr-summed-vs-b&present=1&seed=1$/);
  const snippet = await shareDialog(page).getByLabel('For a web page or slides').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" width="800" height="500" title="[^"]+"><\/iframe>$/);
  expect(snippet).toContain(`src="${url}"`);
  await page.goto(url);
  await expect(page.locator('figure[data-chart-id]')).toHaveCount(1);
  await expect(chartFrame(page, 'lr-summed-vs-b')).toBeVisible();
});

test('Copy link puts the link on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openShare(page);
  await shareDialog(page).locator('input[type="checkbox"][value="eps"]').check();
  const url = await urlField(page).inputValue();
  await shareDialog(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(shareDialog(page).getByRole('status').first()).toHaveText('Copied the link.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('without a clipboard, Copy link selects the link and says which keys to press', async ({ page }) => {
  // As on a plain-http address other than localhost, where browsers offer no clipboard API.
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await openShare(page);
  await shareDialog(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(shareDialog(page).getByRole('status').first()).toHaveText(/press Ctrl\+C \(⌘C on a Mac\)/);
  await expect(urlField(page)).toBeFocused();
  const selected = await urlField(page).evaluate(
    (el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) === el.value,
  );
  expect(selected).toBe(true);
});

test('a link too long for a QR code says so instead of drawing one, and warns about chat apps', async ({
  page,
}) => {
  // Four measured-time summaries of 64 quantiles each: about 3,800 characters.
  const quantiles = (k: number) =>
    `quantiles(${Array.from({ length: 64 }, (_, i) => (k + i / 7).toPrecision(15)).join(',')})`;
  const long = `?v=1&view=runtime&dist=${[1, 2, 3, 4].map(quantiles).join(',')}&seed=1`;
  await page.goto(`/${long}`);
  await expect(viewRoot(page, 'runtime')).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const href = await urlField(page).inputValue();
  expect(href.length).toBeGreaterThan(2953);
  await expect(shareDialog(page).getByText(/cut links longer than about 2000 characters/)).toBeVisible();
  await expect(shareDialog(page).getByTestId('qr-none')).toContainText('a QR code holds at most 2953');
  await expect(qr(page)).toHaveCount(0);
});

test('About shows the version of package.json, the papers and the keys; Esc returns focus', async ({
  page,
}) => {
  await page.goto(`/${LINK}`);
  const about = page.getByRole('button', { name: 'About', exact: true });
  await about.click();
  const dialog = page.getByRole('dialog', { name: 'About Parallel SGD Explorer' });
  await expect(dialog.getByTestId('app-version')).toHaveText(pkg.version);
  await expect(dialog).toContainText('Critical Parameters for Scalable Distributed Learning');
  await expect(dialog).toContainText('Slow and Stale Gradients Can Win the Race');
  await expect(dialog).toContainText("npm run --silent sim -- '<link>'");
  await expect(dialog.locator('kbd', { hasText: 'PageDown' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(about).toBeFocused();
});

/** The PNG's pixel size and tEXt entries, from its bytes. */
function pngFacts(bytes: Buffer): { width: number; height: number; text: Record<string, string> } {
  const text: Record<string, string> = {};
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const [k, v] = bytes.toString('latin1', at + 8, at + 8 + length).split('\0');
      text[k] = v;
    }
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text };
}

test('Copy image puts the chart on the clipboard as a PNG at 2×', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/${LINK}`);
  const frame = chartFrame(page, 'speedup-vs-b');
  await expect(frame.locator('svg[role="img"]')).toBeVisible();
  const svgWidth = Number(await frame.locator('svg[role="img"]').getAttribute('width'));
  await frame.locator('details.chart-export > summary').click();
  await frame.getByRole('button', { name: 'Copy image' }).click();
  await expect(frame.locator('.chart-export-done')).toHaveText(/Copied the chart as an image/);
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item.getType('image/png');
    return { types: item.types, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
  });
  expect(copied.types).toContain('image/png');
  const png = Buffer.from(copied.bytes);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // 2× the exported figure, which is the chart plus 12 px of padding each side.
  expect(pngFacts(png).width).toBe(2 * (svgWidth + 24));
});

test('Copy image refused by the browser says so in the menu, and the page goes on', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.'));
  });
  await page.goto(`/${LINK}`);
  const frame = chartFrame(page, 'speedup-vs-b');
  await expect(frame.locator('svg[role="img"]')).toBeVisible();
  await frame.locator('details.chart-export > summary').click();
  await frame.getByRole('button', { name: 'Copy image' }).click();
  await expect(frame.getByRole('alert')).toHaveText(
    'Copying the image failed: the browser refused to copy the image (Write permission denied); use “PNG 2×” and insert the file instead',
  );
  await expect(frame.getByRole('button', { name: 'PNG 2×' })).toBeEnabled();
});

test('exported SVG and PNG carry the app version and the link, in the footer and in metadata', async ({
  page,
}) => {
  await page.goto(`/${LINK}`);
  const frame = chartFrame(page, 'speedup-vs-b');
  await expect(frame.locator('svg[role="img"]')).toBeVisible();
  const download = async (name: RegExp) => {
    await frame.locator('details.chart-export > summary').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name }).click(),
    ]);
    return readFile(await file.path());
  };
  const svg = (await download(/^SVG/)).toString('utf8');
  // The footer is the figure's last text, from "Parallel SGD Explorer" on.
  const tail = svg.slice(svg.lastIndexOf('<g', svg.indexOf('>Parallel SGD Explorer')));
  const footer = [...tail.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const unxml = (t: string) => t.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  // The footer may wrap (before an `&`): compare without the spaces between its lines.
  expect(unxml(footer.join(' ')).replace(/\s/g, '')).toBe(
    `Parallel SGD Explorer ${pkg.version} · ${LINK}`.replace(/\s/g, ''),
  );
  const metadata = JSON.parse(unxml(/<metadata>([^<]*)<\/metadata>/.exec(svg)?.[1] ?? '{}'));
  expect(metadata).toEqual({ app: 'Parallel SGD Explorer', version: pkg.version, link: LINK });
  const png = pngFacts(await download(/^PNG 2/));
  expect(png.text).toEqual({
    // tEXt is Latin-1: other characters are written as `?`.
    Title: ((await frame.locator('.chart-title').textContent()) ?? '').replace(/[^ -\u00ff]/g, '?'),
    Software: `Parallel SGD Explorer ${pkg.version}`,
    Source: LINK,
  });
});

test('axe: the open Share (all options shown) and About dialogs have no serious or critical violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const serious = async () =>
    (await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await openShare(page);
  await shareDialog(page)
    .getByLabel(/Embed one chart/)
    .check();
  await shareDialog(page).locator('input[type="checkbox"][value="M"]').check();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'About', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'About Parallel SGD Explorer' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
