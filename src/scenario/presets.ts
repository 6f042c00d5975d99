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
    takeaway:
      'Doubling the batch nearly halves the iterations while b ≤ b_crit/10, and saves under 10 % once b ≥ 5·b_crit (b_crit = M + 1).',
    view: 'speedup',
    link: '?v=1&view=speedup&plot=iterations&seed=1',
    chart: 'iterations-vs-b',
  },
  {
    id: 'cp-fig2',
    paper: 'CP',
    where: 'Fig. 2, Theorem 1',
    title: 'Critical batch size',
    takeaway:
      'Speedup b(M+1)/(M+b): within 10 % of linear up to b = (M+1)/10, half to two thirds of linear at b = M + 1, never above M + 1.',
    view: 'speedup',
    link: '?v=1&view=speedup&seed=1',
    chart: 'speedup-vs-b',
  },
  {
    id: 'cp-fig3',
    paper: 'CP',
    where: 'Fig. 3',
    title: 'Mini-batch SGD on the quadratic',
    takeaway:
      'Simulated with tuned steps: steps fall like 1/b well past b = M + 1 and flatten below the marks b_crit = M′ + 1 = 20M + 1 (literal noise, d = 20).',
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
      'Delayed SGD keeps near-linear speedup well past τ = M + 1 and saturates below the marks τ = M′ + 1 = 20M + 1, as a mini-batch of b = τ does.',
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
      'With sparsity Δ, delays up to 1/Δ cost at most 10 % — on B = 1/Δ blocks the speedup then stops: past τ = 2/Δ it gains under 5 %.',
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
      'b̂ = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂_T) grows as the gradient shrinks: larger batches pay off late in training.',
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
      'For the same number of updates sync takes P·E[X_{P:P}]/E[X] times as long as Async (P·H_P for exponential times); per gradient E[X_{P:P}]/E[X] = H_P, 2.72 at P = 8.',
    view: 'runtime',
    link: '?v=1&view=runtime&seed=1',
    chart: 'sync-async-ratio',
  },
  {
    id: 'ss-fig6',
    paper: 'SS',
    where: 'Fig. 6, Lemmas 3–5',
    title: 'Runtime of the four K-variants',
    takeaway:
      'K-batch-async is the fastest variant at every K ≥ 2 in both panels; with Pareto(2,1) K-async is even slower than K-sync for K = 13…19.',
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
      'K-batch-async beats K-async at every K ≥ 2 for both distributions; for the new-longer-than-used shexp(1,1) the ratio stays below Lemma 5’s P·E[X_{K:P}]/(K·E[X]).',
    view: 'kvariants',
    link: '?v=1&view=kvariants&seed=1',
    chart: 'theorem-2',
  },
  {
    id: 'ss-fig7',
    paper: 'SS',
    where: 'Fig. 7, Lemma 2, Theorem 3',
    title: 'Error bounds against wall-clock time',
    takeaway:
      'Async’s bound falls faster but to a higher floor: it leads until t ≈ 460, then sync’s bound passes below it.',
    view: 'race',
    link: '?v=1&view=race&tmax=2000&Pmax=1&Mmax=0&seed=1',
    chart: 'bounds-vs-time',
  },
  {
    id: 'ss-fig8',
    paper: 'SS',
    where: 'Fig. 8',
    title: 'The race, simulated',
    takeaway:
      'Async leads at first but stalls at the highest floor; K-batch-async passes it near t ≈ 180, sync near t ≈ 850; sync ends lowest, K-batch-async in between.',
    view: 'race',
    link: '?v=1&view=race&tmax=5000&Pmax=1&Mmax=0&seed=1',
    chart: 'error-vs-time',
  },
  {
    id: 'ss-fig9',
    paper: 'SS',
    where: 'Fig. 9, Eq. 13',
    title: 'A staleness-compensating step',
    takeaway:
      'Under heavy staleness a fixed step never settles (error above 0.5 throughout); Eq. 13 shrinks it with the distance travelled and stays 20× lower.',
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
    takeaway:
      'Across P learners and noise M, an async variant reaches the target first in 48 of the 56 cells with P ≥ 2; the sync family’s 8 wins are by at most 6 %.',
    view: 'race',
    link: '?v=1&view=race&Mmax=1000&seed=1',
    chart: 'who-wins',
    takes: 'about 10 s',
  },
];

/** The gallery's sections: one per paper and one where they meet, each with a lead sentence. */
export const GALLERY_SECTIONS: readonly { paper: Preset['paper']; heading: string; lead: string }[] = [
  {
    paper: 'CP',
    heading: '[CP] Critical parameters for scalable distributed learning',
    lead: 'Stich, Mohtashami, Jaggi (AISTATS 2021): mini-batches and delays speed SGD up only up to b_crit = σ⋆²/ε + M + 1.',
  },
  {
    paper: 'SS',
    heading: '[SS] Slow and stale gradients can win the race',
    lead: 'Dutta, Joshi, Ghosh, Dube, Nagpurkar (AISTATS 2018): the wall-clock runtime of K-sync, K-async and their batch variants, and what staleness costs in error.',
  },
  {
    paper: 'both',
    heading: 'Where the two papers meet',
    lead: 'Async wins the race in wall-clock time on most of the map, on both sides of the critical level P = M + 1: the winner does not change at τ_crit.',
  },
];

export const PAPER_TAG: Record<Preset['paper'], string> = { CP: '[CP]', SS: '[SS]', both: '[SS] × [CP]' };

/** The presets that open a given view, in gallery order. */
export function presetsOf(view: ViewName): Preset[] {
  return PRESETS.filter((p) => p.view === view);
}
