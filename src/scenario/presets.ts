// The gallery: one preset per figure and result of both papers, each a share link with a title, a
// one-line takeaway and the chart its thumbnail shows. The order is the gallery's and the order in
// which presentation mode steps through them (→ / ←). Every link is canonical (what the codec
// writes back) and opens without a notice — both checked by test/unit/scenario/presets.test.ts.

import type { ViewName } from './views';

export interface Preset {
  /** Stable slug: the thumbnail's file name (public/gallery/<id>.jpg). */
  id: string;
  paper: 'CP' | 'SS' | 'both';
  /** Where in the paper, e.g. "Fig. 3" or "Theorem 1". */
  where: string;
  title: string;
  /** What to take away, in one line. */
  takeaway: string;
  view: ViewName;
  /** The share link the card opens (canonical, no display parameters). */
  link: string;
  /** The chart the thumbnail shows (the card's embed id). */
  chart: string;
  /**
   * How long the simulation takes on a 2-core laptop, for presets that take long enough to say so
   * before a click (measured by `npm run bench`, navigation → Done, rounded).
   */
  takes?: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'cp-fig1',
    paper: 'CP',
    where: 'Fig. 1',
    title: 'Iterations against batch size',
    takeaway: 'Doubling the batch halves the iterations, until b reaches b_crit; then it buys nothing.',
    view: 'speedup',
    link: '?v=1&view=speedup&plot=iterations&seed=1',
    chart: 'iterations-vs-b',
  },
  {
    id: 'cp-fig2',
    paper: 'CP',
    where: 'Fig. 2, Theorem 1',
    title: 'Critical batch size',
    takeaway: 'Speedup b(M+1)/(M+b): near-linear up to b ≈ M + 1, flat beyond; the learning rate follows.',
    view: 'speedup',
    link: '?v=1&view=speedup&seed=1',
    chart: 'speedup-vs-b',
  },
  {
    id: 'cp-fig3',
    paper: 'CP',
    where: 'Fig. 3',
    title: 'Mini-batch SGD on the quadratic',
    takeaway: 'Simulated with tuned steps: steps to target fall like 1/b until b ≈ M + 1, as predicted.',
    view: 'minibatch',
    link: '?v=1&view=minibatch&M=0,1,10,100,1000,10000&seed=1',
    chart: 'steps-vs-b',
    takes: 'about 6 s',
  },
  {
    id: 'cp-fig4',
    paper: 'CP',
    where: 'Fig. 4',
    title: 'Delays are parallelism too',
    takeaway:
      'Delayed SGD keeps its parallel speedup up to τ ≈ M + 1, exactly like a mini-batch of that size.',
    view: 'async',
    link: '?v=1&view=async&M=10,100,1000&taumax=14&tuneon=first&seeds=5&seed=1',
    chart: 'async-speedup',
    takes: 'about 16 s',
  },
  {
    id: 'cp-sec6',
    paper: 'CP',
    where: 'Sec. 6, Table 1',
    title: 'Sparse gradients tolerate delay',
    takeaway:
      'With sparsity Δ, delays up to 1/Δ cost nothing — on B = 1/Δ blocks the speedup saturates at τ ≈ 1/Δ.',
    view: 'async',
    link: '?v=1&view=async&seed=1',
    chart: 'sparsity-speedup',
  },
  {
    id: 'cp-eq9',
    paper: 'CP',
    where: 'Eq. 9, Figs. 5–8',
    title: 'Estimating b_crit during training',
    takeaway:
      'b̂ = 1 + E‖g − ∇f‖²/‖∇f‖² grows as the gradient shrinks: larger batches pay off late in training.',
    view: 'estimator',
    link: '?v=1&view=estimator&seed=1',
    chart: 'bhat-quadratic',
  },
  {
    id: 'ss-fig3-4',
    paper: 'SS',
    where: 'Figs. 3–4',
    title: 'K-sync and K-async, step by step',
    takeaway:
      'K-sync cancels its stragglers and wastes their work; K-async keeps them and applies stale gradients.',
    view: 'timeline',
    link: '?v=1&view=timeline&seed=1',
    chart: 'timeline-ksync',
  },
  {
    id: 'ss-thm1',
    paper: 'SS',
    where: 'Theorem 1, Fig. 5',
    title: 'Waiting for the slowest learner',
    takeaway:
      'Fully synchronous SGD is P·E[X_{P:P}]/E[X] times slower per gradient: P log P for exponential times.',
    view: 'runtime',
    link: '?v=1&view=runtime&seed=1',
    chart: 'sync-async-ratio',
  },
  {
    id: 'ss-fig6',
    paper: 'SS',
    where: 'Fig. 6, Lemmas 3–5',
    title: 'Runtime of the four K-variants',
    takeaway: 'Which variant is fastest depends on the tail of the compute time: heavy tails favour async.',
    view: 'kvariants',
    link: '?v=1&view=kvariants&seed=1',
    chart: 'time-vs-k-pareto-2-1',
  },
  {
    id: 'ss-thm2',
    paper: 'SS',
    where: 'Theorem 2',
    title: 'The price of waiting',
    takeaway:
      'For new-longer-than-used times K-async beats K-batch-async; for new-shorter-than-used it is the reverse.',
    view: 'kvariants',
    link: '?v=1&view=kvariants&seed=1',
    chart: 'theorem-2',
  },
  {
    id: 'ss-fig7',
    paper: 'SS',
    where: 'Fig. 7, Lemma 2, Theorem 3',
    title: 'Error bounds against wall-clock time',
    takeaway: 'Async falls faster per second but to a higher floor: staleness trades error for runtime.',
    view: 'race',
    link: '?v=1&view=race&seed=1',
    chart: 'bounds-vs-time',
  },
  {
    id: 'ss-fig8',
    paper: 'SS',
    where: 'Fig. 8',
    title: 'The race, simulated',
    takeaway:
      'Real SGD in the parameter-server model: sync, Async and K-batch-async against wall-clock time.',
    view: 'race',
    link: '?v=1&view=race&eta=0.01&Pmax=1&Mmax=0&seed=1',
    chart: 'error-vs-time',
  },
  {
    id: 'ss-fig9',
    paper: 'SS',
    where: 'Fig. 9, Eq. 13',
    title: 'A staleness-compensating step',
    takeaway:
      'Under heavy staleness a fixed step goes unstable; Eq. 13 shrinks it with the distance travelled.',
    view: 'race',
    link: '?v=1&view=race&P=40&dist=exp(20)&eta=8&mb=250&etamax=8&comp=0.04&tmax=100&Pmax=1&Mmax=0&seed=1',
    chart: 'eq13-vs-fixed',
    takes: 'about 30 s',
  },
  {
    id: 'both-race',
    paper: 'both',
    where: 'Where the papers meet',
    title: 'Who wins the race?',
    takeaway: 'Sync or async, across P learners and noise M: the map of which reaches the target first.',
    view: 'race',
    link: '?v=1&view=race&Mmax=1000&seed=1',
    chart: 'who-wins',
    takes: 'about 10 s',
  },
];

export const PAPER_TAG: Record<Preset['paper'], string> = { CP: '[CP]', SS: '[SS]', both: '[SS] × [CP]' };

/** The presets that open a given view, in gallery order. */
export function presetsOf(view: ViewName): Preset[] {
  return PRESETS.filter((p) => p.view === view);
}
