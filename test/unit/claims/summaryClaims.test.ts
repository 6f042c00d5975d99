// Every sentence of every chart summary, on each view's default and preset links (and a few odd
// ones), is classified in summaryRegistry.ts; its claims and generated findings are checked here
// against the same chart's numbers. Plus the statements issue 13 found wrong, each pinned.

import { describe, expect, it } from 'vitest';
import { makeDistribution } from '../../../src/engine/distributions';
import { agingClass } from '../../../src/engine/distributions/aging';
import type { Chart } from '../../../src/experiments/contract';
import { boundsChart } from '../../../src/experiments/race/boundsChart';
import { parseLink } from '../../../src/scenario/codec';
import type { Scenario } from '../../../src/scenario/views';
import { VIEW_NAMES } from '../../../src/scenario/views';
import { claimLinks, outputOf } from './claimLinks';
import { sentencesOf } from './sentences';
import { entryFor, SUMMARY_SENTENCES } from './summaryRegistry';

const keyOf = (view: string, id: string) =>
  id.startsWith('time-vs-k-') ? `${view}/time-vs-k-*` : `${view}/${id}`;

function boundsOf(link: string): Chart {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(parsed.error);
  return boundsChart(parsed.scenario as Scenario<'race'>);
}

describe('summary claims', () => {
  for (const view of VIEW_NAMES)
    for (const link of claimLinks(view, true))
      it(`every summary sentence is classified and holds on ${link}`, async () => {
        const out = await outputOf(link);
        const bad: string[] = [];
        for (const chart of out.charts) {
          const key = keyOf(out.view, chart.id);
          if (!SUMMARY_SENTENCES[key]) {
            bad.push(`${key}: no summary entries registered`);
            continue;
          }
          for (const sentence of sentencesOf(chart.summary ?? '')) {
            const entry = entryFor(key, sentence);
            if (!entry) bad.push(`${key}: unclassified sentence “${sentence}”`);
            const verdict = entry?.check?.(sentence, chart, out) ?? null;
            if (verdict) bad.push(`${key}: “${sentence.slice(0, 50)}…”: ${verdict}`);
          }
        }
        expect(bad).toEqual([]);
      }, 240_000);

  it('a false sentence fails its check', async () => {
    const out = await outputOf('?v=1&view=race&seed=1');
    const map = out.charts.find((c) => c.id === 'who-wins')!;
    const wins = entryFor('race/who-wins', 'Wins: x')!;
    // The count issue 13 found: ties at P = 1 counted as wins for sync.
    expect(wins.check!('Wins: Async 46, sync 8, K-batch-async 7, K-batch-sync 3.', map, out)).toMatch(
      /cells say/,
    );
    const bounds = out.charts.find((c) => c.id === 'bounds-vs-time')!;
    const floors = entryFor('race/bounds-vs-time', 'Bounds on E[F(w) − F⋆]')!;
    expect(
      floors.check!("Bounds … towards a lower floor than sync's (0.444 against 0.0313).", bounds, out),
    ).toMatch(/says a lower/);
  }, 240_000);

  it('who-wins counts and labels ties as ties (P = 1: all four racers are one learner)', async () => {
    const map = (await outputOf('?v=1&view=race&seed=1')).charts.find((c) => c.id === 'who-wins')!;
    expect(
      map.type === 'heatmap' && map.cells.filter((c) => c.x === 1).every((c) => c.label?.startsWith('a tie')),
    ).toBe(true);
    expect(map.summary).toMatch(/Wins: [^.]*ties 8\./);
    expect(map.summary).not.toMatch(/sync 8/);
  }, 240_000);

  it('the bounds summary never compares floors when γ′ ≤ 0, and says the typo note once, only where it applies', () => {
    const negative = boundsOf('?v=1&view=race&stale=2&p0=0.1&seed=1');
    expect(negative.summary).toMatch(/Theorem 3 gives no bound here: γ' = 1 − γ \+ p0\/2 = -0\.95 ≤ 0/);
    expect(negative.summary).not.toMatch(/floor than sync's/);
    for (const chart of [
      negative,
      boundsOf('?v=1&view=race&seed=1'),
      boundsOf('?v=1&view=race&eta=8&mb=250&P=40&seed=1'),
    ]) {
      expect(chart.summary!.match(/apparently a typo/g), chart.summary).toHaveLength(1);
      // The chart draws Async at K = 1, where the printed condition and Lemma 2's coincide.
      expect(chart.summary).toContain('At K = 1 Theorem 3');
      expect(chart.summary).not.toContain('the printed condition equals K/(2L(M_G/m + 1))');
    }
  });

  it('the ageing classes the text names: Weibull (like gamma) is new-longer for shape ≥ 1, new-shorter below', () => {
    expect(agingClass(makeDistribution({ family: 'weibull', shape: 1.5, scale: 1 }))).toBe('nbu');
    expect(agingClass(makeDistribution({ family: 'weibull', shape: 0.7, scale: 1 }))).toBe('nwu');
    expect(agingClass(makeDistribution({ family: 'uniform', a: 1, b: 3 }))).toBe('nbu');
  });
});
