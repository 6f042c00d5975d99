// Waiting made visible: a chart that waits for its first simulated point says so inside its plot —
// what is computing, how far (of the work) and how long yet — large enough to read in a lecture hall
// (≥ 24 px at 1280×720 in presentation mode), and the message is gone once the points arrive. The
// time-left estimates seen on the way are logged against the run's real end (measured numbers).

import { PRESETS } from '../../src/scenario/presets';
import { expect, test } from './fixtures';

const fig9 = PRESETS.find((p) => p.id === 'ss-fig9')!;

test('a slow preset says inside its plot what it computes until its first points arrive', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${fig9.link.replace('&seed=', '&present=1&seed=')}`);
  const figure = page.locator(`figure.chart-on-stage[data-chart-id="${fig9.chart}"]`);
  const waiting = figure.locator('.chart-waiting');
  await expect(waiting).toBeVisible({ timeout: 20_000 });
  await expect(waiting).toContainText(/Simulating|Starting/);
  await expect(waiting.locator('.chart-waiting-how')).toContainText(/of \d+ cells · \d+ % of the work/);

  // Inside the plot, and readable from the room: every line of it at least 24 px.
  const geometry = await waiting.evaluate((el) => {
    const svg = el.closest('.chart-body')!.querySelector('svg')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const sizes = [...el.querySelectorAll('p')].map((p) => Number.parseFloat(getComputedStyle(p).fontSize));
    return { svg, box, smallest: Math.min(...sizes) };
  });
  expect(geometry.smallest).toBeGreaterThanOrEqual(24);
  expect(geometry.box.left).toBeGreaterThanOrEqual(geometry.svg.left);
  expect(geometry.box.right).toBeLessThanOrEqual(geometry.svg.right);
  expect(geometry.box.top).toBeGreaterThanOrEqual(geometry.svg.top);
  expect(geometry.box.bottom).toBeLessThanOrEqual(geometry.svg.bottom);

  // Sample the estimate until the message goes; then compare each with the real end of the run.
  const start = Date.now();
  const samples: { t: number; eta: number; pct: number }[] = [];
  while ((await waiting.count()) > 0 && Date.now() - start < 150_000) {
    const how = await waiting
      .locator('.chart-waiting-how')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    const eta = how?.match(/about (\d+) s left|about a second left|about (\d+) min left/);
    const pct = how?.match(/(\d+) % of the work/);
    if (eta && pct) {
      const s = eta[1] ? Number(eta[1]) : eta[2] ? Number(eta[2]) * 60 : 1;
      samples.push({ t: (Date.now() - start) / 1000, eta: s, pct: Number(pct[1]) });
    }
    await page.waitForTimeout(500);
  }
  await expect(waiting).toHaveCount(0);
  // The points that replaced it: the chart's simulated series are drawn.
  await expect(figure.locator('.chart-body svg path').first()).toBeVisible();
  const end = (Date.now() - start) / 1000;
  const log = samples.map(
    (s) => `t=${s.t.toFixed(1)}s ${s.pct}% eta=${s.eta}s true=${(end - s.t).toFixed(1)}s`,
  );
  console.log(`waiting message for ${end.toFixed(1)} s after it appeared:\n${log.join('\n')}`);
  // The percentage (of work) does not run ahead to 90 % while half the time is still to come.
  for (const s of samples) if (end - s.t > 0.5 * end) expect(s.pct, log.join('\n')).toBeLessThan(90);
});
