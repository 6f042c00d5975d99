// Embeds that fit (issue 14): every view's main chart in an iframe of a course page on another
// origin, at the Share dialog's default size and a small one, is laid out to the frame: nothing
// scrolls or is cut off, and the legend and the x tick labels are inside the frame.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { VIEW_NAMES } from '../../src/scenario/views';
import { expect, layoutSettled, test } from './fixtures';

/**
 * A course page on another origin: a tiny server on 127.0.0.1 (the app is on localhost: another
 * host, so another origin; both loopback, so Chromium's local-network checks let the frame load,
 * which they do not for a page that page.route makes up).
 */
let course = '';
let server: Server | undefined;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const attr = (name: string) => (q.get(name) ?? '').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Lecture 7</title><h1>Lecture 7</h1>
      <iframe src="${attr('src')}" width="${attr('w')}" height="${attr('h')}" title="The chart"></iframe>`);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  course = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
// The fixture's guard fails a test on a request that leaves the app's origin; the course page is ours.
test.use({ otherOrigins: ['http://127.0.0.1:'] });

const SIZES = [
  { width: 800, height: 500 },
  { width: 480, height: 320 },
];

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface FrameLayout {
  inner: { width: number; height: number };
  client: { width: number; height: number };
  scroll: { width: number; height: number };
  /** The embed's root: its content overflows (and would be clipped) when scroll > client. */
  app: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number };
  legend: Box[];
  xTicks: Box[];
  figure: Box;
}

async function embedOnCoursePage(page: Page, src: string, width: number, height: number): Promise<Frame> {
  await page.setViewportSize({ width: width + 100, height: height + 200 });
  const q = new URLSearchParams({ src, w: String(width), h: String(height) });
  await page.goto(`${course}/lecture-7.html?${q}`);
  const element = await page.waitForSelector('iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** Everything measured inside the frame, in the frame's own coordinates. */
function measure(frame: Frame): Promise<FrameLayout> {
  return frame.evaluate(() => {
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const root = document.documentElement;
    const app = document.querySelector('.app-embed') as HTMLElement;
    const legend = [...document.querySelectorAll('.chart-legend li, .gantt-legend li')]
      .filter((li) => li.getBoundingClientRect().width > 0)
      .map((li) => box(li, `legend entry “${li.textContent}”`));
    const xTicks = [...document.querySelectorAll('.chart-axis-x .chart-tick-label, .gantt-axis text')].map(
      (t) => box(t, `x tick label “${t.textContent}”`),
    );
    return {
      inner: { width: window.innerWidth, height: window.innerHeight },
      client: { width: root.clientWidth, height: root.clientHeight },
      scroll: { width: root.scrollWidth, height: root.scrollHeight },
      app: {
        scrollWidth: app.scrollWidth,
        clientWidth: app.clientWidth,
        scrollHeight: app.scrollHeight,
        clientHeight: app.clientHeight,
      },
      legend,
      xTicks,
      figure: box(document.querySelector('figure[data-chart-id]')!, 'the chart'),
    };
  });
}

const outside = (b: Box, w: number, h: number) =>
  b.left < 0 || b.top < 0 || b.right > w + 0.5 || b.bottom > h + 0.5;

for (const view of VIEW_NAMES) {
  for (const { width, height } of SIZES) {
    test(`embed=1 of ${view} fits a ${width}×${height} iframe on another origin`, async ({
      page,
      baseURL,
    }) => {
      const frame = await embedOnCoursePage(
        page,
        `${baseURL}/?v=1&view=${view}&embed=1&seed=1`,
        width,
        height,
      );
      const root = frame.getByTestId(`view-${view}`);
      await expect(root.locator('[role="status"]')).toHaveText(/^(Done|Closed forms)/, { timeout: 30_000 });
      await expect(frame.locator('figure[data-chart-id] svg[role="img"]')).toBeVisible();
      // The layout settles after the last simulated points (their legend entries, the axes).
      await layoutSettled(frame);
      const m = await measure(frame);

      expect(m.inner).toEqual({ width, height });
      // No scrollbars: the document is no larger than the frame, and nothing inside is clipped.
      expect(m.client).toEqual({ width, height });
      expect(m.scroll.width).toBeLessThanOrEqual(width);
      expect(m.scroll.height).toBeLessThanOrEqual(height);
      expect(m.app.scrollWidth).toBeLessThanOrEqual(m.app.clientWidth);
      expect(m.app.scrollHeight).toBeLessThanOrEqual(m.app.clientHeight);

      expect(outside(m.figure, width, height), `the chart ${JSON.stringify(m.figure)}`).toBe(false);
      expect(m.legend.length, 'legend entries').toBeGreaterThan(0);
      expect(m.xTicks.length, 'x tick labels').toBeGreaterThan(1);
      const out = [...m.legend, ...m.xTicks].filter((b) => outside(b, width, height));
      expect(out.map((b) => b.what)).toEqual([]);
      // The plot keeps a readable share of the frame: at least a quarter of its height.
      const svg = await frame.locator('figure[data-chart-id] svg[role="img"]').boundingBox();
      expect(svg!.height).toBeGreaterThanOrEqual(height * 0.25);
    });
  }
}

test('the Share dialog previews the embed at the snippet’s size', async ({ page }) => {
  await page.goto('/?v=1&view=race&seed=1');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByLabel(/Embed one chart/).check();
  const preview = page.getByTestId('embed-preview');
  await expect(preview.locator('iframe')).toHaveAttribute('width', '800');
  await expect(preview.locator('iframe')).toHaveAttribute('height', '500');
  await page.getByLabel('Width').fill('480');
  await page.getByLabel('Height').fill('320');
  const snippet = await page.getByLabel('For a web page or slides').inputValue();
  expect(snippet).toMatch(/ width="480" height="320" /);
  await expect(preview.locator('iframe')).toHaveAttribute('width', '480');
  await expect(preview.locator('iframe')).toHaveAttribute('height', '320');
  await expect(preview).toContainText('Preview at 480 × 320 px');
  // The preview is the embed itself: the chart alone, drawn.
  const embedded = page.frameLocator('[data-testid="embed-preview"] iframe');
  await expect(embedded.locator('figure[data-chart-id="bounds-vs-time"] svg[role="img"]')).toBeVisible();
  await expect(embedded.locator('nav')).toHaveCount(0);
  // Below the least size, the field is clamped when left.
  await page.getByLabel('Width').fill('100');
  await page.getByLabel('Width').blur();
  await expect(page.getByLabel('Width')).toHaveValue('320');
});
