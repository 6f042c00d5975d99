// The links whose numbers are pinned (test/unit/golden): every gallery preset, every view's default
// link, and odd links that reach what those do not (unusual distributions, lists, tied event times,
// extreme seeds). A test checks that every preset and every default link is in this list, so a new
// preset cannot go unpinned. Names are file names under outputs/; never rename one, add.

export interface GoldenLink {
  name: string;
  link: string;
}

export const GOLDEN_LINKS: readonly GoldenLink[] = [
  // Each view's default link.
  { name: 'default-speedup', link: '?v=1&view=speedup&seed=1' },
  { name: 'default-minibatch', link: '?v=1&view=minibatch&seed=1' },
  { name: 'default-async', link: '?v=1&view=async&seed=1' },
  { name: 'default-estimator', link: '?v=1&view=estimator&seed=1' },
  { name: 'default-runtime', link: '?v=1&view=runtime&seed=1' },
  { name: 'default-kvariants', link: '?v=1&view=kvariants&seed=1' },
  { name: 'default-timeline', link: '?v=1&view=timeline&seed=1' },
  { name: 'default-race', link: '?v=1&view=race&seed=1' },
  // Gallery presets that are not a default link (as of link format v=1).
  { name: 'preset-cp-fig1', link: '?v=1&view=speedup&plot=iterations&seed=1' },
  { name: 'preset-cp-fig3', link: '?v=1&view=minibatch&M=0,1,10,100,1000,10000&seed=1' },
  { name: 'preset-cp-fig4', link: '?v=1&view=async&M=10,100,1000&taumax=14&tuneon=first&seeds=5&seed=1' },
  { name: 'preset-ss-fig8-v1', link: '?v=1&view=race&eta=0.01&Pmax=1&Mmax=0&seed=1' },
  {
    name: 'preset-ss-fig9',
    link: '?v=1&view=race&P=40&dist=exp(20)&eta=8&mb=250&etamax=8&comp=0.04&tmax=100&Pmax=1&Mmax=0&seed=1',
  },
  { name: 'preset-both-race', link: '?v=1&view=race&Mmax=1000&seed=1' },
  // Presets changed after v=1 was first pinned (issue 13: the headline presets show their effect).
  { name: 'preset-ss-fig7-v2', link: '?v=1&view=race&tmax=2000&Pmax=1&Mmax=0&seed=1' },
  { name: 'preset-ss-fig8-v2', link: '?v=1&view=race&tmax=5000&Pmax=1&Mmax=0&seed=1' },
  // Odd links.
  { name: 'odd-speedup-sigma', link: '?v=1&view=speedup&M=0,5,50&sigma2=1&eps=0.001&bmax=20&seed=1' },
  {
    name: 'odd-minibatch-coord-diag',
    link: '?v=1&view=minibatch&M=0,3&noise=coord&matrix=diag&kappa=30&target=rms&mom=0.5&bmax=8&seeds=2&seed=7',
  },
  {
    name: 'odd-async-hogwild',
    link: '?v=1&view=async&M=5&delay=hogwild&taumax=6&Delta=1,0.5&staumax=6&seeds=2&seed=3',
  },
  {
    name: 'odd-async-learners-pareto',
    link: '?v=1&view=async&M=10&delay=learners&Pmax=64&dist=pareto(2.5,1)&seed=11',
  },
  { name: 'odd-async-uniform-batch', link: '?v=1&view=async&M=20&delay=uniform&b=4&taumax=8&seed=2' },
  { name: 'odd-estimator', link: '?v=1&view=estimator&M=5&mb=4&sigma2=0.1&n=500&dim=5&seed=5' },
  {
    name: 'odd-runtime-families',
    link: '?v=1&view=runtime&dist=weibull(0.7,1),lognormal(0,1),mix(0.9,det(1),det(10)),uniform(1,3)&Pmax=40&draws=500&seeds=3&seed=9',
  },
  {
    name: 'odd-kvariants-quantiles-slow',
    link: '?v=1&view=kvariants&dist=quantiles(0.5,0.8,1,1.3,2,4)&P=8&J=300&K=3&comm=0.1&nslow=2&slowx=3&seeds=4&seed=13',
  },
  {
    name: 'odd-kvariants-maxseed',
    link: '?v=1&view=kvariants&dist=exp(1),weibull(1,1)&P=6&J=500&seed=2147483647',
  },
  {
    name: 'odd-timeline-det-all',
    link: '?v=1&view=timeline&variants=ksync,kbatchsync,kasync,kbatchasync&P=5&K=3&J=20&dist=det(1)&comm=0.2&speed=1,1,4&seed=4',
  },
  {
    name: 'odd-race-det-adasync',
    link: '?v=1&view=race&problem=quadratic&M=5&lr=adasync&P=4&K=2&dist=det(1)&Pmax=8&Mmax=10&seeds=2&seed=21',
  },
  {
    name: 'odd-race-staleness',
    link: '?v=1&view=race&lr=staleness&dist=shexp(1,1)&P=16&tmax=100&Pmax=4&Mmax=0&seeds=3&seed=8',
  },
  {
    name: 'odd-race-eq13-seed0',
    link: '?v=1&view=race&lr=eq13&dist=pareto(3,1)&P=12&K=3&tmax=150&Pmax=2&Mmax=1&seeds=2&seed=0',
  },
  // Issue 18: the race on the shipped digits (softmax regression, training loss and held-out error).
  { name: 'odd-race-digits', link: '?v=1&view=race&problem=digits&tmax=50&Pmax=2&Mmax=1&seeds=2&seed=3' },
];
