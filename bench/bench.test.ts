// The bench's own logic (options, the row filter, goals of the presets, the summary line), without
// measuring anything: `npx vitest run --config bench/vitest.config.ts`. Not part of `npm test`.

import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/scenario/presets';
import { atLeastScaled, REFERENCE, scaledBudgetMs, withinBudget } from './machine';
import { parseOptions, wantFor } from './options';
import { cliRowName, goalRowName, pageRowName, presetPlans } from './presets';
import { atLeast, atMost, noGoal, summary, table } from './rows';

describe('options', () => {
  it('defaults to a full run built into the bench’s own directory', () => {
    const o = parseOptions([], {});
    expect(o).toMatchObject({
      quick: false,
      only: null,
      build: true,
      outDir: 'bench/results/dist',
      port: 4175,
    });
    expect(o.pageTimeoutS).toBe(300);
  });

  it('reads flags, and the environment when there is no flag', () => {
    const o = parseOptions(['--only', 'fig\\. 4', '--no-build', '--port', '4188'], {
      BENCH_OUTDIR: '/tmp/x/',
    });
    expect(o.only?.test('page, [CP] Fig. 4 (cp-fig4)')).toBe(true);
    expect(o).toMatchObject({ build: false, outDir: '/tmp/x', port: 4188 });
    expect(parseOptions([], { BENCH_QUICK: '1' }).quick).toBe(true);
  });

  it('refuses dist/, bad ports, bad patterns and unknown flags with a message', () => {
    expect(() => parseOptions(['--outdir', 'dist/'], {})).toThrow(/not dist/);
    expect(() => parseOptions(['--port', '0'], {})).toThrow(/port/);
    expect(() => parseOptions(['--only', '('], {})).toThrow(/regular expression/);
    expect(() => parseOptions(['--fast'], {})).toThrow(/unknown argument "--fast"/);
    expect(() => parseOptions(['--only'], {})).toThrow(/needs a value/);
  });

  it('--quick keeps a few rows, --only filters by name, both together intersect', () => {
    const quick = wantFor({ quick: true, only: null });
    expect(quick('Monte Carlo draws, 1 thread, exp(1), P=20')).toBe(true);
    expect(quick('Monte Carlo draws, 1 thread, pareto(2,1), P=20')).toBe(false);
    expect(quick('page, [SS] Fig. 8 (ss-fig8), race: first chart → Done')).toBe(true);
    expect(quick('page, [CP] Fig. 4 (cp-fig4), async: navigation → Done')).toBe(false);
    const only = wantFor({ quick: false, only: /cp-fig4/i });
    expect(only('CLI 1 core, [CP] Fig. 4 (cp-fig4), async')).toBe(true);
    expect(only('CLI, default link of async')).toBe(false);
    expect(wantFor({ quick: true, only: /pareto/ })('Monte Carlo draws, 1 thread, exp(1), P=20')).toBe(false);
  });
});

describe('presets', () => {
  it('has one plan per distinct link, each with issue 16’s budget and the earlier goals that are stricter', async () => {
    const plans = await presetPlans();
    expect(plans.length).toBe(new Set(PRESETS.map((p) => p.link)).size);
    const by = (id: string) => plans.find((p) => p.label.includes(`${id})`) || p.label.includes(`${id},`))!;
    expect(by('cp-fig3').budget).toMatchObject({ from: 'navigation', rawMs: 4000 });
    expect(by('cp-fig4').budget).toMatchObject({ from: 'navigation', rawMs: 8000 });
    expect(by('ss-fig9').budget).toMatchObject({ from: 'navigation', rawMs: 10_000 });
    expect(by('both-race').budget).toMatchObject({ from: 'first chart', rawMs: 4000 });
    for (const light of ['cp-fig1', 'cp-fig2', 'cp-sec6', 'ss-thm1', 'ss-fig6', 'ss-fig7', 'ss-fig8'])
      expect(by(light).budget).toMatchObject({ from: 'navigation', rawMs: 2000, kind: 'light preset' });
    expect(by('ss-fig6').label).toContain('ss-thm2'); // the same link: one row
    expect(by('ss-fig6').page).toMatchObject({ from: 'first chart', goalMs: 1000 });
    expect(by('ss-fig8').page).toMatchObject({ from: 'first chart', goalMs: 2000 });
    expect(by('cp-fig1').closedForm).toBe(true);
    // Every preset has a page row, closed forms to their first chart.
    expect(pageRowName(by('cp-fig2'))).toBe(
      'page, [CP] Fig. 2, Theorem 1 (cp-fig2), speedup: navigation → first chart',
    );
    expect(pageRowName(by('both-race'))).toMatch(/: first chart → Done$/);
    expect(goalRowName(by('ss-fig8'))).toMatch(/ss-fig8.*: first chart → Done \(issues 6, 13\)$/);
    expect(goalRowName(by('cp-fig4'))).toBeNull(); // the budget (8 s) replaced issue 4's 10 s
    expect(goalRowName(by('ss-thm1'))).toBeNull(); // and the 2 s budget DESIGN.md's 5 s
    expect(cliRowName(by('cp-fig3'))).toBe('CLI 1 core, [CP] Fig. 3 (cp-fig3), minibatch');
  });
});

describe('machine', () => {
  it('scales a budget by the machine’s slowness and its cores, and says how in the goal', () => {
    const same = { cores: REFERENCE.cores, speed: REFERENCE.speed };
    expect(scaledBudgetMs(2000, same)).toBe(2000);
    const halfSpeed = { cores: 2, speed: REFERENCE.speed / 2 };
    expect(scaledBudgetMs(2000, halfSpeed)).toBe(4000);
    expect(scaledBudgetMs(2000, { cores: 4, speed: REFERENCE.speed })).toBe(1000);
    const row = withinBudget('page x', 3000, 2000, halfSpeed);
    expect(row).toMatchObject({ pass: true, budget: { rawMs: 2000, scaledMs: 4000 } });
    expect(row.goal).toBe('≤ 4000 ms (2 s on 2 reference cores × 2.00 slowness × 2/2 cores)');
    expect(withinBudget('page x', 3000, 2000, same).pass).toBe(false);
  });

  it('scales a per-core throughput goal by speed alone', () => {
    const halfSpeed = { cores: 8, speed: REFERENCE.speed / 2 };
    expect(atLeastScaled('x', 11e6, 'draws/s', 20e6, halfSpeed).pass).toBe(true);
    expect(atLeastScaled('x', 9e6, 'draws/s', 20e6, halfSpeed).pass).toBe(false);
  });
});

describe('rows', () => {
  it('compares with the goal, and the summary names each miss', () => {
    const rows = [
      atMost('a', 5, 'ms', 10),
      atMost('b', 11, 'ms', 10),
      atLeast('c', 1, 'x/s', 2),
      noGoal('d', 3, 'ms'),
    ];
    expect(rows.map((r) => r.pass)).toEqual([true, false, false, null]);
    expect(summary(rows)).toBe('4 rows, 3 with goals, 2 miss: b; c');
    expect(summary(rows.slice(0, 1))).toBe('1 rows, 1 with goals, 0 miss.');
    const t = table([...rows, { ...atMost('e', 300_000, 'ms', 10_000), note: '> 300 s (timed out)' }]);
    expect(t).toMatch(/^b +11\.0 +ms +≤ 10 ms +MISS/m);
    expect(t).toMatch(/^d +3\.00 +ms +— +—/m);
    expect(t).toMatch(/^e +> 300 s \(timed out\) +ms +≤ 10000 ms +MISS/m);
  });
});
