// The distribution editor reads the family registry: a family typed in the link syntax is read,
// described and run, and each family's presets are offered (gamma, added as one file, as the check).

import { chartFrame, expect, marksOf, test, viewRoot, waitDone } from './fixtures';

test('gamma(k, θ) typed in the editor is described, put in the link and simulated; its preset is offered', async ({
  page,
}) => {
  await page.goto('/?v=1&view=kvariants&dist=exp(1)&P=4&J=50&seeds=2&seed=1');
  await expect(viewRoot(page, 'kvariants')).toBeVisible();
  const editor = page.locator('[data-param="dist"]');
  // The syntax help lists every family, the compound forms included.
  await expect(editor).toContainText('gamma(shape,scale)');
  await expect(editor).toContainText('quantiles(q1,…,qn)');

  const input = page.getByLabel('distribution 1');
  await input.fill('Gamma( 2 , 0.5 )');
  await input.press('Enter');
  await expect(page).toHaveURL(/dist=gamma\(2,0\.5\)/);
  await expect(editor).toContainText('gamma with shape k 2 and scale θ 0.5, mean 1');

  // Offered under its label with the ageing class in plain words; chosen by its link text.
  await expect(page.locator('#dist-add option[value="gamma(0.5,2)"]')).toHaveText(
    /^gamma\(0\.5, 2\), new-shorter-than-used: /,
  );
  await page.locator('#dist-add').selectOption('gamma(0.5,2)');
  await expect(page).toHaveURL(/dist=gamma\(2,0\.5\),gamma\(0\.5,2\)/);
  await waitDone(page, 'kvariants');
  for (const id of ['time-vs-k-gamma-2-0.5', 'time-vs-k-gamma-0.5-2']) {
    expect((await marksOf(page, id)).points, `simulated points in ${id}`).toBeGreaterThanOrEqual(4 * 4);
  }
  const table = chartFrame(page, 'distributions');
  await expect(table).toContainText('new-longer-than-used');
  await expect(table).toContainText('new-shorter-than-used');
  await page.screenshot({ path: 'test-results/gamma-editor.png', fullPage: false });
});
