// Every sentence of every written explanation notice (src/views/explanations), classified:
//  - theory: a statement of the papers' mathematics or of the algorithm, true for every link;
//  - convention: what the chart draws or how to read it;
//  - claim: a statement about the numbers, with a predicate over the chart's JSON that
//    explanationClaims.test.ts evaluates on the view's default link and its preset links.
// Notices written as functions of the chart (generated from its numbers) are listed in GENERATED
// with a predicate that checks what the generated sentence says against the numbers.
// A sentence added or changed in a notice fails the coverage test until it is classified here.

import type { Chart, RunOutput } from '../../../src/experiments/contract';
import {
  all,
  byM,
  type Check,
  jumpAt,
  kneeNear,
  kneeOf,
  mPrime,
  seriesOf,
  type Verdict,
  valued,
  xy,
} from './chartFacts';

export interface Entry {
  sentence: string;
  kind: 'theory' | 'convention' | 'claim';
  check?: Check;
}

const theory = (sentence: string): Entry => ({ sentence, kind: 'theory' });
const convention = (sentence: string): Entry => ({ sentence, kind: 'convention' });
const claim = (sentence: string, check: Check): Entry => ({ sentence, kind: 'claim', check });

const xmaxOf = (chart: Chart) => Math.max(...xy(chart).series.flatMap((s) => s.points.map((p) => p.x)));

// ---- minibatch ----------------------------------------------------------------------------------

/** Steps chart: relative steps follow 1/b (within 1.5×) up to an eighth of the mark and bend within 4× of it. */
export const stepsKnee: Check = (chart, out) =>
  all(
    byM(chart)
      .filter(({ M }) => M > 0)
      .flatMap(({ M, s }) => {
        const mark = mPrime(out, M) + 1;
        const early = valued(s).filter((p) => p.x <= mark / 8);
        const bad = early.filter((p) => p.y * p.x > 1.5 || p.y * p.x < 1 / 1.5);
        return [
          bad.length ? `M = ${M}: off the 1/b line at b = ${bad.map((p) => p.x).join(', ')}` : null,
          kneeNear(`M = ${M}`, kneeOf(s), mark, xmaxOf(chart), 4),
        ];
      }),
  );

const exactFlat: Check = (chart) => {
  const m0 = byM(chart).find(({ M }) => M === 0);
  if (!m0) return null;
  const off = valued(m0.s).filter((p) => Math.abs(p.y - 1) > 1e-9);
  return off.length ? `M = 0 not flat at b = ${off.map((p) => p.x).join(', ')}` : null;
};

/** The summed step: within 2× of its b = 1 value while x < M′, like 1/x (within 2×) from 4M′ on. */
export function flatThenFalls(chart: Chart, out: RunOutput, prefix: string, scaleOfX: number): Verdict {
  return all(
    byM(chart, prefix).flatMap(({ M, s }) => {
      const mp = mPrime(out, M);
      const pts = valued(s);
      if (!pts.length) return [];
      const y1 = pts[0].y;
      const flat = pts.filter((p) => p.x * scaleOfX < mp && p.y < y1 / 2 - 1e-15);
      const beyond = pts.filter((p) => p.x * scaleOfX >= 4 * mp);
      const ref = beyond[0];
      const notLike = ref
        ? beyond.filter((p) => p.y * p.x > 2 * ref.y * ref.x || p.y * p.x < (ref.y * ref.x) / 2)
        : [];
      return [
        flat.length ? `M = ${M}: below half its first value at ${flat.map((p) => p.x).join(', ')}` : null,
        notLike.length ? `M = ${M}: not like 1/x at ${notLike.map((p) => p.x).join(', ')}` : null,
      ];
    }),
  );
}

/** The first x at which the step drops below its first value lies within 4× of M′ (or beyond the axis). */
export function stepKnee(chart: Chart, out: RunOutput, prefix: string): Verdict {
  return all(
    byM(chart, prefix)
      .filter(({ M }) => M > 0)
      .map(({ M, s }) => {
        const pts = valued(s);
        const drop = pts.find((p) => p.y < pts[0].y * (1 - 1e-9))?.x;
        return kneeNear(
          `M = ${M} (step)`,
          drop === undefined ? undefined : drop,
          mPrime(out, M),
          xmaxOf(chart),
          4,
        );
      }),
  );
}

/** b·γ⋆ grows like b (within 2×) up to M′/4 and stays within 2× from 4M′ on. */
export const averagedLinearThenFlat: Check = (chart, out) =>
  all(
    byM(chart).flatMap(({ M, s }) => {
      const mp = mPrime(out, M);
      const pts = valued(s);
      if (!pts.length) return [];
      const y1 = pts[0].y;
      const early = pts.filter((p) => p.x <= mp / 4 && (p.y / y1 > 2 * p.x || p.y / y1 < p.x / 2));
      const beyond = pts.filter((p) => p.x >= 4 * mp);
      const off = beyond.filter((p) => p.y > 2 * beyond[0].y || p.y < beyond[0].y / 2);
      return [
        early.length ? `M = ${M}: not like b at ${early.map((p) => p.x).join(', ')}` : null,
        off.length ? `M = ${M}: not flat at ${off.map((p) => p.x).join(', ')}` : null,
      ];
    }),
  );

/** The flat levels (at the largest b, for curves flat there) lie within 4× of 1/L from the problem table. */
export const nearOneOverL: Check = (chart, out) => {
  const table = out.charts.find((c) => c.id === 'problem');
  const row = table?.type === 'table' ? table.rows.find((r) => String(r[0]).startsWith('L ')) : undefined;
  const L = Number(row?.[1]);
  if (!Number.isFinite(L)) return 'no L in the problem table';
  return all(
    byM(chart).map(({ M, s }) => {
      const pts = valued(s);
      const last = pts[pts.length - 1];
      if (!last || last.x < 4 * mPrime(out, M)) return null;
      return last.y > 4 / L || last.y < 1 / (4 * L)
        ? `M = ${M}: flat level ${last.y} against 1/L = ${1 / L}`
        : null;
    }),
  );
};

/** The one-run chart: the tuned run reaches the target, and before the run at the user's γ if that does. */
const tunedFirst: Check = (chart) => {
  const target = xy(chart).marks?.find((m) => m.axis === 'y')?.value;
  if (target === undefined) return 'no target mark';
  const first = (id: string) => valued(seriesOf(chart, id)).find((p) => p.y <= target)?.x;
  const tuned = first('tuned');
  const mine = first('your-gamma');
  if (tuned === undefined) return 'the tuned run never reaches the target';
  return mine !== undefined && mine < tuned ? `your γ reaches it first (${mine} < ${tuned})` : null;
};

// ---- async --------------------------------------------------------------------------------------

/** Delayed SGD bends within 4× of τ·b = M′ + 1 and within 4× of the mini-batch curve of the same M. */
export const asyncKnee: Check = (chart, out) => {
  const b = out.params.b as number;
  return all(
    byM(chart).flatMap(({ M, s }) => {
      const mark = (mPrime(out, M) + 1) / b;
      const mini = seriesOf(chart, `minibatch-m-${M}`);
      const k = kneeOf(s);
      const km = mini ? kneeOf(mini) : undefined;
      return [
        kneeNear(`M = ${M}`, k, mark, xmaxOf(chart), 4),
        k !== undefined && km !== undefined && (k > 4 * km || k < km / 4)
          ? `M = ${M}: knee ${k} against the mini-batch knee ${km}`
          : null,
      ];
    }),
  );
};

/** Sec. 6.1: each Δ < 1 curve keeps to 1/τ (within 1.5×) up to 1/Δ and is off it by more than 2× from 4/Δ on. */
export const blocksKnee: Check = (chart) =>
  all(
    xy(chart)
      .series.filter((s) => /^delta-\d+$/.test(s.id) && s.id !== 'delta-1')
      .flatMap((s) => {
        const B = Number(s.id.slice(6));
        const pts = valued(s);
        const early = pts.filter((p) => p.x <= B && p.y * p.x > 1.5);
        const late = pts.filter((p) => p.x >= 4 * B && p.y * p.x <= 2);
        return [
          early.length ? `1/Δ = ${B}: off 1/τ at ${early.map((p) => p.x).join(', ')}` : null,
          late.length ? `1/Δ = ${B}: still near 1/τ at ${late.map((p) => p.x).join(', ')}` : null,
        ];
      }),
  );

export const denseCostsAtOnce: Check = (chart) => {
  const pts = valued(seriesOf(chart, 'delta-1')).filter((p) => p.x >= 2);
  const good = pts.filter((p) => p.y * p.x < 1.5);
  return good.length ? `Δ = 1 near linear speedup at τ = ${good.map((p) => p.x).join(', ')}` : null;
};

/** The Sec. 6 runs use the const delay unless the link says delay=uniform (then the claim is not made). */
export const constDelayOnly =
  (check: Check): Check =>
  (chart, out) =>
    out.params.delay === 'uniform' ? null : check(chart, out);

/** With delay=uniform the Sec. 6.1 curves bend later than 1/Δ: efficiency ≥ ½ at τ = 1/Δ and beyond. */
export const uniformBendsLater: Check = (chart, out) =>
  out.params.delay !== 'uniform'
    ? null
    : all(
        xy(chart)
          .series.filter((s) => /^delta-\d+$/.test(s.id) && s.id !== 'delta-1')
          .map((s) => {
            const B = Number(s.id.slice(6));
            const k = kneeOf(s);
            return k !== undefined && k <= B ? `1/Δ = ${B}: bends at ${k}, not later` : null;
          }),
      );

const measured = (chart: Chart, m0: number) =>
  xy(chart).series.filter((s) => s.kind === 'measured' && s.id.endsWith(`-m0-${m0}`));

/** Corollary 2 on measured points: 1 + M ≥ 1/Δ̂ (2 % Monte Carlo slack). */
const aboveCorollary2: Check = (chart) =>
  all(
    xy(chart)
      .series.filter((s) => s.kind === 'measured')
      .flatMap((s) =>
        valued(s).map((p) => (p.y < (1 / p.x) * 0.98 ? `${s.id}: ${p.y} below 1/Δ = ${1 / p.x}` : null)),
      ),
  );

/** Without base noise within 10 % of the line; with base noise at least 1.5× above it. */
export const onThenAbove: Check = (chart) =>
  all([
    ...measured(chart, 0).flatMap((s) =>
      valued(s).map((p) =>
        Math.abs(p.y * p.x - 1) > 0.1 ? `${s.id}: ${p.y} not on 1/Δ = ${1 / p.x}` : null,
      ),
    ),
    ...measured(chart, 1).flatMap((s) =>
      valued(s).map((p) => (p.y * p.x < 1.5 ? `${s.id}: ${p.y} not above 1/Δ = ${1 / p.x}` : null)),
    ),
  ]);

// ---- estimator ----------------------------------------------------------------------------------

const decayMarks = (chart: Chart) =>
  (xy(chart).marks ?? []).filter((m) => m.axis === 'x' && m.label.startsWith('step ÷'));

/** Each series named jumps by at least 1.5× (geometric means) across every step-decay mark. */
export function jumps(chart: Chart, ids: string[]): Verdict {
  return all(
    ids.flatMap((id) =>
      decayMarks(chart).map((m) => {
        const r = jumpAt(seriesOf(chart, id), m.value);
        return r >= 1.5 ? null : `${id}: ×${r.toFixed(2)} across the decay at ${m.value}`;
      }),
    ),
  );
}

const bhatQuadratic: Check = (chart, out) => {
  const pts = valued(seriesOf(chart, 'final'));
  const start = 1 + mPrime(out, out.params.M as number);
  return all([
    Math.abs(pts[0].y / start - 1) > 0.15 ? `starts at ${pts[0].y}, not near 1 + M′ = ${start}` : null,
    pts[pts.length - 1].y < 5 * pts[0].y ? `does not rise: ${pts[0].y} → ${pts[pts.length - 1].y}` : null,
    jumps(chart, ['final']),
  ]);
};

export const bSimpleGrows: Check = (chart) => {
  const pts = valued(seriesOf(chart, 'b-simple'));
  return pts[pts.length - 1].y >= 100 * pts[0].y ? null : `B_simple ${pts[0].y} → ${pts[pts.length - 1].y}`;
};

// ---- runtime, kvariants -------------------------------------------------------------------------

/** Every ratio curve lies at or above P and its gap to P grows (5 % slack for Monte Carlo curves). */
const aboveLineP: Check = (chart) =>
  all(
    xy(chart)
      .series.filter((s) => s.kind === 'theory' || s.kind === 'simulation')
      .flatMap((s) => {
        const pts = valued(s);
        const below = pts.filter((p) => p.y < p.x * (1 - 1e-9));
        const shrinks = pts.filter(
          (p, i) => i > 0 && p.y - p.x < (pts[i - 1].y - pts[i - 1].x) * 0.95 - 1e-9,
        );
        return [
          below.length ? `${s.id}: below P at ${below.map((p) => p.x).join(', ')}` : null,
          shrinks.length ? `${s.id}: gap shrinks at ${shrinks.map((p) => p.x).join(', ')}` : null,
        ];
      }),
  );

const kAsyncSlowerBeyondOne: Check = (chart) =>
  all(
    xy(chart)
      .series.filter((s) => s.kind === 'simulation')
      .map((s) => {
        const bad = valued(s).filter((p) => p.x >= 2 && p.y <= 1);
        return bad.length ? `${s.id}: ratio ≤ 1 at K = ${bad.map((p) => p.x).join(', ')}` : null;
      }),
  );

export const NOTICE_SENTENCES: Record<string, Entry[]> = {
  'speedup/speedup-vs-b': [
    theory(
      'Each curve hugs the line S = b while b is well below its b_crit mark, then bends and levels off at about b_crit.',
    ),
    theory(
      'A noisier problem (larger M) has a later bend: noise is what makes parallel gradients worth computing.',
    ),
  ],
  'speedup/iterations-vs-b': [
    theory(
      'Iterations (parallel steps) fall like 1/b while b is below b_crit, then flatten at 1/b_crit: past that point a bigger batch buys no fewer steps.',
    ),
    theory('The flat level is lower, and reached later, for noisier problems.'),
  ],
  'speedup/lr-averaged-vs-b': [
    theory(
      'With averaged mini-batches the step follows the linear scaling rule (the thin line of the same colour) only up to about b = M (the marks); beyond it the step stops growing.',
    ),
    theory(
      'So "scale the learning rate with the batch" is right exactly in the regime where the batch still buys speed.',
    ),
  ],
  'speedup/lr-summed-vs-b': [
    theory(
      'Per summed gradient, the safe step is nearly flat while b is below M and falls like 1/b beyond it.',
    ),
    theory(
      'Flat means each extra gradient moves the iterate as far as a sequential step would: that is linear speedup.',
    ),
  ],
  'minibatch/steps-vs-b': [
    claim(
      'Each solid curve follows the 1/b line (linear speedup) while b is small and flattens near its mark at b = M′ + 1; the dashed curve of the same colour is the closed-form prediction.',
      stepsKnee,
    ),
    claim('M = 0 (exact gradients) is flat from the start: batching exact gradients never helps.', exactFlat),
  ],
  'minibatch/tuned-step-averaged': [
    claim(
      'Multiplied by b, the tuned step is the step of an averaged mini-batch: it grows about like b (the linear scaling rule) while b is below M′ and stays about flat beyond.',
      averagedLinearThenFlat,
    ),
    claim('The flat level is near gradient descent’s best step, of order 1/L.', nearOneOverL),
  ],
  'minibatch/tuned-step-summed': [
    claim(
      'Per summed gradient the best step stays within a factor 2 (one grid step) of its value at b = 1 while b is below M′ and falls like 1/b beyond it.',
      (c, o) => flatThenFalls(c, o, 'm-', 1),
    ),
    claim(
      'On a log–log plot that is a knee near b = M′ (within a factor 4), as in the steps chart.',
      (c, o) => stepKnee(c, o, 'm-'),
    ),
  ],
  'minibatch/one-run': [
    claim('The tuned step reaches the target line first.', tunedFirst),
    theory(
      'A smaller step crawls down all the way; a larger one falls fast, then stalls on a noise floor above the target — or diverges.',
    ),
  ],
  'minibatch/problem': [
    convention(
      'The constants every chart of this view depends on: L bounds the stable step, κ = L/μ sets how many steps even gradient descent needs.',
    ),
    convention('The last rows say what each M amounts to as Property 3’s constant M′.'),
  ],
  'async/async-speedup': [
    claim(
      'Solid curves (delayed SGD) follow the 1/τ line and bend near the marks at bτ = M′ + 1, much like the dashed mini-batch curves of the same M at batch bτ.',
      asyncKnee,
    ),
    theory('Delay is parallelism too, and it is free only up to the same critical level.'),
  ],
  'async/async-step': [
    claim(
      'The tuned step stays within a factor 2 (one grid step) of its value at τ = 1 while bτ is below M′ and falls like 1/τ beyond it, parallel to the safe step γ_crit.',
      (c, o) => flatThenFalls(c, o, 'm-', o.params.b as number),
    ),
    theory('The gap between the two comes from Theorem 1’s conservative constant 1/10, not a disagreement.'),
  ],
  'async/sparsity-speedup': [
    claim(
      'With a constant delay each curve keeps to the 1/τ line up to about τ = 1/Δ (its mark) and flattens beyond: sparser gradients tolerate longer delays (uniformly random delays, half as long on average, bend later).',
      (c, o) => all([constDelayOnly(blocksKnee)(c, o), uniformBendsLater(c, o)]),
    ),
    claim(
      'Δ = 1 means dense, noiseless gradients here (M = 0), so any constant delay costs from the start.',
      constDelayOnly(denseCostsAtOnce),
    ),
  ],
  'async/table-1': [
    theory(
      'On log–log axes each analysis is a line through τ = 1 at Δ = 1: the steeper the line, the more delay it allows for sparse gradients.',
    ),
    convention('The points, measured on B = 1/Δ blocks, show which slope the simulation actually follows.'),
  ],
  'async/sparsity-m': [
    claim(
      'Every point lies on or above the line 1 + M = 1/Δ: a sparse unbiased gradient must be noisy.',
      aboveCorollary2,
    ),
    claim(
      'Without base noise (M₀ = 0) both constructions sit on the line; base noise lifts them above it.',
      onThenAbove,
    ),
  ],
  'estimator/bhat-quadratic': [
    claim(
      'While the gradient is large b̂ sits near 1 + M′; as ‖∇f‖² shrinks towards the noise floor it rises, with a jump after each step decay (vertical marks).',
      bhatQuadratic,
    ),
    convention(
      'Its largest value up to the target (the horizontal mark) is the estimate of b_crit that the next chart puts to the test.',
    ),
  ],
  'estimator/steps-vs-b-estimator': [
    theory(
      'If the estimate is good, the vertical mark sits near the knee where the simulated points leave the 1/b line.',
    ),
    theory('Left of it a bigger batch pays almost in full; right of it, less and less.'),
  ],
  'estimator/bhat-logistic': [
    claim(
      'Along the run B_simple grows by orders of magnitude (jaggedly: it is one SGD path), because label noise keeps per-example gradients apart even at the optimum.',
      bSimpleGrows,
    ),
    claim(
      'The estimate b̂ follows it while ‖∇f‖² is large but is held below about 1 + tr Σ/ε̂_T by the ε̂_T in its denominator; both jump after each step decay.',
      (c) => jumps(c, ['final', 'b-simple']),
    ),
  ],
  'estimator/logistic-dataset': [
    theory(
      'σ⋆², the per-example gradient noise at the optimum, is what makes b̂ grow late in training; flipped labels keep it away from zero.',
    ),
    convention('ε̂_T and b̂_crit are the two numbers the logistic chart is built from.'),
  ],
  'runtime/sync-async-ratio': [
    claim(
      'Every curve lies above the line P (identical learners, no stragglers) and the gap widens with P: waiting for the slowest of P learners gets worse the more learners there are.',
      aboveLineP,
    ),
    theory(
      'For exponential times it grows like P ln P, for a Pareto tail of shape α like P^(1 + 1/α), faster still.',
    ),
  ],
  'runtime/service-time-density': [
    convention('The time one learner needs for one mini-batch gradient.'),
    theory(
      'What matters for stragglers is the right tail: the longer it is, the more a synchronous step that waits for the slowest learner costs.',
    ),
  ],
  'runtime/distributions': [
    theory(
      'Two distributions with the same mean can have very different maxima: compare shexp(1,1) and Pareto(2,1), both of mean 2.',
    ),
    convention('The last column is the ratio chart’s right end.'),
  ],
  'kvariants/theorem-2': [
    claim(
      'At K = 1 both variants are Async SGD and the ratio is 1; beyond, K-async is slower, because its learners idle while the PS waits for K of them and K-batch-async’s never do.',
      kAsyncSlowerBeyondOne,
    ),
    theory('For exponential times the gap grows with K up to H_P at K = P.'),
  ],
  'kvariants/staleness': [
    theory('The sync variants apply only fresh gradients (staleness 0) and are not drawn.'),
    theory(
      'The async ones spread over a range of staleness; the bar at 0 is the share of fresh gradients, which Theorem 3’s p₀ bounds from below.',
    ),
  ],
  'kvariants/detail': [
    theory(
      'The price of each variant in one row: sync variants cancel the work still running at an update, async variants keep it and pay in staleness instead.',
    ),
    convention('Compare the time per update with the closed forms of the chart above.'),
  ],
  'kvariants/distributions': [
    theory('The ageing column decides whether Lemma 5’s bound on K-async applies.'),
    theory(
      'Pareto is neither new-longer nor new-shorter than used: no bound is drawn for it, and there K-async can lose to K-sync.',
    ),
  ],
  'kvariants/service-time-density': [
    convention('The time one learner needs for one mini-batch gradient.'),
    theory(
      'What matters for stragglers is the right tail: the longer it is, the more a synchronous step that waits for the slowest learner costs.',
    ),
  ],
  'kvariants/service-time-tail': [
    theory(
      'On log–log axes a power-law tail (Pareto) is a straight line and an exponential tail drops off a cliff.',
    ),
    theory('The straight line means rare, very slow tasks: K-sync cancels them, K-async waits for them.'),
  ],
  'timeline/timeline-stats': [
    convention(
      'One run per variant, so these numbers are samples, not expectations: compare the measured time per update with the expected one beside it.',
    ),
    theory(
      'Sync variants cancel the work still running at an update; async variants keep it and pay in staleness instead.',
    ),
  ],
  'timeline/timeline-ksync': [
    theory(
      'Every update starts all P learners from the same parameters and ends when the K-th of them finishes: the slower P − K are cancelled and their work is thrown away.',
    ),
    theory('No gradient is ever stale.'),
  ],
  'timeline/timeline-kbatchsync': [
    theory(
      'As in K-sync all learners work at the same parameters, but a learner that finishes starts another mini-batch at once, so nobody idles; the update takes the first K mini-batches from any learners.',
    ),
    theory('Gradients stay fresh; the unfinished work is cancelled.'),
  ],
  'timeline/timeline-kasync': [
    theory(
      'The PS updates when K learners have finished and sends the new parameters to those K only; the others keep computing and their gradients arrive stale.',
    ),
    theory('Nothing is cancelled, so no work is wasted — the price is staleness.'),
  ],
  'timeline/timeline-kbatchasync': [
    theory(
      'Every learner pushes when done, pulls the current parameters and starts again; the PS updates after every K mini-batches.',
    ),
    theory('No learner ever idles and nothing is cancelled — the price is stale gradients.'),
  ],
  'race/adasync-schedule': [
    theory(
      'Each contestant starts asynchronous (K = 1) and waits for more learners every time its error falls tenfold: fast early progress from staleness, a lower floor later from synchrony.',
    ),
    theory('Async’s own K is capped at 1, so it stays flat.'),
  ],
  'race/test-error-vs-time': [
    theory(
      'Held-out error is what a trained model is for: training loss can keep falling while the error on unseen images stops improving.',
    ),
    convention(
      'The images scored here never enter a gradient; which ones are held out is fixed by the seed.',
    ),
  ],
  'race/who-wins': [
    convention(
      'Below 1 an asynchronous racer reached the target first, above 1 a synchronous one; hover a cell for the winner and its margin.',
    ),
    convention(
      'Compare the cells on either side of P = M + 1: the chart’s summary counts async’s wins on each side.',
    ),
  ],
};
