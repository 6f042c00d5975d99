// The runtime view ([SS] Theorem 1, Corollary 1, Fig. 5): src/experiments/runtime draws these.

import { orderStatsFinding } from '../../experiments/runtime/orderStatsFinding';
import { densityExplanation, ORDER_STATS, PARAMETERISATIONS } from './serviceTime';
import type { ViewExplanations } from './types';

const MONTE_CARLO =
  'Simulated: per repetition (seeds=), draws= groups of P learner times; the band is a 95 % normal-theory interval, except where the estimate has infinite variance — the maximum of Pareto(2,1) times does, since α(P − K + 1) = 2 at K = P — where it is the 2.5–97.5 % range of the repetitions’ estimates instead.';

export const runtimeExplanations: ViewExplanations = {
  byId: {
    'sync-async-ratio': {
      tex: String.raw`\frac{\mathbb E[T_{\mathrm{sync}}]}{\mathbb E[T_{\mathrm{async}}]} = \frac{P\,\mathbb E[X_{P:P}]}{\mathbb E[X]} \;\overset{X \sim \exp(\mu)}{=}\; P\,H_P \approx P\ln P`,
      where: '[SS] Theorem 1, Corollary 1, Fig. 5',
      notice:
        'Every curve lies above the line P (identical learners, no stragglers) and the gap widens with P: waiting for the slowest of P learners gets worse the more learners there are. For exponential times it grows like P ln P, for a Pareto tail of shape α like P^(1 + 1/α), faster still.',
      details: `Both run the same number J of updates. Fully synchronous SGD waits for all P learners, so an update takes X_{P:P}, the maximum of P draws (Lemma 3 with K = P); Async SGD updates whenever any learner finishes, on average every E[X]/P (renewal theory, Lemma 4 with K = 1). The ratio of the two is Theorem 1. For exp(μ), E[X_{P:P}] = H_P/μ, hence Corollary 1’s P·H_P, drawn beside it as P ln P.\n\nPer gradient the comparison is milder: a sync update carries P gradients, so waiting costs E[X_{P:P}]/E[X] per gradient (≈ H_P for exponential times). What each gradient is worth — fresh or stale — is [CP]’s question, taken up in the race view.\n\n${ORDER_STATS}\n\n${MONTE_CARLO}\n\n${PARAMETERISATIONS}`,
    },
    'order-stats-vs-k': {
      tex: String.raw`\mathbb E[X_{K:P}] = \int_0^1 F^{-1}(u)\,\frac{u^{K-1}(1-u)^{P-K}}{\mathrm B(K,\, P-K+1)}\,du \;\overset{\exp(\mu)}{=}\; \frac{H_P - H_{P-K}}{\mu},\qquad \mathbb E[T_{K\text{-sync}}] = J\,\mathbb E[X_{K:P}]`,
      where: '[SS] Lemma 3 (Eq. 14), Sec. 4',
      // How steep the last stretch is, per distribution, is generated from the exact curves.
      notice: (chart) =>
        `Waiting for the fastest K of P learners costs more the larger K is; at K = P the slowest learner sets the pace. ${orderStatsFinding(chart.type === 'xy' ? chart.series : []) || 'How steeply it rises near K = P shows once the curves are computed.'}`,
      details: `E[X_{K:P}] is the expected time per update of K-sync SGD (Lemma 3): all P learners start from the same parameters and the PS updates when the K-th finishes. ${ORDER_STATS}\n\n${MONTE_CARLO}`,
    },
    'service-time-density': densityExplanation,
    distributions: {
      tex: String.raw`\mathbb E[X],\quad \operatorname{Var}[X],\quad \mathbb E[X_{P:P}],\quad \frac{P\,\mathbb E[X_{P:P}]}{\mathbb E[X]}\ \text{ at } P = P_{\max}`,
      where: '[SS] Sec. 4, Theorem 1',
      notice:
        'Two distributions with the same mean can have very different maxima: compare shexp(1,1) and Pareto(2,1), both of mean 2. The last column is the ratio chart’s right end.',
      details: `E[X_{P:P}] is exact (closed form or quadrature), not simulated. ${ORDER_STATS}\n\n${PARAMETERISATIONS}`,
    },
  },
};
