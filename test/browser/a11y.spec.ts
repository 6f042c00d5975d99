// Accessibility: axe-core finds no serious or critical violation in presentation and embed mode and
// on the gallery (every view once it has finished: layout.spec.ts, on the same page as its layout); the
// parameter controls work from the keyboard and say their live value; every chart has a text
// alternative (title, summary) and its data as a table on demand; reduced motion is respected.

import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { chartFrame, expect, test, viewRoot } from './fixtures';

/** Views that draw closed forms only: their status never says Done. */
const CLOSED_FORMS = ['speedup'];
// axe on a page of a few thousand SVG nodes takes seconds, more on a busy machine.
test.describe.configure({ timeout: 150_000 });

/** The view's run status line (other live regions, e.g. the export's, carry role="status" too). */
const runStatus = (page: Page, view: string) => viewRoot(page, view).locator('p.run-status-text');

/** The view is finished: its simulations are done, or it has only closed forms. */
async function settled(page: Page, view: string): Promise<void> {
  await expect(viewRoot(page, view)).toBeVisible();
  const done = CLOSED_FORMS.includes(view) ? /^Closed forms/ : /^Done/;
  await expect(runStatus(page, view)).toHaveText(done, { timeout: 40_000 });
}

test('axe: presentation mode (present=1) has no serious or critical violation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?v=1&view=runtime&present=1&seed=1');
  await settled(page, 'runtime');
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: embed mode (embed=1) has no serious or critical violation', async ({ page }) => {
  await page.goto('/?v=1&view=minibatch&embed=1&seed=1');
  await expect(page.locator('figure[data-chart-id]')).toHaveCount(1);
  await settled(page, 'minibatch');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the gallery (bare address) has no serious or critical violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('gallery')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe itself finds an unlabelled field and grey-on-white text (the check can fail)', async ({ page }) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await settled(page, 'speedup');
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<input type="text"><p style="color:#bbb;background:#fff">faint text</p>';
    document.querySelector('main')?.append(probe);
  });
  const found = (await seriousViolations(page, 'main')).map((v) => v.split(' ')[0]);
  expect(found).toContain('label');
  expect(found).toContain('color-contrast');
});

// ---- keyboard -----------------------------------------------------------------------------------

interface Stop {
  tag: string;
  type: string;
  valuetext: string | null;
  /** The visible live value of the control the element belongs to. */
  shown: string | null;
  param: string | null;
}

const focused = (page: Page) =>
  page.evaluate((): Stop | null => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el?.closest('aside.view-controls')) return null;
    const control = el.closest('[data-param]');
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      valuetext: el.getAttribute('aria-valuetext'),
      shown: control?.querySelector('.control-value')?.textContent ?? null,
      param: control?.getAttribute('data-param') ?? null,
    };
  });

test('keyboard: every parameter control is reached by Tab, named, says its value, and changes the link', async ({
  page,
}) => {
  await page.goto('/?v=1&view=speedup&seed=1');
  await settled(page, 'speedup');
  await page.locator('nav[aria-label="Views"] a[aria-current="page"]').focus();
  // Tab until the focus enters the parameters, then through them all.
  let presses = 0;
  while ((await focused(page)) === null && presses++ < 80) await page.keyboard.press('Tab');
  const stops: Stop[] = [];
  for (let stop = await focused(page); stop !== null && stops.length < 60; stop = await focused(page)) {
    stops.push(stop);
    await expect(
      page.locator(':focus'),
      `focus stop ${stops.length} (${stop.tag} in ${stop.param})`,
    ).toHaveAccessibleName(/\S/);
    if (stop.type === 'range') {
      // A slider says its value in words, and that is the value shown beside its label.
      expect(stop.valuetext, `aria-valuetext of the ${stop.param} slider`).toMatch(/ = \S/);
      if (stop.param !== 'M') expect(stop.valuetext!.endsWith(stop.shown ?? '∅')).toBe(true);
    }
    await page.keyboard.press('Tab');
  }
  const params = new Set(stops.map((s) => s.param));
  for (const p of ['M', 'sigma2', 'eps', 'bmax', 'plot', 'seed'])
    expect(params, `a stop in ${p}`).toContain(p);
  expect(stops.filter((s) => s.type === 'range').length, 'sliders: M, σ⋆², ε, bmax').toBe(4);

  // ArrowRight on a slider moves the value, the words and the link.
  const bmax = page.locator('[data-param="bmax"] input[type="range"]');
  await bmax.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]bmax=15(&|$)/);
  await expect(bmax).toHaveAttribute('aria-valuetext', 'bmax = 2^15 = 32768');
  // Typing an exact value and Enter changes the link too.
  const box = page.locator('[data-param="sigma2"] input[type="text"]');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]sigma2=5(&|$)/);
  await expect(page.locator('[data-param="sigma2"] .control-value')).toHaveText('5');
  // A word parameter is a radio group: arrows choose.
  await page.locator('[data-param="plot"] input:checked').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]plot=iterations(&|$)/);
});

// ---- charts as text -----------------------------------------------------------------------------

test('every chart has a title and a summary as text, and its data as a table on demand', async ({ page }) => {
  await page.goto('/?v=1&view=minibatch&seed=1');
  await settled(page, 'minibatch');
  // The SVG is an image named by its title and described by the summary.
  for (const svg of await page.locator('figure[data-chart-id] svg[role="img"]').all()) {
    await expect(svg).toHaveAccessibleName(/\S/);
    await expect(svg).toHaveAccessibleDescription(/\S{3}/);
  }
  const frame = chartFrame(page, 'steps-vs-b');
  const toggle = frame.getByRole('button', { name: /^Show data/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(frame.locator('.chart-data-table')).toHaveCount(0);
  await toggle.press('Enter');
  const hide = frame.getByRole('button', { name: /^Hide data/ });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  const table = frame.getByRole('region', { name: /^Data of/ }).locator('table');
  // One column for b, one per series in the legend; one row per batch size.
  const series = await frame.locator('.chart-legend button.chart-legend-item').count();
  await expect(table.locator('thead th')).toHaveCount(1 + series);
  const rows = await table.locator('tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(8);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('1');
  // Hiding a series in the legend drops its column.
  await frame.locator('.chart-legend button.chart-legend-item').first().click();
  await expect(table.locator('thead th')).toHaveCount(series);
  expect(await seriousViolations(page, 'figure[data-chart-id="steps-vs-b"]')).toEqual([]);
  await hide.click();
  await expect(frame.locator('.chart-data-table')).toHaveCount(0);
});

test('heatmap and Gantt charts show their data as tables too', async ({ page }) => {
  await page.goto('/?v=1&view=timeline&seed=1');
  await settled(page, 'timeline');
  const gantt = page.locator('figure.gantt-frame').first();
  await gantt.getByRole('button', { name: /^Show data/ }).click();
  const rows = gantt.locator('.chart-data-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(gantt.locator('.chart-data-table thead th')).toHaveText([
    /./,
    /^start/,
    /^end/,
    'state',
    'note',
  ]);
  // States in the legend's words, not the contract's codes.
  await expect(gantt.locator('.chart-data-table tbody td:nth-child(4)').first()).toHaveText(
    /applied|cancelled|push|idle|still running|PS update/,
  );
  // A small race (short horizon, small map) keeps the wait short.
  await page.goto('/?v=1&view=race&tmax=40&Pmax=8&Mmax=10&seed=1');
  await settled(page, 'race');
  const heat = page.locator('figure[data-chart-id]:has(.chart-heat-cells)').first();
  await heat.getByRole('button', { name: /^Show data/ }).click();
  const cells = await heat.locator('.chart-heat-cells rect').count();
  const table = heat.locator('.chart-data-table');
  const cols = (await table.locator('thead th').count()) - 1;
  const lines = await table.locator('tbody tr').count();
  expect(cols * lines, 'one table cell per heatmap cell').toBeGreaterThanOrEqual(cells);
});

// ---- motion -------------------------------------------------------------------------------------

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing moves: no CSS transition or animation, and the timeline does not play', async ({ page }) => {
    const moving = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => {
            const s = getComputedStyle(el);
            const long = (d: string) => d.split(',').some((x) => Number.parseFloat(x) > 0.01);
            return long(s.transitionDuration) || (s.animationName !== 'none' && long(s.animationDuration));
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
    await page.goto('/?v=1&view=timeline&seed=1');
    await settled(page, 'timeline');
    await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'false');
    expect(await moving()).toEqual([]);
    await page.goto('/?v=1&view=minibatch&seed=1');
    expect(await moving(), 'while computing').toEqual([]);
    await settled(page, 'minibatch');
    await page.goto('/');
    await expect(page.getByTestId('gallery')).toBeVisible();
    expect(await moving(), 'the gallery').toEqual([]);
  });
});

// ---- text drawn on colour (axe cannot tell what is behind SVG text) ------------------------------

/** Contrast ratios of the texts drawn on heatmap cells and Gantt bars, against their own fill. */
function textOnFills(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const pairs = [...document.querySelectorAll('.chart-heat-cells g, .gantt-bar')].flatMap((g) => {
      const rect = g.querySelector('rect');
      const text = g.querySelector('text');
      if (!rect || !text?.textContent) return [];
      const fill = getComputedStyle(rect).fill;
      if (!fill.startsWith('rgb')) return [];
      const [a, b] = [lum(getComputedStyle(text).fill), lum(fill)].sort((x, y) => y - x);
      return [{ text: `${text.textContent} on ${fill}`, ratio: (a + 0.05) / (b + 0.05) }];
    });
    return pairs;
  });
}

test('text on heatmap cells and Gantt bars has 4.5:1 contrast with its fill', async ({ page }) => {
  await page.goto('/?v=1&view=race&tmax=40&Pmax=8&Mmax=10&seed=1');
  await settled(page, 'race');
  const heat = await textOnFills(page);
  // Reduced motion shows the whole run at once, every bar with its label.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?v=1&view=timeline&variants=ksync,kasync&P=5&K=3&J=10&dist=pareto(2,1)&seed=5');
  await settled(page, 'timeline');
  const gantt = await textOnFills(page);
  const all = [...heat, ...gantt];
  expect(all.length, 'labelled cells and bars found').toBeGreaterThan(5);
  expect(all.filter((p) => p.ratio < 4.5).map((p) => `${p.text}: ${p.ratio.toFixed(2)}`)).toEqual([]);
});
