import { seedsParam } from './common';
import { distParam } from './distParam';
import { int, num } from './params';
import { VARIANT_WORDS, variantsParam } from './variantsParam';
import { viewUi } from './viewUi';

/** [SS] Fig. 6 and Lemmas 3–5: runtime of the four K-variants, simulated event by event. */
export const kvariantsParams = {
  dist: distParam({
    label: 'Learner compute time X',
    help: 'One panel per distribution (paper: Pareto(2, 1) and 1 + exp(1), both of mean 2); measured times welcome.',
    default: ['pareto(2,1)', 'shexp(1,1)'],
    maxItems: 4,
  }),
  variants: variantsParam({
    label: 'Variants',
    help: 'K-sync and K-batch-sync cancel stragglers; K-async and K-batch-async apply their stale gradients.',
    default: [...VARIANT_WORDS],
    maxItems: 4,
  }),
  P: int({
    label: 'Learners P',
    help: 'The paper’s Fig. 6 runs K up to 20, so P = 20.',
    default: 20,
    min: 1,
    max: 200,
    slider: { min: 1, max: 200, log: true },
  }),
  J: int({
    label: 'PS updates J',
    help: 'Updates of the parameter server (PS, the machine that holds the model and applies the learners’ gradients) per run (paper: 2000).',
    default: 2000,
    min: 1,
    max: 1_000_000,
    slider: { min: 10, max: 100_000, log: true },
  }),
  K: int({
    label: 'K of the detail charts',
    help: 'Staleness histogram, utilisation and wasted work are shown at this K (capped at P).',
    default: 4,
    min: 1,
    max: 200,
  }),
  comm: num({
    label: 'Communication time per push and pull',
    help: 'Beyond the paper’s model: a fixed time for each push and each pull (0 in the paper).',
    default: 0,
    min: 0,
    max: 1e6,
    slider: { min: 0.001, max: 100, log: true },
  }),
  nslow: int({
    label: 'Persistently slow learners',
    help: 'Beyond the paper’s i.i.d. model: this many learners are always slower (real stragglers are often the same machines).',
    default: 0,
    min: 0,
    max: 200,
  }),
  slowx: num({
    label: 'Their slowdown factor',
    help: 'A slow learner needs slowx × X for each gradient.',
    default: 4,
    min: 1,
    max: 1000,
    slider: { min: 1, max: 100, log: true },
  }),
  seeds: seedsParam(10),
};

export const kvariantsUi = viewUi(kvariantsParams, {
  advanced: ['comm', 'nslow', 'slowx'],
  // time-vs-k-<distribution>: one chart per distribution.
  simulated: ['time-vs-k-*', 'staleness', 'theorem-2'],
});
