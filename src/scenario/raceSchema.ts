import { seedsParam } from './common';
import { distParam } from './distParam';
import { logisticDataParams } from './logisticSchema';
import { int, num, word } from './params';
import { viewUi } from './viewUi';

/**
 * [SS] Figs. 7–9, Eq. 13, and who reaches a target error first in wall-clock time ([SS] × [CP]).
 * Link names of DESIGN.md: `Lip`, `conv`, `sigma2`, `MG`, `mb`, `eta`, `stale`, `p0` (bounds),
 * `etamax`, `comp` (Eq. 13), `eps` (the race's target error).
 */
export const raceParams = {
  P: int({
    label: 'Learners P',
    help: 'Learners of the simulated runs and of the bounds (paper Fig. 8: 8; Fig. 9: 40).',
    default: 8,
    min: 1,
    max: 256,
    slider: { min: 1, max: 256, log: true },
  }),
  K: int({
    label: 'K of K-batch-async',
    help: 'Mini-batches per update of the K-batch-async run (paper Fig. 8: 4); sync waits for all P, async for 1.',
    default: 4,
    min: 1,
    max: 256,
  }),
  dist: distParam({
    label: 'Learner compute time X',
    help: 'Time of one mini-batch gradient (paper Figs. 8–9: exponential).',
    default: ['exp(1)'],
    maxItems: 1,
  }),
  problem: word({
    label: 'Problem',
    help: 'logistic: ridge logistic regression on a synthetic dataset (a stand-in for MNIST and CIFAR-10); quadratic: [CP] Sec. 7.1 with noise M and σ²; digits: softmax regression on 1,797 real 8×8 handwritten digits (UCI, CC BY 4.0), ridge λ, held-out split fixed by the seed.',
    default: 'logistic',
    options: [
      { value: 'logistic', label: 'logistic (synthetic)' },
      { value: 'quadratic', label: 'quadratic' },
      { value: 'digits', label: 'digits (softmax regression)' },
    ],
  }),
  ...logisticDataParams,
  M: num({
    label: 'Quadratic: relative noise M',
    help: 'Noise of one sample’s gradient, M‖∇f‖² per coordinate (the literal reading).',
    default: 10,
    min: 0,
    max: 1e4,
    slider: { min: 0.1, max: 1e4, log: true },
  }),
  eta: num({
    label: 'Learning rate η',
    help: 'Fixed step of the averaged update w ← w − (η/K)Σg (paper Fig. 8: 0.01).',
    default: 0.05,
    min: 0,
    exclusiveMinTo: 1e-9,
    max: 100,
    slider: { min: 1e-4, max: 10, log: true },
  }),
  mb: int({
    label: 'Mini-batch size m',
    help: 'Samples per learner gradient (paper Fig. 8: 1; Fig. 9: 250).',
    default: 1,
    min: 1,
    max: 10_000,
    slider: { min: 1, max: 10_000, log: true },
  }),
  lr: word({
    label: 'Learning-rate rule (Fig. 8 runs)',
    help: 'fixed η; Eq. 13: min{C/‖w_j − w_τ‖², η_max}; staleness-aware η/(s+1) (Zhang et al. 2016); AdaSync: K grows as the error falls.',
    default: 'fixed',
    options: [
      { value: 'fixed', label: 'fixed η' },
      { value: 'eq13', label: 'Eq. 13' },
      { value: 'staleness', label: 'η/(staleness+1)' },
      { value: 'adasync', label: 'AdaSync' },
    ],
  }),
  etamax: num({
    label: 'Eq. 13: η_max',
    help: 'Largest step of the staleness-compensating rule (paper Fig. 9: 0.01).',
    default: 0.05,
    min: 0,
    exclusiveMinTo: 1e-9,
    max: 100,
    slider: { min: 1e-4, max: 10, log: true },
  }),
  comp: num({
    label: 'Eq. 13: C',
    help: 'η_j = min{C/‖w_j − w_τ(j)‖², η_max} (paper Fig. 9: C = 0.005·η_max).',
    default: 0.00025,
    min: 0,
    exclusiveMinTo: 1e-12,
    max: 100,
    slider: { min: 1e-7, max: 1, log: true },
  }),
  tmax: num({
    label: 'Wall-clock horizon',
    help: 'Simulated time of the error-against-time runs, in units of the compute time.',
    default: 200,
    min: 0,
    exclusiveMinTo: 1e-6,
    max: 1e7,
    slider: { min: 1, max: 1e5, log: true },
  }),
  eps: num({
    label: 'Race: target error ε',
    help: 'Who wins: the first variant to reach f − f⋆ ≤ ε in wall-clock time (the quadratic starts at f = 300).',
    default: 1,
    min: 0,
    exclusiveMinTo: 1e-12,
    max: 1e6,
    slider: { min: 1e-6, max: 10, log: true },
  }),
  Pmax: int({
    label: 'Map: largest P',
    help: 'The who-wins map runs 8 values of P from 1 to Pmax (log-spaced).',
    default: 64,
    min: 1,
    max: 256,
    slider: { min: 1, max: 256, log: true },
  }),
  Mmax: num({
    label: 'Map: largest M',
    help: 'The who-wins map runs M = 0 and 7 log-spaced values up to Mmax (issue preset: 1000); larger M needs proportionally more gradients.',
    default: 100,
    min: 0,
    max: 1e5,
    slider: { min: 1, max: 1e5, log: true },
  }),
  Lip: num({
    label: 'Bounds: smoothness L',
    help: 'Fig. 7’s inputs are yours, not the simulated problem’s: L-smoothness of F.',
    default: 1,
    min: 0,
    exclusiveMinTo: 1e-12,
    max: 1e6,
    slider: { min: 0.01, max: 100, log: true },
  }),
  conv: num({
    label: 'Bounds: strong convexity c',
    help: '2c(F − F⋆) ≤ ‖∇F‖².',
    default: 0.1,
    min: 0,
    exclusiveMinTo: 1e-12,
    max: 1e6,
    slider: { min: 0.001, max: 10, log: true },
  }),
  sigma2: num({
    label: 'Bounds: σ²',
    help: 'Gradient noise at the optimum of one sample (variance ≤ σ²/m + (M_G/m)‖∇F‖²); also the quadratic’s additive noise.',
    default: 1,
    min: 0,
    max: 1e6,
    slider: { min: 0.001, max: 1e3, log: true },
  }),
  MG: num({
    label: 'Bounds: M_G',
    help: 'Relative noise of one sample’s gradient in the bounds.',
    default: 1,
    min: 0,
    max: 1e6,
    slider: { min: 0.01, max: 1e3, log: true },
  }),
  stale: num({
    label: 'Bounds: staleness γ',
    help: 'E‖∇F(w_j) − ∇F(w_τ)‖² ≤ γ E‖∇F(w_j)‖², γ ≤ 1 (Theorem 3).',
    default: 0.5,
    min: 0,
    max: 2,
  }),
  p0: num({
    label: 'Bounds: p0',
    help: 'Lower bound on the probability of a fresh gradient; 0 means 1/P (exact for exponential times).',
    default: 0,
    min: 0,
    max: 1,
  }),
  seeds: seedsParam(5),
};

export const raceUi = viewUi(raceParams, {
  advanced: [
    'n',
    'dim',
    'sep',
    'flip',
    'ridge',
    'etamax',
    'comp',
    'Lip',
    'conv',
    'sigma2',
    'MG',
    'stale',
    'p0',
  ],
  // The synthetic dataset's parameters apply to the logistic problem, M to the quadratic; the digits
  // (real data) take only the ridge λ.
  hidden: (s) =>
    s.problem === 'quadratic'
      ? ['n', 'dim', 'sep', 'flip', 'ridge']
      : s.problem === 'digits'
        ? ['n', 'dim', 'sep', 'flip', 'M']
        : ['M'],
  // test-error-vs-time: problem=digits only.
  simulated: ['error-vs-time', 'test-error-vs-time', 'adasync-schedule', 'eq13-vs-fixed', 'who-wins'],
});
