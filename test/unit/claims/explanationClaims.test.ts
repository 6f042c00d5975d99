// Every sentence an explanation notice says beside a chart is either theory, a convention, a claim
// checked here on the numbers of the links it sits on, or generated from those numbers (and then
// checked here against them). See noticeRegistry.ts and generatedChecks.ts; README "Claims".

import { describe, expect, it } from 'vitest';
import type { Chart, RunOutput } from '../../../src/experiments/contract';
import { VIEW_NAMES } from '../../../src/scenario/views';
import { EXPLANATIONS, explanationFor, noticeOf } from '../../../src/views/explanations/index';
import type { Explanation } from '../../../src/views/explanations/types';
import { claimLinks, outputOf } from './claimLinks';
import { GENERATED } from './generatedChecks';
import { NOTICE_SENTENCES } from './noticeRegistry';
import { sentencesOf } from './sentences';

const TABLES = EXPLANATIONS;

/** Every explanation by its registry key: exact ids, and prefix ids probed with their known tails. */
function everyExplanation(): [string, Explanation][] {
  const out: [string, Explanation][] = [];
  for (const [view, table] of Object.entries(TABLES)) {
    for (const [id, e] of Object.entries(table.byId)) out.push([`${view}/${id}`, e]);
    for (const p of table.byPrefix ?? []) {
      if (p.prefix === 'time-vs-k-') out.push([`${view}/time-vs-k-*`, p.explain('exp-1')]);
      else
        for (const v of ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'])
          out.push([`${view}/${p.prefix}${v}`, p.explain(v)]);
    }
  }
  return out;
}

const keyOf = (view: string, id: string) =>
  id.startsWith('time-vs-k-') ? `${view}/time-vs-k-*` : `${view}/${id}`;

/** Every claim and generated sentence beside the charts of one output, checked; the failures. */
function failures(out: RunOutput): string[] {
  const bad: string[] = [];
  for (const chart of out.charts as Chart[]) {
    const e = explanationFor(out.view as never, chart.id);
    if (!e) continue;
    const key = keyOf(out.view, chart.id);
    if (typeof e.notice === 'function') {
      const verdict = GENERATED[key](noticeOf(e, chart), chart);
      if (verdict) bad.push(`${key}: ${verdict}`);
      continue;
    }
    for (const entry of NOTICE_SENTENCES[key] ?? []) {
      const verdict = entry.check?.(chart, out) ?? null;
      if (verdict) bad.push(`${key}: “${entry.sentence.slice(0, 60)}…”: ${verdict}`);
    }
  }
  return bad;
}

describe('explanation claims', () => {
  it('every sentence of every written notice is classified, and every generated notice has a check', () => {
    const seen = new Set<string>();
    for (const [key, e] of everyExplanation()) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (typeof e.notice === 'function') {
        expect(GENERATED[key], `${key} is generated: add a check to generatedChecks.ts`).toBeDefined();
        continue;
      }
      const registered = (NOTICE_SENTENCES[key] ?? []).map((x) => x.sentence);
      expect(sentencesOf(e.notice), `${key}: classify each sentence in noticeRegistry.ts`).toEqual(
        registered,
      );
    }
    for (const key of [...Object.keys(NOTICE_SENTENCES), ...Object.keys(GENERATED)])
      expect(seen.has(key), `${key} is registered but no explanation has it`).toBe(true);
    // Every claim comes with its check.
    for (const [key, entries] of Object.entries(NOTICE_SENTENCES))
      for (const x of entries) expect(x.kind === 'claim' ? typeof x.check : 'function', key).toBe('function');
  });

  for (const view of VIEW_NAMES)
    for (const link of claimLinks(view, true))
      it(`hold on ${link}`, async () => {
        expect(failures(await outputOf(link))).toEqual([]);
      }, 240_000);

  it('a false claim fails its check', async () => {
    const out = await outputOf('?v=1&view=async&seed=1');
    const chart = out.charts.find((c) => c.id === 'sparsity-m')!;
    const [onOrAbove] = NOTICE_SENTENCES['async/sparsity-m'];
    expect(onOrAbove.check!(chart, out)).toBeNull();
    // Halve every measured 1 + M: the points fall below Corollary 2's line.
    const halved = JSON.parse(JSON.stringify(chart));
    for (const s of halved.series) if (s.kind === 'measured') for (const p of s.points) p.y /= 2;
    expect(onOrAbove.check!(halved, out)).toMatch(/below 1\/Δ/);
    // A generated sentence that says the opposite of the numbers fails too.
    const mask = out.charts.find((c) => c.id === 'mask-steps')!;
    expect(
      GENERATED['async/mask-steps'](
        'At every τ simulated the unmasked run (α = 1) needs no more parallel time than any masked one.',
        mask,
      ),
    ).toMatch(/says not/);
  }, 240_000);
});
