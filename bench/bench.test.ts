// The bench's own logic (options, the row filter, goals of the presets, the summary line), without
// measuring anything: `npx vitest run --config bench/vitest.config.ts`. Not part of `npm test`.

import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/scenario/presets';
import { parseOptions, wantFor } from './options';
import { cliRowName, pageRowName, presetPlans } from './presets';
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
  it('has one plan per distinct link, with the goals the issues and DESIGN.md set', async () => {
    const plans = await presetPlans();
    expect(plans.length).toBe(new Set(PRESETS.map((p) => p.link)).size);
    const by = (id: string) => plans.find((p) => p.label.includes(`${id})`) || p.label.includes(`${id},`))!;
    expect(by('cp-fig3').page).toMatchObject({ from: 'navigation', goalMs: 15_000 });
    expect(by('cp-fig4').page).toMatchObject({ from: 'navigation', goalMs: 10_000 });
    expect(by('ss-fig6').page).toMatchObject({ from: 'first chart', goalMs: 1000 });
    expect(by('ss-fig6').label).toContain('ss-thm2'); // the same link: one row
    expect(by('ss-fig7').page).toMatchObject({ from: 'first chart', goalMs: 2000 });
    expect(by('ss-fig8').page).toMatchObject({ from: 'first chart', goalMs: 2000 });
    expect(by('both-race').page).toMatchObject({ from: 'first chart', goalMs: 30_000 });
    expect(by('ss-thm1').page).toMatchObject({ from: 'navigation', goalMs: 5000 }); // a default link
    expect(by('ss-fig9').page.goalMs).toBeNull(); // no goal stated
    expect(by('cp-fig1').closedForm).toBe(true);
    expect(pageRowName(by('cp-fig2'))).toBeNull(); // the speedup view's first-chart row measures it
    expect(cliRowName(by('cp-fig3'))).toBe('CLI 1 core, [CP] Fig. 3 (cp-fig3), minibatch');
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
