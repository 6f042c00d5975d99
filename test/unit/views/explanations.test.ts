// Every chart the page (and the CLI) can draw has an explanation, and every formula typesets.
// Chart ids come from the experiments' chart plans — `charts(scenario, results)` with no results
// yet, as the page draws them before the first cell finishes — for each view's default link, each
// gallery preset, and the links whose parameters add or rename charts. A check below makes sure
// the plan names the same charts a finished CLI run does, on links cheap enough to run here.

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/experiments/contract';
import { loadExperiment } from '../../../src/experiments/index';
import { parseLink } from '../../../src/scenario/codec';
import { PRESETS } from '../../../src/scenario/presets';
import { VIEW_NAMES, type ViewName } from '../../../src/scenario/views';
import { formulaRows } from '../../../src/views/common/ChartExplanation';
import { explanationFor, noticeOf } from '../../../src/views/explanations';
import { runLinkOutput } from '../../golden/goldenRun';
import { sentencesOf } from '../claims/sentences';

/** Links whose parameters change which charts exist or what they are called. */
const VARIANT_LINKS = [
  '?v=1&view=speedup&plot=iterations&seed=1',
  '?v=1&view=async&delay=learners&seed=1',
  '?v=1&view=async&delay=hogwild&seed=1',
  '?v=1&view=race&lr=adasync&seed=1',
  '?v=1&view=race&lr=eq13&problem=quadratic&seed=1',
  '?v=1&view=kvariants&dist=exp(1),uniform(0,2),lognormal(0,1)&seed=1',
  '?v=1&view=kvariants&variants=ksync,kasync&seed=1',
  '?v=1&view=timeline&variants=ksync,kbatchsync,kasync,kbatchasync&seed=1',
  '?v=1&view=runtime&dist=weibull(2,1)&seed=1',
];

const LINKS = [
  ...VIEW_NAMES.map((v) => `?v=1&view=${v}&seed=1`),
  ...PRESETS.map((p) => p.link),
  ...VARIANT_LINKS,
];

async function plannedCharts(link: string): Promise<{ view: ViewName; charts: Chart[] }> {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(`${link}: ${parsed.error}`);
  const experiment = await loadExperiment(parsed.view);
  return { view: parsed.view, charts: experiment.charts(parsed.scenario as never, new Map()) };
}

async function plannedIds(link: string): Promise<{ view: ViewName; ids: string[] }> {
  const parsed = parseLink(link);
  if (!parsed.ok) throw new Error(`${link}: ${parsed.error}`);
  const experiment = await loadExperiment(parsed.view);
  const charts = experiment.charts(parsed.scenario as never, new Map());
  return { view: parsed.view, ids: charts.map((c) => c.id) };
}

/** The CLI's path (src/cli/commandLine.ts): every cell run, then the charts. */
async function cliIds(link: string): Promise<string[]> {
  return (await runLinkOutput(link)).output.charts.map((c) => c.id);
}

describe('chart explanations', () => {
  it('the chart plan names the same charts as a finished CLI run', async () => {
    for (const link of [
      '?v=1&view=speedup&seed=1',
      '?v=1&view=speedup&plot=iterations&seed=1',
      '?v=1&view=timeline&variants=ksync,kbatchsync,kasync,kbatchasync&seed=1',
      '?v=1&view=kvariants&P=4&J=50&seeds=2&seed=1',
    ]) {
      expect(await cliIds(link), link).toEqual((await plannedIds(link)).ids);
    }
  }, 60_000);

  it('every chart of every default link, preset and chart-changing link has one', async () => {
    const seen = new Set<string>();
    for (const link of LINKS) {
      const { view, ids } = await plannedIds(link);
      expect(ids.length, link).toBeGreaterThan(0);
      for (const id of ids) {
        seen.add(`${view}/${id}`);
        expect(explanationFor(view, id), `${link}: ${id}`).toBeDefined();
      }
    }
    // The list of the task: a few ids that must be among them (a plan that lost charts fails here).
    for (const id of [
      'speedup/iterations-vs-b',
      'minibatch/problem',
      'async/sparsity-m',
      'estimator/logistic-dataset',
      'runtime/order-stats-vs-k',
      'kvariants/time-vs-k-pareto-2-1',
      'kvariants/theorem-2',
      'kvariants/service-time-tail',
      'timeline/timeline-kbatchasync',
      'timeline/timeline-stats',
      'race/adasync-schedule',
      'race/who-wins',
    ])
      expect(seen.has(id), id).toBe(true);
  }, 60_000);

  it('each explanation has a formula, a paper reference, two or three sentences and details', async () => {
    const checked = new Set<string>();
    for (const link of LINKS) {
      const { view, charts } = await plannedCharts(link);
      for (const chart of charts) {
        const id = chart.id;
        const e = explanationFor(view, id)!;
        const key = `${view}/${id}`;
        if (checked.has(key)) continue;
        checked.add(key);
        expect(e.where, key).toMatch(/\[(CP|SS)\]/);
        // A sentence ends at . ! or ? before a space, except after an abbreviation or before a number.
        // Generated notices are checked here on the chart the page draws before any cell finishes.
        const notice = noticeOf(e, chart);
        const sentences = sentencesOf(notice);
        expect(sentences.length, `${key}: ${notice}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${key}: ${notice}`).toBeLessThanOrEqual(3);
        expect(e.details.length, key).toBeGreaterThan(80);
        // Typesets without a single error, and yields both HTML and (accessible) MathML.
        const html = katex.renderToString(e.tex, {
          throwOnError: true,
          displayMode: true,
          output: 'htmlAndMathml',
        });
        expect(html, key).toContain('<math');
        expect(html, key).not.toContain('katex-error');
        // The page sets each row on its own (inline, so it may wrap): every row typesets alone too.
        for (const row of formulaRows(e.tex))
          expect(
            () => katex.renderToString(`\\displaystyle ${row}`, { throwOnError: true }),
            `${key}: ${row}`,
          ).not.toThrow();
      }
    }
    expect(checked.size).toBeGreaterThanOrEqual(40);
  }, 60_000);

  it('a gathered formula splits into its rows; any other formula is one row', () => {
    expect(
      formulaRows(String.raw`\begin{gathered} a = b \\ c \le \frac{1}{2} \\ \text{d} \end{gathered}`),
    ).toEqual(['a = b', String.raw`c \le \frac{1}{2}`, String.raw`\text{d}`]);
    expect(formulaRows(String.raw` x = \sum_i y_i `)).toEqual([String.raw`x = \sum_i y_i`]);
  });

  it('ids built from parameters match by prefix; unknown ids get nothing', () => {
    expect(explanationFor('kvariants', 'time-vs-k-weibull-3-2')?.where).toContain('Fig. 6');
    expect(explanationFor('timeline', 'timeline-kasync')?.tex).toContain(String.raw`\tau(l,j)`);
    expect(explanationFor('timeline', 'timeline-ksync')?.tex).not.toContain(String.raw`\tau(l,j)`);
    expect(explanationFor('timeline', 'timeline-stats')?.where).toContain('Lemmas 3–5');
    expect(explanationFor('speedup', 'no-such-chart')).toBeUndefined();
    expect(explanationFor('speedup', 'toString')).toBeUndefined();
  });

  it('the formula says what the chart draws: conventions match the experiments', () => {
    // [CP] Algorithm 1 sums gradients: the summed step is γ_crit = 1/(10L(M + b)), the averaged b·γ_crit.
    expect(explanationFor('speedup', 'lr-summed-vs-b')?.tex).toContain(String.raw`\frac{1}{10L\,(M+\tau)}`);
    expect(explanationFor('speedup', 'lr-averaged-vs-b')?.tex).toContain(String.raw`\frac{b}{10L\,(M+b)}`);
    // Theorem 2's closed form and Theorem 1's ratio, as src/engine/events and orderStatistics compute them.
    expect(explanationFor('kvariants', 'theorem-2')?.tex).toContain(String.raw`\frac{P\,(H_P - H_{P-K})}{K}`);
    expect(explanationFor('runtime', 'sync-async-ratio')?.tex).toContain(String.raw`P\,H_P \approx P\ln P`);
    // Eq. 9 and Eq. 13 as printed.
    expect(explanationFor('estimator', 'bhat-quadratic')?.where).toContain('Eq. (9)');
    expect(explanationFor('race', 'eq13-vs-fixed')?.where).toContain('Eq. (13)');
  });
});
