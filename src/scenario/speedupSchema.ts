import { int, num, numList, powerOfTwo, word } from './params';
import { viewUi } from './viewUi';

/** [CP] Figs. 1–2: closed-form speedup and learning rate against the batch size. */
export const speedupParams = {
  M: numList({
    label: 'Relative noise M',
    help: 'Relative noise of [CP] Property 3, one curve per value.',
    default: [0, 1, 10, 100, 1000, 10000],
    min: 0,
    max: 1e9,
    maxItems: 8,
    sliderMax: 1e5,
  }),
  sigma2: num({
    label: 'Additive noise σ⋆²',
    help: 'Noise level at the optimum; with ε it adds σ⋆²/ε to the critical batch size.',
    default: 0,
    min: 0,
    max: 1e9,
    slider: { min: 0.001, max: 1e6, log: true },
  }),
  eps: num({
    label: 'Target accuracy ε',
    help: 'Accuracy to reach; only σ⋆²/ε enters the speedup.',
    default: 0.01,
    min: 0,
    exclusiveMinTo: 1e-12,
    max: 1e9,
    slider: { min: 1e-6, max: 10, log: true },
  }),
  bmax: int({
    label: 'Largest batch (log₂)',
    help: 'Batch sizes run from 1 to 2^bmax.',
    default: 14,
    min: 1,
    max: 30,
    slider: { min: 1, max: 24, log: false },
    display: powerOfTwo,
  }),
  plot: word({
    label: 'Show',
    help: 'Speedup S(b) (Fig. 2 left) or its reciprocal, the relative number of iterations (Fig. 1).',
    default: 'speedup',
    options: [
      { value: 'speedup', label: 'Speedup S(b)' },
      { value: 'iterations', label: 'Relative iterations 1/S(b)' },
    ],
  }),
};

/** Closed forms only: nothing simulated, nothing advanced. */
export const speedupUi = viewUi(speedupParams, {});
