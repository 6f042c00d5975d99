// Presentation mode as a lecturer uses it: the gallery, P, then a clicker's PageDown through the deck
// on a projector. Every preset's chart (heading, plot with axes and tick labels, legend) is wholly on
// screen above the bar, fills at least 40 % of it, and its smallest text is at least 20 px; the clicker
// never loses its place (a focused slider does not eat PageDown; a changed parameter keeps the slide);
// a deck of one's own round-trips through its link and its file; axe stays clean.
//
// Layout is checked on the chart's frame as soon as it is drawn (axes, ticks and legend come with the
// closed forms or the empty plot), not after the slow presets' simulations (Fig. 4, Fig. 9: 10–30 s).

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PRESETS } from '../../src/scenario/presets';
import { seriousViolations } from './axe';
import { expect, layoutSettled, test } from './fixtures';

const SCREENS = process.env.PW_SCREENS ?? 'test-results/screens';
const SIZES = [
  { w: 1280, h: 720 },
  { w: 1920, h: 1080 },
  { w: 1024, h: 768 },
] as const;

const bar = (page: Page) => page.locator('.present-bar');
const onStage = (page: Page, id: string) => page.locator(`figure.chart-on-stage[data-chart-id="${id}"]`);
const withPresent = (link: string) => link.replace('&seed=', '&present=1&seed=');

interface Fit {
  /** Parts of the chart outside the screen above the bar, in words (empty when all fit). */
  outside: string[];
  /** The figure's share of the screen, 0…1. */
  share: number;
  /** The smallest font size of any visible text of the chart, and that text. */
  smallest: number;
  smallestText: string;
  xTicks: number;
}

/** Where the chart on the stage lies, measured in the page. */
function measureStage(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const fig = document.querySelector<HTMLElement>('figure.chart-on-stage')!;
    const barTop = document.querySelector('.present-bar')!.getBoundingClientRect().top;
    const W = window.innerWidth;
    const outside: string[] = [];
    const check = (what: string, el: Element | null) => {
      if (!el) {
        outside.push(`${what}: missing`);
        return;
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) outside.push(`${what}: not drawn`);
      else if (r.top < -0.5 || r.left < -0.5 || r.right > W + 0.5 || r.bottom > barTop + 0.5)
        outside.push(
          `${what} at (${Math.round(r.left)}, ${Math.round(r.top)})–(${Math.round(r.right)}, ${Math.round(r.bottom)}); screen above the bar ${W}×${Math.round(barTop)}`,
        );
    };
    const gantt = fig.classList.contains('gantt-frame');
    check('heading', fig.querySelector('.chart-title'));
    const plot = fig.querySelector('.chart-body svg[role="img"], .chart-body svg');
    check('plot', plot);
    // The legend: the Gantt chart's is beside it; an xy chart's under it; a heatmap's is in its plot.
    const heatmap = !gantt && !fig.querySelector('.chart-legend') && plot?.querySelector('rect') !== null;
    if (!heatmap)
      check('legend', gantt ? document.querySelector('.gantt-legend') : fig.querySelector('.chart-legend'));
    // Every text of the plot (tick labels, axis titles, marker labels) on screen, and the legend's.
    const texts = [...(plot?.querySelectorAll('text') ?? [])].filter((t) => t.textContent?.trim());
    for (const t of texts) check(`plot text “${t.textContent}”`, t);
    // … and inside the plot's own box (an SVG clips what it does not make room for), within 2 px.
    const box = plot?.getBoundingClientRect();
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      // 2 px: a glyph's side bearing (the bold "PS", a combining hat) may poke out by a pixel, unseen.
      if (
        box &&
        (r.left < box.left - 2 || r.right > box.right + 2 || r.top < box.top - 2 || r.bottom > box.bottom + 2)
      )
        outside.push(
          `plot text “${t.textContent}” cut by the plot's edge: ${[r.left - box.left, box.right - r.right, r.top - box.top, box.bottom - r.bottom].map(Math.round).join(', ')} px inside (left, right, top, bottom)`,
        );
    }
    const r = fig.getBoundingClientRect();
    // Visible text anywhere in the chart (HTML and SVG): its computed size.
    let smallest = Number.POSITIVE_INFINITY;
    let smallestText = '';
    const scope = gantt ? [fig, document.querySelector('.gantt-legend')!] : [fig];
    for (const root of scope)
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('.visually-hidden, .chart-caption, .chart-data')) continue;
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (size < smallest) {
          smallest = size;
          smallestText = el.textContent!.trim().slice(0, 40);
        }
      }
    // x tick labels: texts in the bottom quarter of the plot (the axis title is one of them).
    const p = plot?.getBoundingClientRect();
    const xTicks = p
      ? texts.filter((t) => t.getBoundingClientRect().top > p.top + 0.75 * p.height).length - 1
      : 0;
    return {
      outside,
      share: (r.width * Math.min(r.height, barTop - r.top)) / (W * window.innerHeight),
      smallest,
      smallestText,
      xTicks,
    };
  });
}

/** The preset's chart is on the stage with its plot drawn (axes and ticks), its size settled. */
async function staged(page: Page, chart: string): Promise<void> {
  const fig = onStage(page, chart);
  await expect(fig).toBeVisible({ timeout: 20_000 });
  await expect(fig.locator('.chart-body svg').first()).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() => fig.locator('.chart-body svg text').count(), { timeout: 20_000 })
    .toBeGreaterThan(2);
  // The plot's height follows the stage's (measured after the first drawing): let it settle.
  await layoutSettled(page);
}

for (const { w, h } of SIZES) {
  test(`a clicker walks the gallery deck at ${w}×${h}: every preset's chart fills the stage, wholly visible, type ≥ 20 px`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./');
    await page.getByTestId('gallery').locator(`a[data-preset="${PRESETS[0].id}"]`).click();
    await page.keyboard.press('p');
    for (let i = 0; i < PRESETS.length; i++) {
      const preset = PRESETS[i];
      if (i > 0) await page.keyboard.press('PageDown');
      await expect(bar(page)).toContainText(`${i + 1}/${PRESETS.length} `);
      await staged(page, preset.chart);
      // A map draws its bands once its first column of cells is done (before, the plot says what it
      // is computing): wait for the ticks rather than catch it mid-run on a loaded machine.
      await expect
        .poll(async () => (await measureStage(page)).xTicks, { timeout: 90_000 })
        .toBeGreaterThanOrEqual(2);
      await layoutSettled(page);
      const fit = await measureStage(page);
      if (w === 1280) await page.screenshot({ path: `${SCREENS}/stage-${w}x${h}-${preset.id}.png` });
      expect(fit.outside, `${preset.id} at ${w}×${h}: the chart wholly on screen above the bar`).toEqual([]);
      expect(fit.xTicks, `${preset.id}: tick labels drawn`).toBeGreaterThanOrEqual(2);
      expect(fit.share, `${preset.id} at ${w}×${h}: share of the screen`).toBeGreaterThanOrEqual(0.4);
      expect(
        fit.smallest,
        `${preset.id} at ${w}×${h}: smallest text “${fit.smallestText}”`,
      ).toBeGreaterThanOrEqual(20);
      await expect(page).toHaveURL(
        new RegExp(`${withPresent(preset.link).replace(/[?.*+^$()[\]{}|\\]/g, '\\$&')}$`),
      );
    }
  });
}

test('PageDown after a slider drag moves to the next slide; the place survives a parameter change; R restores the slide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const fig2 = PRESETS[1];
  await page.goto('./');
  await page.getByTestId('gallery').locator(`a[data-preset="${fig2.id}"]`).click();
  await page.keyboard.press('p');
  await expect(bar(page)).toContainText(`2/${PRESETS.length} `);
  // The parameters drawer (C), then a drag of a slider: it keeps the focus.
  await page.keyboard.press('c');
  const slider = page.locator('.view-controls [data-param="eps"] input[type="range"]');
  await expect(slider).toBeVisible();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(slider).toBeFocused();
  await expect.poll(() => new URL(page.url()).search).toContain('eps=');
  // Still slide 2, and the bar says what changed.
  await expect(bar(page)).toContainText(`2/${PRESETS.length} `);
  await expect(bar(page)).toContainText(/changed: eps = 0\.01 → /);
  // The clicker: PageDown goes to slide 3, whatever the focused slider would have done with it.
  await page.keyboard.press('PageDown');
  await expect(bar(page)).toContainText(`3/${PRESETS.length} `);
  await expect.poll(() => new URL(page.url()).search).toBe(withPresent(PRESETS[2].link));

  // Slide 4 (Fig. 4): a typed list changes M; the bar keeps Fig. 4 and says "M = … → …".
  await page.keyboard.press('PageDown');
  await expect(bar(page)).toContainText(`4/${PRESETS.length} `);
  const list = page.locator('.view-controls [data-param="M"] input[type="text"]').first();
  await list.fill('10,1000');
  await list.press('Enter');
  await expect(bar(page)).toContainText(`4/${PRESETS.length} · Fig. 4`);
  await expect(bar(page)).toContainText('changed: M = 10,100,1000 → 10,1000');
  // → from the field's text would move its caret: PageDown moves on, PageUp comes back to slide 4 as
  // the deck has it.
  await page.keyboard.press('PageDown');
  await expect(bar(page)).toContainText(`5/${PRESETS.length} `);
  await page.keyboard.press('PageUp');
  await expect(bar(page)).toContainText(`4/${PRESETS.length} `);
  await expect.poll(() => new URL(page.url()).search).toBe(withPresent(PRESETS[3].link));
  await expect(bar(page)).not.toContainText('changed');
  // Changed again, R restores it.
  await list.fill('100');
  await list.press('Enter');
  await expect(bar(page)).toContainText('changed: M = 10,100,1000 → 100');
  await page.locator('.chart-on-stage .chart-title').click();
  await page.keyboard.press('r');
  await expect.poll(() => new URL(page.url()).search).toBe(withPresent(PRESETS[3].link));
  await expect(bar(page)).toContainText(`4/${PRESETS.length} `);
});

test('the timeline keeps its own keys on the stage: Space plays, . and , step, → is the deck’s', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const timeline = PRESETS.findIndex((p) => p.view === 'timeline');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await page.getByTestId('gallery').locator(`a[data-preset="${PRESETS[timeline].id}"]`).click();
  await page.keyboard.press('p');
  await expect(bar(page)).toContainText('Space');
  await staged(page, PRESETS[timeline].chart);
  const clock = page.locator('.playback input[type="range"]');
  // Reduced motion shows the run whole, the clock at its end: `,` steps back, `.` forward again.
  const end = Number(await clock.inputValue());
  await page.keyboard.press(',');
  await expect.poll(async () => Number(await clock.inputValue())).toBeLessThan(end);
  const back = Number(await clock.inputValue());
  await page.keyboard.press('.');
  await expect.poll(async () => Number(await clock.inputValue())).toBeGreaterThan(back);
  await expect(bar(page)).toContainText(`${timeline + 1}/${PRESETS.length} `);
  await page.keyboard.press('ArrowRight');
  await expect(bar(page)).toContainText(`${timeline + 2}/${PRESETS.length} `);
});

test('a deck of one’s own: made in the editor, round-trips through its link and its file', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // axe in the deck takes tens of seconds on a busy machine.
  test.setTimeout(150_000);
  await page.goto(`/${withPresent(PRESETS[0].link)}`);
  await page.getByRole('button', { name: 'Deck…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lecture deck' });
  await dialog.getByRole('button', { name: 'Remove all slides' }).click();
  await expect(dialog.getByTestId('deck-slide')).toHaveCount(0);
  await dialog.getByLabel('Title of the deck').fill('Lecture 7');
  // A preset, then a share link pasted (a bad one first: it says why, and adds nothing).
  await dialog.getByLabel('Preset').selectOption(PRESETS[3].id);
  await dialog.getByRole('button', { name: 'Add', exact: true }).first().click();
  const paste = dialog.getByLabel('Share link');
  await paste.fill('?v=9&view=speedup');
  await paste.press('Enter');
  await expect(dialog.locator('.deck-problem')).toContainText('not a share link');
  await paste.fill('http://example.org/?v=1&view=speedup&M=10,1000&seed=1');
  await paste.press('Enter');
  await expect(dialog.getByTestId('deck-slide')).toHaveCount(2);
  await dialog.getByTestId('deck-slide').nth(1).getByLabel('Title').fill('Two noise levels');
  await dialog
    .getByTestId('deck-slide')
    .nth(1)
    .getByLabel('Note or question to the room')
    .fill('Where will the M = 1000 curve bend?');
  // Moved up: the pasted link is now slide 1.
  await dialog.getByRole('button', { name: 'Move slide 2 up' }).click();
  const link = await dialog.getByLabel(/Link to the deck/).inputValue();
  expect(link).toMatch(/[?&]present=1&deck=1\.[A-Za-z0-9_-]+&slide=1&seed=1$/);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download deck file' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ title: 'Lecture 7', slides: [{ title: 'Two noise levels' }, {}] });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The link, opened afresh: slide 1 of 2 in presentation mode, with its note above the chart.
  await page.goto(link);
  await expect(bar(page)).toContainText('1/2 · Two noise levels · Lecture 7');
  await expect(page.locator('.stage-note')).toHaveText('Where will the M = 1000 curve bend?');
  await expect(page.locator('.app.present.stage')).toBeVisible();
  expect(await seriousViolations(page), 'axe in a deck').toEqual([]);
  await page.keyboard.press('PageDown');
  await expect(bar(page)).toContainText(`2/2 · ${PRESETS[3].where}`);
  await expect.poll(() => new URL(page.url()).search).toMatch(/view=async.*&slide=2&/);
  await staged(page, PRESETS[3].chart);
  // A deck of one's own stops at its end.
  await page.keyboard.press('PageDown');
  await expect(bar(page)).toContainText('2/2');

  // The file, imported into a fresh page's editor, gives the same link.
  await page.goto('./');
  await expect(page.getByTestId('gallery')).toBeVisible();
  await page.keyboard.press('p');
  await expect(bar(page)).toBeVisible();
  await page.getByRole('button', { name: 'Deck…' }).click();
  await page.locator('.deck-dialog input[type="file"]').setInputFiles({
    name: 'lecture-deck.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByRole('dialog', { name: 'Lecture deck' }).getByLabel(/Link to the deck/)).toHaveValue(
    link,
  );

  // A damaged deck link says so, and opens the view without it.
  await page.goto(link.replace(/deck=1\.[A-Za-z0-9_-]{12}/, 'deck=1.!!'));
  await expect(page.getByTestId('notices')).toContainText(/deck=.* (is damaged|is not)/);
});

test('axe: the stage, with its drawers open and closed, has no serious or critical violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${withPresent(PRESETS[1].link)}`);
  await staged(page, PRESETS[1].chart);
  expect(await seriousViolations(page), 'the stage').toEqual([]);
  await page.keyboard.press('c');
  await expect(page.locator('.view-controls')).toBeVisible();
  expect(await seriousViolations(page), 'parameters drawer').toEqual([]);
  await page.keyboard.press('n');
  await expect(page.locator('.view-header')).toBeVisible();
  expect(await seriousViolations(page), 'notes drawer').toEqual([]);
});

test('a deck is made before the lecture: the header’s Deck… adds the view on screen and presents the deck', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?v=1&view=speedup&M=10,1000&seed=1');
  await page.locator('header.app-header').getByRole('button', { name: 'Deck…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lecture deck' });
  await dialog.getByRole('button', { name: 'Remove all slides' }).click();
  await dialog.getByRole('button', { name: 'Add the view on screen' }).click();
  await expect(dialog.getByTestId('deck-slide')).toHaveCount(1);
  await expect(dialog.getByLabel(/Link to the deck/)).toHaveValue(/[?&]present=1&deck=1\./);
  await dialog.getByRole('button', { name: 'Present this deck' }).click();
  await expect(bar(page)).toContainText('1/1');
  await expect(page.locator('.app.present.stage')).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toMatch(/M=10(,|%2C)1000/);
});
