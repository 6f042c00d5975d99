// Every sentence of every chart summary the experiments generate (src/experiments/*), by how it
// begins (the rest carries the link's numbers), classified as in noticeRegistry.ts — theory,
// convention, a claim checked on the numbers, or a finding generated from them and checked against
// them. A new summary sentence fails the coverage test in summaryClaims.test.ts until it is here.

import type { Chart, RunOutput } from '../../../src/experiments/contract';
import { all, type Check, seriesOf, type Verdict, valued, xy } from './chartFacts';
import { GENERATED } from './generatedChecks';
import {
  asyncKnee,
  averagedLinearThenFlat,
  blocksKnee,
  bSimpleGrows,
  constDelayOnly,
  flatThenFalls,
  jumps,
  nearOneOverL,
  onThenAbove,
  stepKnee,
  stepsKnee,
  uniformBendsLater,
} from './noticeRegistry';

export interface SummaryEntry {
  start: string;
  kind: 'theory' | 'convention' | 'claim' | 'generated';
  /** For claims and generated sentences: the sentence, the chart, the whole output. */
  check?: (sentence: string, chart: Chart, out: RunOutput) => Verdict;
}

const theory = (start: string): SummaryEntry => ({ start, kind: 'theory' });
const convention = (start: string): SummaryEntry => ({ start, kind: 'convention' });
const claim = (start: string, check: Check): SummaryEntry => ({
  start,
  kind: 'claim',
  check: (_, c, o) => check(c, o),
});
const generated = (start: string, check: SummaryEntry['check']): SummaryEntry => ({
  start,
  kind: 'generated',
  check,
});
/** A generated finding spans sentences: its check reads the whole summary it is part of. */
const byGenerator = (key: string) => (_: string, chart: Chart) => GENERATED[key](chart.summary ?? '', chart);

/** Fig. 7's summary: the floors it prints are in the order it says, and a condition is listed once. */
const boundsSummary = (sentence: string): Verdict => {
  const m = /towards (a higher|a lower|the same) floor than sync's \(([-\d.e]+) against ([-\d.e]+)\)/.exec(
    sentence,
  );
  if (!m)
    return sentence.includes('gives no bound') || sentence.includes('infinite mean')
      ? null
      : `no floors in: ${sentence}`;
  const [a, b] = [Number(m[2]), Number(m[3])];
  const word = a > b ? 'a higher' : a < b ? 'a lower' : 'the same';
  return m[1] === word ? null : `says ${m[1]} floor for ${a} against ${b}`;
};

/** The digits' error chart says the paper's bounds are not drawn: no bound or approximation series. */
const noBounds: Check = (chart) => {
  const drawn = xy(chart).series.filter((s) => s.kind !== 'simulation' && valued(s).length > 0);
  return drawn.length === 0 ? null : `draws ${drawn.map((s) => s.id).join(', ')}`;
};

/** The held-out errors it lists are each series' last point, in percent to one decimal, in order. */
const heldOutAtEnd = (sentence: string, chart: Chart): Verdict => {
  const said = [...sentence.matchAll(/([\d.]+) %/g)].map((m) => m[1]);
  const want = xy(chart).series.map((s) => {
    const pts = valued(s);
    return pts.length ? (100 * pts[pts.length - 1].y).toFixed(1) : 'none';
  });
  return said.join(',') === want.join(',')
    ? null
    : `says ${said.join(', ')} % where the curves end at ${want.join(', ')} %`;
};

const notMetOnce = (sentence: string): Verdict => {
  const items = sentence
    .replace(/^Not met: /, '')
    .replace(/\.$/, '')
    .split('; ');
  return new Set(items).size === items.length ? null : `a condition listed twice: ${sentence}`;
};

/** The map's tally recounted from its cells' labels: ties are nobody's win. */
const tally = (sentence: string, chart: Chart): Verdict => {
  if (chart.type !== 'heatmap') return 'not a map';
  const counts = new Map<string, number>();
  for (const c of chart.cells) {
    const who = c.label?.startsWith('a tie') ? 'ties' : /^(.*) wins at/.exec(c.label ?? '')?.[1];
    if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
  }
  const said = new Map(
    sentence
      .replace(/^Wins: /, '')
      .replace(/\.$/, '')
      .split(', ')
      .filter((x) => x !== 'none')
      .map((x) => {
        const i = x.lastIndexOf(' ');
        return [x.slice(0, i), Number(x.slice(i + 1))] as [string, number];
      }),
  );
  const a = JSON.stringify([...counts].sort());
  const b = JSON.stringify([...said].sort());
  return a === b ? null : `says ${b}, cells say ${a}`;
};

/** The map's sides: async's wins among decided cells with P > 1 on each side of P = M + 1. */
const sides = (sentence: string, chart: Chart): Verdict => {
  if (chart.type !== 'heatmap') return 'not a map';
  const side = (above: boolean) => {
    const mine = chart.cells.filter(
      (c) => c.value !== null && Number(c.x) > Number(c.y) + 1 === above && Number(c.x) > 1,
    );
    return `${mine.filter((c) => (c.value as number) < 1).length} of ${mine.length}`;
  };
  return all([
    sentence.includes(`fastest in ${side(false)} decided cells`)
      ? null
      : `below: not ${side(false)}: ${sentence}`,
    sentence.includes(`beyond it in ${side(true)}.`) ? null : `beyond: not ${side(true)}: ${sentence}`,
  ]);
};

/** The verdict on the hypothesis follows from the two shares it reports just before. */
const verdict = (sentence: string, chart: Chart, out: RunOutput): Verdict => {
  const summary = chart.summary ?? '';
  const m = /fastest in (\d+) of (\d+) decided cells, beyond it in (\d+) of (\d+)\./.exec(summary);
  if (!m) return `no shares before: ${sentence}`;
  const a = Number(m[1]) / Number(m[2]);
  const b = Number(m[3]) / Number(m[4]);
  if (Math.abs(a - b) >= 0.25)
    return sentence.includes('shifts across τ_crit') ? null : `shares ${a}, ${b}: ${sentence}`;
  if (Math.min(a, b) > 0.5)
    return sentence.includes('an asynchronous racer wins most cells on both sides') ? null : sentence;
  if (Math.max(a, b) < 0.5)
    return sentence.includes('fewer than half the cells on both sides') ? null : sentence;
  return sentence.includes('does not shift') && !sentence.includes('most cells')
    ? null
    : `${out.link}: ${sentence}`;
};

/** "The dashed bounds rise here": Lemma 2's curve ends above where it starts. */
const boundsRise = (_: string, chart: Chart): Verdict => {
  const pts = valued(seriesOf(chart, 'lemma-2'));
  return pts.length && pts[pts.length - 1].y > pts[0].y ? null : 'Lemma 2’s curve does not rise';
};

/** "b̂ rises as ‖∇f‖² falls, and it jumps after each step decay" — said only with σ² > 0. */
const bhatRisesAndJumps: Check = (chart, out) => {
  if (!((out.params.sigma2 as number) > 0)) return null;
  const pts = valued(seriesOf(chart, 'final'));
  return all([pts[pts.length - 1].y >= 5 * pts[0].y ? null : 'b̂ does not rise', jumps(chart, ['final'])]);
};

/** One-run: the steps it says the tuned run took are where its curve first reaches tol. */
const oneRunSteps = (sentence: string, chart: Chart, out: RunOutput): Verdict => {
  const m = /The tuned step reaches tol = [\d.e-]+ in (\d+) steps/.exec(sentence);
  if (!m) return null;
  const n = Number(m[1]);
  const tol = out.params.tol as number;
  const pts = valued(seriesOf(chart, 'tuned'));
  const early = pts.filter((p) => p.x < n && p.y <= tol);
  const late = pts.filter((p) => p.x >= n && p.y > tol);
  return early.length || late.length ? `tuned curve disagrees with ${n} steps` : null;
};

const timeVsK: SummaryEntry[] = [
  theory('The async variants do not wait for stragglers'),
  convention('Dashed: closed forms'),
  convention('Closed forms assume the paper’s model'),
  generated('Every simulated curve rises with K', byGenerator('kvariants/time-vs-k-*')),
  generated('The simulated curves rise with K except', byGenerator('kvariants/time-vs-k-*')),
  generated('K-sync is the fastest', byGenerator('kvariants/time-vs-k-*')),
  generated('K-batch-sync is the fastest', byGenerator('kvariants/time-vs-k-*')),
  generated('K-async is the fastest', byGenerator('kvariants/time-vs-k-*')),
  generated('K-batch-async is the fastest', byGenerator('kvariants/time-vs-k-*')),
  generated('K-async is slower than K-sync', byGenerator('kvariants/time-vs-k-*')),
];

const timelineVariant: SummaryEntry[] = [
  theory('K-sync:'),
  theory('K-batch-sync:'),
  theory('K-async:'),
  theory('K-batch-async:'),
  convention('Every variant draws its compute times from the same random stream'),
  convention('With communication'),
  convention('Slow learners'),
];

export const SUMMARY_SENTENCES: Record<string, SummaryEntry[]> = {
  'speedup/speedup-vs-b': [theory('Speedup follows the linear line b until b reaches b_crit')],
  'speedup/iterations-vs-b': [theory('Iterations at batch b relative to b = 1 fall like 1/b')],
  'speedup/lr-averaged-vs-b': [theory('With averaged gradients the best step γ_mb grows linearly with b')],
  'speedup/lr-summed-vs-b': [theory('Per gradient (summed form), the critical step γ_crit')],
  'minibatch/steps-vs-b': [
    claim('Parallel time (mini-batch steps) falls like 1/b', stepsKnee),
    convention('Noise:'),
  ],
  'minibatch/tuned-step-averaged': [
    claim('The best averaged step grows about linearly with b', (c, o) =>
      all([averagedLinearThenFlat(c, o), nearOneOverL(c, o)]),
    ),
  ],
  'minibatch/tuned-step-summed': [
    claim('Per summed gradient the best step stays within a factor 2', (c, o) =>
      all([flatThenFalls(c, o, 'm-', 1), stepKnee(c, o, 'm-')]),
    ),
  ],
  'minibatch/one-run': [
    convention('Distance to the target'),
    generated('The tuned step', oneRunSteps),
    theory('Too small a step crawls'),
  ],
  'async/async-speedup': [
    theory('Delayed gradients are parallelism too'),
    claim('It falls like 1/', asyncKnee),
    convention('Noise:'),
    theory('With P learners the staleness is random'),
  ],
  'async/async-step': [
    claim('The best step stays within a factor 2', (c, o) => flatThenFalls(c, o, 'm-', o.params.b as number)),
  ],
  'async/sparsity-speedup': [
    claim('Each stochastic gradient touches one block in B', (c, o) =>
      all([constDelayOnly(blocksKnee)(c, o), uniformBendsLater(c, o)]),
    ),
    convention('The base block is the Sec. 7.1 quadratic'),
  ],
  'async/table-1': [
    theory('The conditions of Table 1 are O(·) without constants'),
    theory('De Sa et al. 2015 and Nguyen et al. 2019 state no Δ-dependent condition'),
    convention('Points: the largest simulated τ'),
  ],
  'async/mask-steps': [
    theory('A random mask with E[α·m] = 1 makes gradients sparse'),
    generated('At every τ simulated', byGenerator('async/mask-steps')),
    generated('At τ = ', byGenerator('async/mask-steps')),
    generated('A masked run needs less parallel time', byGenerator('async/mask-steps')),
    convention('How the unmasked run compares'),
  ],
  'async/sparsity-m': [
    theory('High sparsity forces high variance'),
    claim('Both constructions attain the bound', onThenAbove),
  ],
  'estimator/bhat-quadratic': [
    claim('With σ² > 0 the noise stops shrinking with the gradient', bhatRisesAndJumps),
    convention('Noise is measured per example in closed form'),
    convention('b̂_crit is the largest final b̂'),
  ],
  'estimator/steps-vs-b-estimator': [
    theory('The estimate from one run (the vertical mark, from the first chart) should sit near the knee'),
    convention('Each point is mini-batch SGD on the same quadratic'),
  ],
  'estimator/bhat-logistic': [
    claim('Label noise leaves per-example gradient noise at the optimum', (c) =>
      all([bSimpleGrows(c, {} as RunOutput), jumps(c, ['final', 'b-simple'])]),
    ),
    convention('E‖g − ∇f‖² per example is'),
    convention('The paper measured this on ResNet-8/18'),
  ],
  'estimator/logistic-dataset': [
    convention('xᵢ ~ N(0, I)'),
    convention('The paper measured this on ResNet-8/18'),
  ],
  'runtime/sync-async-ratio': [
    theory('For the same number of updates, synchronous SGD waits for the slowest of P learners'),
    theory('For exponential times it is P·H_P ='),
  ],
  'runtime/order-stats-vs-k': [
    theory('E[X_{K:P}] is the time per update of K-sync SGD'),
    generated('Here it rises', byGenerator('runtime/order-stats-vs-k')),
  ],
  'runtime/service-time-density': [
    theory('The density of one learner’s time per mini-batch gradient'),
    convention('Point masses'),
  ],
  'runtime/distributions': [],
  'minibatch/problem': [],
  'kvariants/time-vs-k-*': timeVsK,
  'kvariants/theorem-2': [
    theory('K-async makes its K learners wait for the update'),
    theory('For exponential times the ratio of their runtimes is'),
  ],
  'kvariants/staleness': [
    theory('The sync variants apply only fresh gradients'),
    theory('K-async and K-batch-async apply gradients computed at older parameters'),
  ],
  'kvariants/detail': [convention('Means over'), convention('Utilisation:')],
  'kvariants/distributions': [
    theory('New-longer-than-used:'),
    theory('Lemma 5’s bound on K-async holds only then'),
  ],
  'kvariants/service-time-density': [
    theory('The density of one learner’s time per mini-batch gradient'),
    convention('Point masses'),
  ],
  'kvariants/service-time-tail': [theory('On log–log axes a power-law tail (Pareto) is a straight line')],
  'timeline/timeline-ksync': timelineVariant,
  'timeline/timeline-kbatchsync': timelineVariant,
  'timeline/timeline-kasync': timelineVariant,
  'timeline/timeline-kbatchasync': timelineVariant,
  'timeline/timeline-stats': [convention('One run per variant'), convention('Staleness:')],
  'race/bounds-vs-time': [
    generated('Bounds on E[F(w) − F⋆]', boundsSummary),
    generated('Not met:', notMetOnce),
    theory('At K = 1 Theorem 3’s printed step condition'),
    theory("At K = 1 Theorem 3's printed step condition"),
    theory("Theorem 3's printed step condition equals"),
  ],
  'race/error-vs-time': [
    convention('Each learner computes its gradient at the parameters it last read'),
    generated('Mid-run', byGenerator('race/error-vs-time')),
    generated('At the end', byGenerator('race/error-vs-time')),
    convention('Which contestant leads'),
    convention('A synthetic logistic regression stands in'),
    claim('Softmax regression on real handwritten digits', noBounds),
    generated('The dashed bounds rise here', boundsRise),
  ],
  'race/test-error-vs-time': [
    convention('The same runs as the training-loss chart'),
    generated('At the end of the horizon:', heldOutAtEnd),
  ],
  'race/eq13-vs-fixed': [
    theory('Eq. 13 shrinks the step of a gradient computed far from the current parameters'),
    theory('In the paper, under heavy staleness'),
    generated('Here ', byGenerator('race/eq13-vs-fixed')),
  ],
  'race/adasync-schedule': [theory('Start asynchronous (K = 1) for fast early progress')],
  'race/who-wins': [
    convention('Colour: the best asynchronous racer'),
    convention('[CP] quadratic'),
    convention('Hypothesis (not a result of either paper)'),
    generated('Wins:', tally),
    generated('What it shows:', sides),
    generated('So on this map', verdict),
    convention('Not run:'),
    convention('Choose a compute time with a finite mean'),
  ],
};

export function entryFor(key: string, sentence: string): SummaryEntry | undefined {
  return (SUMMARY_SENTENCES[key] ?? []).find((e) => sentence.startsWith(e.start));
}

export { xy };
