// Each chart's export menu downloads SVG, PNG, CSV and JSON; the JSON is the CLI's envelope and
// carries the same numbers as the CLI for the same link.

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { chartFrame, expect, test, waitDone } from './fixtures';

const LINK = '?v=1&view=speedup&M=0,100&bmax=10&seed=1';

/** Opens the chart's export menu, clicks the format's button and returns the downloaded file. */
async function download(
  page: Page,
  chartId: string,
  button: RegExp,
): Promise<{ name: string; data: Buffer }> {
  const frame = chartFrame(page, chartId);
  await frame.locator('details.chart-export > summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), data: await readFile(path) };
}

test('the export menu offers SVG, PNG, CSV and JSON, and each downloads a valid file', async ({ page }) => {
  await page.goto(`/${LINK}`);
  const frame = chartFrame(page, 'speedup-vs-b');
  await expect(frame.locator('svg[role="img"]')).toBeVisible();
  await frame.locator('details.chart-export > summary').click();
  for (const label of [/^SVG/, /^PNG/, /^CSV/, /^JSON/]) {
    await expect(frame.getByRole('button', { name: label }).first()).toBeVisible();
  }
  await frame.locator('details.chart-export > summary').click();

  const csv = await download(page, 'speedup-vs-b', /^CSV/);
  expect(csv.name).toBe('speedup-speedup-vs-b.csv');
  const lines = csv.data.toString('utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('chart,series,kind,x,y,lo,hi,note');
  expect(lines.length).toBeGreaterThan(10);
  for (const line of lines.slice(1)) expect(line.startsWith('speedup-vs-b,')).toBe(true);

  const json = await download(page, 'speedup-vs-b', /^JSON/);
  expect(json.name).toBe('speedup-speedup-vs-b.json');
  const out = JSON.parse(json.data.toString('utf8'));
  expect(out.link).toBe(LINK);
  expect(out.view).toBe('speedup');
  expect(out.params.M).toEqual([0, 100]);
  expect(out.charts.map((c: { id: string }) => c.id)).toEqual(['speedup-vs-b']);
  expect(out.charts[0].series.length).toBeGreaterThan(1);

  const svg = await download(page, 'speedup-vs-b', /^SVG/);
  expect(svg.name).toBe('speedup-speedup-vs-b.svg');
  expect(svg.data.toString('utf8')).toMatch(/^<\?xml[^>]*>\s*<svg[\s\S]*<\/svg>\s*$/);

  const png = await download(page, 'speedup-vs-b', /^PNG 2/);
  expect(png.name).toBe('speedup-speedup-vs-b.png');
  expect(png.data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
});

/**
 * Paths where the page's chart and the CLI's differ: numbers bit for bit (DESIGN.md "same link ⇒
 * bit-identical numbers in Chromium and in the CLI", which src/engine/math makes hold although
 * Node's and Chromium's Math.log/exp/pow/sin differ), everything else exactly.
 */
function differences(a: unknown, b: unknown, path = '$'): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: length ${a.length} ≠ ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], `${path}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

interface ChartJson {
  id: string;
  series: { kind: string; points: { y: number | null }[] }[];
}

/** Downloads each chart's JSON from the page and checks it equals the CLI's output for the link. */
async function expectSameAsCli(
  page: Page,
  link: string,
  chartIds: string[],
  view?: string,
): Promise<ChartJson[]> {
  const cli = promisify(execFile)(process.execPath, ['bin/sgd-explorer.mjs', link], {
    maxBuffer: 64 << 20,
  });
  await page.goto(`/${link}`);
  if (view) await waitDone(page, view);
  const fromCli = JSON.parse((await cli).stdout);
  const charts: ChartJson[] = [];
  for (const id of chartIds) {
    await expect(chartFrame(page, id).locator('svg[role="img"]')).toBeVisible();
    const fromPage = JSON.parse((await download(page, id, /^JSON/)).data.toString('utf8'));
    expect(fromPage.link).toBe(fromCli.link);
    expect(fromPage.params).toEqual(fromCli.params);
    const chart = fromCli.charts.find((c: ChartJson) => c.id === id);
    expect(chart, `the CLI has a chart ${id}`).toBeDefined();
    expect(differences(fromPage.charts[0], chart).slice(0, 20), `${id}: page ≠ CLI`).toEqual([]);
    expect(fromPage.charts[0]).toEqual(chart);
    charts.push(chart);
  }
  return charts;
}

const simulatedValues = (chart: ChartJson) =>
  chart.series
    .filter((s) => s.kind === 'simulation')
    .flatMap((s) => s.points)
    .filter((p) => typeof p.y === 'number').length;

test("the speedup charts exported as JSON have the CLI's numbers, bit for bit", async ({ page }) => {
  await expectSameAsCli(page, LINK, ['speedup-vs-b', 'lr-averaged-vs-b', 'lr-summed-vs-b']);
});

// Monte Carlo (ln in every exponential draw, the polar normal and exp in every lognormal one, pow in
// Weibull's) and quadrature (exp, ln, log1p, pow in the exact curves) run in the page's workers and in
// the CLI's Node: every simulated and exact number must come out the same.
for (const link of [
  '?v=1&view=runtime&Pmax=20&draws=500&seeds=2&seed=3',
  '?v=1&view=runtime&dist=lognormal(0,1),weibull(0.5,2),pareto(1.5,1),mix(0.5,exp(1),pareto(3,1))&Pmax=20&draws=500&seeds=2&seed=3',
]) {
  test(`the runtime charts of ${link}, simulated points included, have the CLI's numbers, bit for bit`, async ({
    page,
  }) => {
    const [ratio, orderStats] = await expectSameAsCli(
      page,
      link,
      ['sync-async-ratio', 'order-stats-vs-k'],
      'runtime',
    );
    expect(simulatedValues(ratio)).toBeGreaterThan(30);
    expect(simulatedValues(orderStats)).toBeGreaterThan(30);
  });
}

// The quadratic (ziggurat normals, tuned grid steps) and the estimator's logistic run, in the page's
// workers and in the CLI: every simulated number the same.
test("the minibatch and estimator charts have the CLI's numbers, bit for bit", async ({ page }) => {
  const [steps, tuned] = await expectSameAsCli(
    page,
    '?v=1&view=minibatch&M=0,10,100&bmax=6&seeds=2&seed=5',
    ['steps-vs-b', 'tuned-step-summed', 'one-run'],
    'minibatch',
  );
  expect(simulatedValues(steps)).toBeGreaterThan(15);
  expect(simulatedValues(tuned)).toBeGreaterThan(15);
  const [quadratic, logistic] = await expectSameAsCli(
    page,
    '?v=1&view=estimator&bmax=4&seed=5',
    ['bhat-quadratic', 'bhat-logistic', 'steps-vs-b-estimator'],
    'estimator',
  );
  expect(simulatedValues(quadratic)).toBeGreaterThan(30);
  expect(simulatedValues(logistic)).toBeGreaterThan(30);
});

// Delayed SGD (ring reads, uniform delays), the sparse constructions (block choice, masks) and the
// Δ/M measurement: page and CLI the same, bit for bit — also with held-out tuning and hogwild reads.
for (const link of [
  '?v=1&view=async&M=10,100&taumax=5&staumax=3&seeds=2&seed=5',
  '?v=1&view=async&M=100&delay=hogwild&taumax=4&Delta=1,0.25&staumax=3&seeds=3&tuneon=first&seed=6',
  '?v=1&view=async&M=10&delay=learners&Pmax=16&dist=pareto(2,1)&Delta=1&staumax=1&seed=7',
]) {
  test(`the async charts of ${link} have the CLI's numbers, bit for bit`, async ({ page }) => {
    const [speedup] = await expectSameAsCli(
      page,
      link,
      ['async-speedup', 'async-step', 'sparsity-speedup', 'mask-steps', 'sparsity-m'],
      'async',
    );
    expect(simulatedValues(speedup)).toBeGreaterThan(8);
  });
}

// The event simulator (heap of learner completions, Pareto and shifted-exponential draws, K-sync's
// sorted common random numbers): page and CLI the same, bit for bit.
test("the kvariants charts have the CLI's numbers, bit for bit", async ({ page }) => {
  const [pareto] = await expectSameAsCli(
    page,
    '?v=1&view=kvariants&P=8&J=200&seeds=3&comm=0.05&seed=4',
    ['time-vs-k-pareto-2-1', 'time-vs-k-shexp-1-1', 'staleness'],
    'kvariants',
  );
  expect(simulatedValues(pareto)).toBeGreaterThanOrEqual(4 * 8);
});

// SGD inside the event simulation (logistic and quadratic gradients, Eq. 13, the map's races):
// page and CLI the same, bit for bit.
test("the race charts have the CLI's numbers, bit for bit", async ({ page }) => {
  const [, error] = await expectSameAsCli(
    page,
    '?v=1&view=race&n=200&seeds=2&tmax=30&Pmax=3&Mmax=1&seed=8',
    ['bounds-vs-time', 'error-vs-time', 'eq13-vs-fixed', 'who-wins'],
    'race',
  );
  expect(simulatedValues(error)).toBeGreaterThan(30);
});
