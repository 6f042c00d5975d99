// The timeline view ([SS] Figs. 3–4, Sec. 2.3): src/experiments/timeline draws these.

import { PARAMETERISATIONS } from './serviceTime';
import type { Explanation, ViewExplanations } from './types';

const SAME_DRAWS =
  'Every variant draws its compute times from the same random stream (seed, P and distribution, not the variant), so the first round of times is identical and the differences between the charts are the algorithm’s, not luck. Time is in units of the compute-time distribution (dist=, exp(1) by default); comm= adds a communication time per push and pull, speed= makes some learners slower.';

const STATES =
  'Each lane is a learner (L1…LP) or the parameter server (PS); a bar is one mini-batch gradient, from the moment its learner read the parameters to its push, coloured by what became of it: applied fresh, applied stale, cancelled, or still running when the run stopped (plus communication and idle time). The PS lane marks the updates w_j. Hover a bar for the version it read and the update that applied it.';

const SYNC = String.raw`w_{j+1} = w_j - \frac{\eta}{K}\sum_{l=1}^{K} g\big(w_j, \xi_{l,j}\big)`;
const ASYNC = String.raw`w_{j+1} = w_j - \frac{\eta}{K}\sum_{l=1}^{K} g\big(w_{\tau(l,j)}, \xi_{l,j}\big),\quad \tau(l,j) \le j`;

const BY_VARIANT: Record<string, Explanation> = {
  ksync: {
    tex: String.raw`${SYNC},\qquad \mathbb E[\text{time per update}] = \mathbb E[X_{K:P}]`,
    where: '[SS] Eq. (2), Fig. 3, Lemma 3 (Eq. 14)',
    notice:
      'Every update starts all P learners from the same parameters and ends when the K-th of them finishes: the slower P − K are cancelled and their work is thrown away. No gradient is ever stale.',
    details: `K-sync SGD (K = P is fully synchronous SGD). Each update waits for the K-th order statistic of P compute times, hence Lemma 3’s E[T] = J·E[X_{K:P}].\n\n${STATES}\n\n${SAME_DRAWS}`,
  },
  kbatchsync: {
    tex: String.raw`${SYNC},\qquad X \sim \exp(\mu):\ \text{time per update} \sim \mathrm{Erlang}(K, P\mu)`,
    where: '[SS] Eq. (2), Fig. 3, Sec. 4',
    notice:
      'As in K-sync all learners work at the same parameters, but a learner that finishes starts another mini-batch at once, so nobody idles; the update takes the first K mini-batches from any learners. Gradients stay fresh; the unfinished work is cancelled.',
    details: `In Eq. (2) l now counts mini-batches, not learners. For exponential times the PS sees pushes as a Poisson process of rate Pμ, so an update takes an Erlang(K, Pμ) time, mean K/(Pμ).\n\n${STATES}\n\n${SAME_DRAWS}`,
  },
  kasync: {
    tex: String.raw`${ASYNC},\qquad \mathbb E[\text{time per update}] \le \mathbb E[X_{K:P}]`,
    where: '[SS] Eq. (3)–(4), Fig. 4, Lemma 5 (Eq. 18)',
    notice:
      'The PS updates when K learners have finished and sends the new parameters to those K only; the others keep computing and their gradients arrive stale. Nothing is cancelled, so no work is wasted — the price is staleness.',
    details: `K-async SGD (K = 1 is Async SGD, Eq. 4). τ(l, j) is the update at which learner l last read the parameters; j − τ(l, j) is the staleness shown on the bars. Lemma 5’s bound on the time per update holds for new-longer-than-used X (a task that has run a while needs no more time than a fresh one: exp, shifted exp), with equality for exponential X.\n\n${STATES}\n\n${SAME_DRAWS}`,
  },
  kbatchasync: {
    tex: String.raw`${ASYNC},\qquad \mathbb E[\text{time per update}] \to \frac{K\,\mathbb E[X]}{P}`,
    where: '[SS] Eq. (3), Fig. 4, Lemma 4 (Eq. 15)',
    notice:
      'Every learner pushes when done, pulls the current parameters and starts again; the PS updates after every K mini-batches. No learner ever idles and nothing is cancelled — the price is stale gradients.',
    details: `In Eq. (3) l counts mini-batches. By renewal theory the P learners push at a long-run rate P/E[X] for any distribution, so J updates of K pushes take about J·K·E[X]/P (Lemma 4, a large-J limit: a short run like this one can differ by about E[X]).\n\n${STATES}\n\n${SAME_DRAWS}`,
  },
};

export const timelineExplanations: ViewExplanations = {
  byId: {
    'timeline-stats': {
      tex: String.raw`\frac{T}{J}\ \text{beside}\ \mathbb E[X_{K:P}]\ (\text{K-sync}),\ \frac{K}{P\mu}\ (\text{K-batch-sync, exp}),\ \le \mathbb E[X_{K:P}]\ (\text{K-async}),\ \frac{K\,\mathbb E[X]}{P}\ (\text{K-batch-async})`,
      where: '[SS] Sec. 2.3–4, Lemmas 3–5',
      notice:
        'One run per variant, so these numbers are samples, not expectations: compare the measured time per update with the expected one beside it. Sync variants cancel the work still running at an update; async variants keep it and pay in staleness instead.',
      details: `Staleness: updates between a gradient’s read and its use; fresh gradients: the share with staleness 0; utilisation: the share of learner time spent computing (applied or not); wasted: the share of that compute time cancelled. The expected time per update is [SS] Sec. 4’s closed form where there is one; the lemmas model neither communication time nor slow learners, so with those the column says so.\n\n${SAME_DRAWS}\n\n${PARAMETERISATIONS}`,
    },
  },
  byPrefix: [
    {
      prefix: 'timeline-',
      explain: (variant) => BY_VARIANT[variant] ?? BY_VARIANT.ksync,
    },
  ],
};
