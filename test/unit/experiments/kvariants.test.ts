import { beforeAll, describe, expect, it } from 'vitest';
import type { Chart, XYChart } from '../../../src/experiments/contract';
import { kvariantsExperiment } from '../../../src/experiments/kvariants';
import { runCell } from '../../../src/experiments/runCell';
import { defaultScenario, parseLinkForPage } from '../../../src/scenario/codec';
import type { Scenario } from '../../../src/scenario/views';

type S = Scenario<'kvariants'>;

async function chartsOf(s: S): Promise<Chart[]> {
  const results = new Map<string, unknown>();
  for (const cell of kvariantsExperiment.cells(s))
    results.set(cell.id, await runCell(cell, s.seed, { checkpoint() {} }));
  return kvariantsExperiment.charts(s, results);
}

const xy = (charts: Chart[], id: string) => charts.find((c) => c.id === id) as XYChart;
const series = (c: XYChart, id: string) => c.series.find((s) => s.id === id)!;

describe('kvariants: the simulated curves against [SS]’s closed forms (exp(1) and shexp(1,1), P = 8, J = 400)', () => {
  let charts: Chart[];
  const s = { ...defaultScenario('kvariants'), dist: ['exp(1)', 'shexp(1,1)'], P: 8, J: 400, seeds: 8 } as S;
  beforeAll(async () => {
    charts = await chartsOf(s);
  }, 60_000);

  for (const dist of ['exp-1', 'shexp-1-1'])
    it(`${dist}: K-sync within 4 standard errors of J·E[X_{K:P}] (Lemma 3) at every K`, () => {
      const c = xy(charts, `time-vs-k-${dist}`);
      const sim = series(c, 'ksync').points;
      const exact = series(c, 'ksync-closed-form').points;
      expect(sim.length).toBe(8);
      sim.forEach((p, i) => {
        const se = (p.hi! - p.lo!) / (2 * 1.96);
        expect(Math.abs(p.y! - exact[i].y!)).toBeLessThan(4 * se);
      });
    });

  it('exp(1): K-async equals J·E[X_{K:P}] (Lemma 5 with equality) and K-batch-sync the Erlang mean, within 4 SE', () => {
    const c = xy(charts, 'time-vs-k-exp-1');
    for (const [sim, exact] of [
      ['kasync', 'kasync-closed-form'],
      ['kbatchsync', 'kbatchsync-closed-form'],
    ]) {
      const e = series(c, exact);
      expect(e.kind).toBe('theory');
      series(c, sim).points.forEach((p, i) => {
        const se = (p.hi! - p.lo!) / (2 * 1.96);
        expect(Math.abs(p.y! - e.points[i].y!)).toBeLessThan(4 * se + 1e-9);
      });
    }
  });

  it('K-batch-async is within E[X] + 4 SE of J·K·E[X]/P (Lemma 4, a large-J limit; E[X] is the start-up transient)', () => {
    for (const [dist, mean] of [
      ['exp-1', 1],
      ['shexp-1-1', 2],
    ] as const) {
      const c = xy(charts, `time-vs-k-${dist}`);
      const e = series(c, 'kbatchasync-closed-form').points;
      series(c, 'kbatchasync').points.forEach((p, i) => {
        const se = (p.hi! - p.lo!) / (2 * 1.96);
        expect(Math.abs(p.y! - e[i].y!)).toBeLessThan(mean + 4 * se);
      });
    }
  });

  it('draws Lemma 5 as a bound for the new-longer-than-used shifted exponential, and K-async stays below it', () => {
    const c = xy(charts, 'time-vs-k-shexp-1-1');
    const bound = series(c, 'kasync-closed-form');
    expect(bound.kind).toBe('bound');
    series(c, 'kasync').points.forEach((p, i) => {
      expect(p.lo!).toBeLessThanOrEqual(bound.points[i].y!);
    });
  });

  it('the detail table has one row per distribution and variant; sync variants apply only fresh gradients', () => {
    const t = charts.find((c) => c.id === 'detail');
    if (t?.type !== 'table') throw new Error('no detail table');
    expect(t.rows.length).toBe(8);
    for (const row of t.rows.filter((r) => String(r[1]).endsWith('sync') && !String(r[1]).includes('async')))
      expect(row[4]).toBe('1');
  });
});

describe('kvariants: beyond the paper’s model', () => {
  it('draws no closed form with communication time or slow learners, and says so', async () => {
    const s = { ...defaultScenario('kvariants'), dist: ['exp(1)'], P: 4, J: 50, seeds: 2, comm: 0.1 } as S;
    const c = xy(await chartsOf(s), 'time-vs-k-exp-1');
    expect(c.series.every((x) => x.kind === 'simulation')).toBe(true);
    expect(c.summary).toContain('not drawn');
  });

  it('reads variant names loosely and drops unknown ones with a notice', () => {
    const r = parseLinkForPage('?v=1&view=kvariants&variants=K-sync,kasync,bogus&seed=1');
    expect((r.scenario as S).variants).toEqual(['ksync', 'kasync']);
    expect(r.notices.join(' ')).toContain('"bogus" is not one of');
  });
});

describe('kvariants: Theorem 2', () => {
  it('exp(1): the simulated K-async / K-batch-async ratio within 6 % of P·(H_P − H_{P−K})/K for K < P', async () => {
    const s = { ...defaultScenario('kvariants'), dist: ['exp(1)'], P: 8, J: 1000, seeds: 6 } as S;
    const c = xy(await chartsOf(s), 'theorem-2');
    const theory = series(c, 'theorem-2').points;
    const sim = series(c, 'exp-1-ratio').points;
    for (let k = 0; k < 7; k++) expect(Math.abs(sim[k].y! / theory[k].y! - 1)).toBeLessThan(0.06);
  }, 30_000);
});
