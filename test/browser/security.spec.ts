// The Content-Security-Policy of the built page (build/csp.ts): it is there, it is in force (an
// inserted inline script and a string eval are blocked and reported), and it does not get in the
// way: every view runs to the end and a PNG export works with no violation, no console error, and
// no request leaving the origin.

import { readFile } from 'node:fs/promises';
import { test as bare, type Page } from '@playwright/test';
import { chartFrame, expect, test, viewRoot } from './fixtures';

/** The view's run status line (the view may hold other status regions: export, tools). */
const runStatus = (page: Page, view: string) => viewRoot(page, view).locator('p.run-status-text');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __csp?: Violation[];
  }
}

/** Records every CSP violation the page reports, from before the app's first script. */
function recordViolations(): void {
  const seen: Violation[] = [];
  window.__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
  );
}

const violations = (page: Page) => page.evaluate(() => window.__csp ?? []);

/** The policy of the page as served, parsed into directive → sources. */
async function servedPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(content, 'the page carries a CSP meta tag').toBeTruthy();
  return new Map(
    content!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('the built page carries a strict policy in a meta tag, ahead of every script and stylesheet', async ({
  page,
}) => {
  const html = await (await page.request.get('/')).text();
  const meta = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(meta, 'meta tag in the served HTML').toBeGreaterThan(0);
  for (const tag of ['<script', '<link rel="stylesheet"', '<link rel="modulepreload"']) {
    const at = html.indexOf(tag);
    if (at >= 0) expect(at, `${tag} comes after the policy`).toBeGreaterThan(meta);
  }
  expect(html, 'no inline script in the built page').not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);

  await page.goto('/');
  const policy = await servedPolicy(page);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'blob:']);
  expect(policy.get('font-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('style-src'), 'a stated style policy').toBeDefined();
  // A meta policy ignores frame-ancestors with a console error; framing stays allowed (embed mode).
  expect(policy.has('frame-ancestors')).toBe(false);
});

// This test expects the policy's own console errors ("Refused to execute inline script…"), so it
// uses Playwright's plain test and allows exactly those, failing on any other error.
bare.describe('the policy is in force', () => {
  bare.use({ serviceWorkers: 'block' });

  bare('an inserted inline script and a string eval are blocked and reported', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    // A same-origin script file: the policy lets it run, but not the string it tries to evaluate.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__probe = { loaded: true, eval: 'not tried', fn: 'not tried', timer: 'not tried' };
try { eval('1 + 1'); window.__probe.eval = 'ran'; } catch (e) { window.__probe.eval = e.name; }
try { new Function('return 1')(); window.__probe.fn = 'ran'; } catch (e) { window.__probe.fn = e.name; }
window.__timerRan = false;
setTimeout('window.__timerRan = true', 0);`,
      }),
    );
    await page.addInitScript(recordViolations);
    await page.goto('/?v=1&view=speedup&seed=1');
    await expect(viewRoot(page, 'speedup')).toBeVisible();
    expect(await violations(page), 'the app itself raises no violation').toEqual([]);

    // DevTools-evaluated code is exempt from the policy; the <script> element it inserts is not.
    const inline = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      w.__inlineRan = false;
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return w.__inlineRan;
    });
    expect(inline, 'the inline script did not run').toBe(false);

    const probe = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.src = './csp-probe.js';
      const loaded = new Promise((resolve, reject) => {
        s.onload = resolve;
        s.onerror = () => reject(new Error('csp-probe.js did not load'));
      });
      document.body.append(s);
      await loaded;
      await new Promise((r) => setTimeout(r, 100));
      const w = window as unknown as { __probe: Record<string, unknown>; __timerRan: boolean };
      return { ...w.__probe, timer: w.__timerRan ? 'ran' : 'blocked' };
    });
    expect(probe, 'a same-origin script runs, its string evaluations do not').toEqual({
      loaded: true,
      eval: 'EvalError',
      fn: 'EvalError',
      timer: 'blocked',
    });

    const seen = await violations(page);
    expect(seen.filter((v) => v.directive === 'script-src-elem' && v.blocked === 'inline')).toHaveLength(1);
    expect(seen.filter((v) => v.directive === 'script-src' && v.blocked === 'eval')).toHaveLength(3);
    expect(seen, 'no other violation').toHaveLength(4);
    // The browser's own console reports of these (Chromium logs a repeated eval refusal once), and
    // nothing else.
    for (const e of errors) expect(e).toMatch(/Content Security Policy/);
    expect(
      errors.filter((e) => /inline script/.test(e)),
      errors.join('\n'),
    ).toHaveLength(1);
    expect(errors.filter((e) => /string as JavaScript/.test(e)).length, errors.join('\n')).toBeGreaterThan(0);
  });
});

/** Every view of the navigation, to the end of its simulation (or its closed forms). */
async function visitEveryView(page: Page): Promise<string[]> {
  const views = await page.locator('nav a[data-view]').evaluateAll((as) => as.map((a) => a.dataset.view!));
  expect(views.length, 'the navigation lists the views').toBeGreaterThanOrEqual(8);
  for (const view of views) {
    await page.locator(`nav a[data-view="${view}"]`).click();
    await expect(viewRoot(page, view)).toBeVisible();
    await expect(runStatus(page, view)).toHaveText(/^(Done|Closed forms)/, { timeout: 60_000 });
    await expect(viewRoot(page, view).locator('figure[data-chart-id] svg').first()).toBeVisible();
  }
  return views;
}

test('every view runs and a PNG exports under the policy, with no violation and nothing off the origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(recordViolations);
  // Small scenarios where the defaults would take long: the point is the policy, not the numbers.
  await page.goto('/?v=1&view=minibatch&M=0,100&bmax=6&seed=1');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);

  const views = await visitEveryView(page);
  test.info().annotations.push({ type: 'views', description: views.join(' ') });
  // Typeset formulas (KaTeX: inline styles, bundled fonts) render under the policy.
  await page.evaluate(() => document.fonts.ready);
  const formulas = await page.evaluate(() => ({
    shown: document.querySelectorAll('.katex').length,
    fontsLoaded: [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded')
      .length,
  }));
  test.info().annotations.push({ type: 'formulas', description: JSON.stringify(formulas) });
  if (formulas.shown > 0) expect(formulas.fontsLoaded, 'KaTeX fonts loaded (font-src)').toBeGreaterThan(0);

  // PNG export: the chart's SVG drawn into a canvas through a blob: image (img-src blob:).
  await page.locator('nav a[data-view="speedup"]').click();
  const frame = chartFrame(page, 'speedup-vs-b');
  await frame.locator('details.chart-export > summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: /^PNG/ }).first().click(),
  ]);
  const png = await readFile(await download.path());
  expect(png.subarray(0, 8).toString('hex'), 'a PNG file').toBe('89504e470d0a1a0a');
  expect(png.length).toBeGreaterThan(2000);

  expect(await violations(page), 'no CSP violation in normal use').toEqual([]);
  expect(requests.length, 'requests were observed').toBeGreaterThan(10);
  const offOrigin = requests.filter(
    (u) => !(u.startsWith(`${origin}/`) || u.startsWith('blob:') || u.startsWith('data:')),
  );
  expect(offOrigin, 'requests that left the origin').toEqual([]);
  // The worker chunk was requested (so workers' requests are in the list too).
  expect(requests.some((u) => /\/assets\/cell\.worker-[\w-]+\.js$/.test(u))).toBe(true);
  // The cell workers fetched their WebAssembly kernels, a file of the site ('wasm-unsafe-eval').
  const kernels = requests.find((u) => /\/assets\/kernels-[\w-]+\.wasm$/.test(u));
  expect(kernels, 'the kernels were fetched').toBeDefined();
  // The policy lets the page compile them too (where a header governs the workers, it is the same).
  const compiled = await page.evaluate(async (url) => {
    const module = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
    return WebAssembly.Module.exports(module).map((e) => e.name);
  }, kernels!);
  expect(compiled).toContain('delayedAdvanceWhole');
  expect(await violations(page), 'compiling WebAssembly is no violation').toEqual([]);
  // The fixture then fails the test on any console error or page error.
});
