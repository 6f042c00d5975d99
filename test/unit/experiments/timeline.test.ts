import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/experiments/contract';
import { loadExperiment } from '../../../src/experiments/index';
import { runCell } from '../../../src/experiments/runCell';
import { streamIdentity, timelineCell } from '../../../src/experiments/timeline/cells';
import type { TimelineChart } from '../../../src/experiments/timeline/rows';
import { defaultScenario, parseLink } from '../../../src/scenario/codec';
import type { Scenario } from '../../../src/scenario/views';
import { countAtOrBefore, nextStop, previousStop } from '../../../src/views/timeline/playback';

async function chartsOf(link: string): Promise<Chart[]> {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(parsed.error);
  const s = parsed.scenario as Scenario<'timeline'>;
  const exp = await loadExperiment('timeline');
  const results = new Map<string, unknown>();
  for (const cell of exp.cells(s)) results.set(cell.id, await runCell(cell, s.seed, { checkpoint() {} }));
  return exp.charts(s, results);
}

const gantt = (charts: Chart[], id: string) => {
  const c = charts.find((x) => x.id === id);
  if (c?.type !== 'intervals') throw new Error(`no intervals chart ${id}`);
  return c as TimelineChart;
};
const updatesOf = (c: TimelineChart) => c.rows.filter((r) => r.state === 'update');

describe('timeline experiment ([SS] Figs. 3–4)', () => {
  it('opens on K-sync and K-async, P = 3, K = 2, J = 12, exp(1), as intervals charts plus a stats table', async () => {
    const s = defaultScenario('timeline');
    expect([s.variants, s.P, s.K, s.J, s.dist]).toEqual([['ksync', 'kasync'], 3, 2, 12, ['exp(1)']]);
    const charts = await chartsOf('?v=1&view=timeline&seed=1');
    expect(charts.map((c) => `${c.type}:${c.id}`)).toEqual([
      'intervals:timeline-ksync',
      'intervals:timeline-kasync',
      'table:timeline-stats',
    ]);
    for (const id of ['timeline-ksync', 'timeline-kasync']) {
      const c = gantt(charts, id);
      expect(c.cite).toMatch(/\[SS\] Fig\. [34]/);
      expect(c.summary).toMatch(/same random stream/);
      expect([...new Set(c.rows.map((r) => r.lane))]).toEqual(['L1', 'L2', 'L3', 'PS']);
      const ups = updatesOf(c);
      expect(ups.map((u) => u.label)).toEqual(Array.from({ length: 12 }, (_, i) => `w${i + 1}`));
      for (const r of c.rows) {
        expect(r.end).toBeGreaterThanOrEqual(r.start);
        expect(['compute', 'stale', 'cancelled', 'comm', 'idle', 'unused', 'update']).toContain(r.state);
      }
      // Every applied gradient says how stale it was.
      for (const r of c.rows.filter((x) => x.state === 'compute' || x.state === 'stale'))
        expect(r.label).toMatch(/^(fresh|stale \d+)$/);
    }
    // K-sync cancels its stragglers and never applies a stale gradient; K-async cancels nothing.
    const ksync = gantt(charts, 'timeline-ksync');
    const kasync = gantt(charts, 'timeline-kasync');
    expect(ksync.rows.some((r) => r.state === 'cancelled')).toBe(true);
    expect(ksync.rows.some((r) => r.state === 'stale')).toBe(false);
    expect(kasync.rows.some((r) => r.state === 'cancelled')).toBe(false);
    const table = charts[2];
    if (table.type !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r[0])).toEqual(['K-sync', 'K-async']);
    expect(table.columns[4]).toBe('mean staleness');
    expect(table.rows[0][4]).toBe(0); // K-sync never applies a stale gradient
    expect(table.rows[0][3]).toBe('0.8333 (Lemma 3)'); // E[X_{2:3}] = 1/3 + 1/2 for exp(1)
  });

  it('draws every variant from the same random stream: the same first round of compute times', async () => {
    const charts = await chartsOf(
      '?v=1&view=timeline&variants=ksync,kbatchsync,kasync,kbatchasync&P=5&K=3&seed=9',
    );
    const all = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'].map((v) => gantt(charts, `timeline-${v}`));
    // The fastest learner of the first round finishes at the same time in all four variants.
    const firstFinish = all.map((c) =>
      Math.min(
        ...c.rows
          .filter((r) => r.start === 0 && r.state !== 'cancelled' && r.lane !== 'PS')
          .map((r) => r.end),
      ),
    );
    expect(new Set(firstFinish).size).toBe(1);
    // K-sync and K-async both wait for the first K learners of the first round: same time, same learners.
    const [ksync, , kasync] = all;
    expect(updatesOf(ksync)[0].start).toBe(updatesOf(kasync)[0].start);
    const who = (c: TimelineChart) =>
      updatesOf(c)[0]
        .note?.replace(/^.* from /, '')
        .split(', ')
        .sort();
    expect(who(ksync)).toEqual(who(kasync));
    // The stream's identity leaves the variant out; the cells' identities do not.
    const p = { P: 5, K: 3, J: 12, dist: 'exp(1)', comm: 0, speeds: [1, 1, 1, 1, 1] };
    const a = timelineCell({ ...p, variant: 'ksync' });
    const b = timelineCell({ ...p, variant: 'kasync' });
    expect(a.id).not.toBe(b.id);
    expect(streamIdentity(p)).not.toMatch(/sync/);
  });

  it('gives the same charts for the same link', async () => {
    const link = '?v=1&view=timeline&variants=kbatchasync,ksync&dist=pareto(2,1)&seed=3';
    expect(JSON.stringify(await chartsOf(link))).toBe(JSON.stringify(await chartsOf(link)));
  });

  it('caps P at 16 with a notice, runs K > P as K = P in K-sync, and keeps K for the batch variants', async () => {
    const big = parseLink('?v=1&view=timeline&P=40&seed=1');
    if (!big.ok) throw new Error(big.error);
    expect((big.scenario as Scenario<'timeline'>).P).toBe(16);
    expect(big.notices.join(' ')).toMatch(/P="40" is above the largest allowed value; set to 16/);

    const charts = await chartsOf('?v=1&view=timeline&variants=ksync,kbatchsync&P=2&K=3&J=4&seed=1');
    const ksync = gantt(charts, 'timeline-ksync');
    expect(ksync.summary).toMatch(/K = 3 is more than the P = 2 learners; run with K = 2/);
    // K = P = 2: every K-sync update waits for both learners.
    for (const u of updatesOf(ksync)) expect(u.note).toMatch(/from L\d, L\d$/);
    const kbs = gantt(charts, 'timeline-kbatchsync');
    for (const u of updatesOf(kbs)) expect(u.note?.split(',').length).toBe(3);
  });

  it('reads variant names as the paper writes them, and keeps repeated per-learner slowdowns', () => {
    const r = parseLink('?v=1&view=timeline&variants=K-sync,K-batch-async&speed=1,1,4&seed=1');
    if (!r.ok) throw new Error(r.error);
    const s = r.scenario as Scenario<'timeline'>;
    expect(s.variants).toEqual(['ksync', 'kbatchasync']);
    expect(s.speed).toEqual([1, 1, 4]);
    expect(r.notices).toEqual([]);
  });
});

describe('timeline playback stops (a step goes to the next PS update of any chart)', () => {
  const stops = [0.5, 1.25, 1.25 + 1e-12, 3];
  it('finds the next and previous update, ignoring float noise at the cursor', () => {
    expect(nextStop(stops, 0, 4)).toBe(0.5);
    expect(nextStop(stops, 0.5, 4)).toBe(1.25);
    expect(nextStop(stops, 1.25, 4)).toBe(3);
    expect(nextStop(stops, 3, 4)).toBe(4);
    expect(previousStop(stops, 3)).toBe(1.25 + 1e-12);
    expect(previousStop(stops, 0.5)).toBe(0);
    expect(countAtOrBefore(stops, 1.25)).toBe(3);
    expect(countAtOrBefore(stops, 0.1)).toBe(0);
  });
});
