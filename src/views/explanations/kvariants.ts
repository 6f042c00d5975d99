// The kvariants view ([SS] Fig. 6, Lemmas 3–5, Theorem 2): src/experiments/kvariants draws these.

import { timeFinding } from '../../experiments/kvariants/timeFinding';
import { ageing, densityExplanation, ORDER_STATS, PARAMETERISATIONS, tailExplanation } from './serviceTime';
import type { Explanation, ViewExplanations } from './types';

const VARIANTS =
  'The variants ([SS] Sec. 2.3, Figs. 3–4): K-sync — all P learners start from w_j, the PS updates with the first K and cancels the rest (K = P: fully synchronous); K-batch-sync — the same, but a learner that finishes starts another mini-batch at w_j, and the PS takes the first K mini-batches from any learners; K-async — the PS updates after the first K learners finish and sends the new w to those K only, the others keep working and later return stale gradients (K = 1: Async SGD); K-batch-async — every learner pushes when done, pulls the current w and starts again, and the PS updates after every K mini-batches.';

const SIMULATED =
  'Simulated event by event for every K = 1…P: total time of J updates, mean over the repetitions (seeds=), band a 95 % interval — or, when X has infinite variance, the 2.5–97.5 % range of the repetitions. The closed forms assume the paper’s model (no communication time, identical learners); with comm > 0 or slow learners (nslow, slowx) they are not drawn.';

const timeVsK: Explanation = {
  tex: String.raw`\begin{gathered} \text{K-sync: } J\,\mathbb E[X_{K:P}] \qquad \text{K-batch-sync, } X \sim \exp(\mu)\text{: } \frac{JK}{P\mu} \\ \text{K-async: } \le J\,\mathbb E[X_{K:P}]\ \ (X \text{ new-longer-than-used}) \qquad \text{K-batch-async: } \frac{JK\,\mathbb E[X]}{P}\ \ (J \to \infty) \end{gathered}`,
  where: '[SS] Fig. 6; Lemma 3 (Eq. 14), Lemma 4 (Eq. 15), Lemma 5 (Eq. 18)',
  // Generated from the chart's simulated curves (experiments/kvariants/timeFinding): which rise,
  // which variant is fastest from which K, where K-async is slower than K-sync.
  notice: (chart) =>
    timeFinding(chart.type === 'xy' ? chart.series : []) ||
    'Larger K means waiting for more learners per update. What the simulated curves show is said here as they finish.',
  details: `${VARIANTS}\n\nClosed forms (dashed): Lemma 3 for K-sync; each K-batch-sync iteration is Erlang(K, Pμ) for exponential X only (for shexp it is not drawn); Lemma 5’s bound on K-async holds only for new-longer-than-used X (a task that has run a while needs no more time than a fresh one) — with equality for exponential X — and is drawn only there (Pareto is neither class); Lemma 4 (renewal theory) is a large-J limit: from a synchronised start a finite run differs by about E[X], longer for heavy tails.\n\n${SIMULATED}\n\nFig. 6 uses J = 2000 and K up to 20; P is not stated in our text, so P = 20. ${PARAMETERISATIONS}`,
};

export const kvariantsExplanations: ViewExplanations = {
  byId: {
    'theorem-2': {
      tex: String.raw`\frac{\mathbb E[T_{K\text{-async}}]}{\mathbb E[T_{K\text{-batch-async}}]} = \frac{P\,\mathbb E[X_{K:P}]}{K\,\mathbb E[X]} \;\overset{\exp(\mu)}{=}\; \frac{P\,(H_P - H_{P-K})}{K} \approx \frac{P}{K}\ln\frac{P}{P-K}`,
      where: '[SS] Theorem 2',
      notice:
        'At K = 1 both variants are Async SGD and the ratio is 1; beyond, K-async is slower, because its learners idle while the PS waits for K of them and K-batch-async’s never do. For exponential times the gap grows with K up to H_P at K = P.',
      details: `For exponential times Theorem 2 gives the solid curve: the numerator is Lemma 5 with equality, J·E[X_{K:P}], the denominator Lemma 4, JK·E[X]/P. The same ratio holds for K-sync over K-batch-sync. The simulated curves are ratios of the mean total times over the repetitions, for every distribution, so you can see how far the theorem carries over; the approximation ln(P/(P − K)) is infinite at K = P, where the exact P·H_P/P = H_P is finite.\n\nThis chart appears only when both K-async and K-batch-async are among the variants (variants=).\n\n${VARIANTS}`,
    },
    staleness: {
      tex: String.raw`s = j - \tau(l, j),\qquad w_{j+1} = w_j - \frac{\eta}{K}\sum_{l \le K} g\big(w_{\tau(l,j)}, \xi_{l,j}\big),\qquad p_0 \le \Pr[\tau(l,j) = j \mid \text{past}]`,
      where: '[SS] Eq. (3), Theorem 3 (p₀), Figs. 3–4',
      notice:
        'The sync variants apply only fresh gradients (staleness 0) and are not drawn. The async ones spread over a range of staleness; the bar at 0 is the share of fresh gradients, which Theorem 3’s p₀ bounds from below.',
      details: `Staleness of an applied gradient: the number of updates between the read of the parameters it was computed at and the update that applies it. Pooled over the repetitions at the detail K (K=); the last bin collects everything at or beyond it. For exponential Async SGD (K = 1), [SS] takes p₀ = 1/P. A measured fraction is an average, not the infimum the theorem asks for.\n\n${VARIANTS}`,
    },
    detail: {
      tex: String.raw`\frac{T}{J},\qquad \bar s,\qquad \Pr[s = 0],\qquad \text{utilisation} = \frac{\text{learner time computing}}{P\,T},\qquad \text{wasted} = \frac{\text{compute cancelled}}{\text{compute}}`,
      where: '[SS] Sec. 3–4',
      notice:
        'The price of each variant in one row: sync variants cancel the work still running at an update, async variants keep it and pay in staleness instead. Compare the time per update with the closed forms of the chart above.',
      details: `Measured in the event simulation at the detail K (K=), means over the repetitions. Time per update: total time over J. Staleness as in the staleness chart. Utilisation: the share of learner time spent computing (applied or not); wasted: the share of that compute time thrown away by cancellation.\n\n${SIMULATED}`,
    },
    distributions: {
      tex: String.raw`\Pr[X > u + t \mid X > t] \le \Pr[X > u]\quad \forall\, t, u \ge 0 \qquad (\text{new-longer-than-used})`,
      where: '[SS] Definition 3, Lemma 5',
      notice:
        'The ageing column decides whether Lemma 5’s bound on K-async applies. Pareto is neither new-longer nor new-shorter than used: no bound is drawn for it, and there K-async can lose to K-sync.',
      details: `${ageing}\n\nE[X_{K:P}] is the expected time per update of K-sync at the detail K. ${ORDER_STATS}\n\n${PARAMETERISATIONS}`,
    },
    'service-time-density': densityExplanation,
    'service-time-tail': tailExplanation,
  },
  byPrefix: [{ prefix: 'time-vs-k-', explain: () => timeVsK }],
};
