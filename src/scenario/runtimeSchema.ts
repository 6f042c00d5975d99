import { seedsParam } from './common';
import { distParam } from './distParam';
import { int } from './params';
import { viewUi } from './viewUi';

/** [SS] Theorem 1, Corollary 1, Fig. 5: the price of waiting for the slowest of P learners. */
export const runtimeParams = {
  dist: distParam({
    label: 'Service-time distributions',
    help: 'Time a learner needs for one mini-batch gradient; one curve per distribution.',
    default: ['exp(1)', 'shexp(1,1)', 'pareto(2,1)'],
    maxItems: 6,
  }),
  Pmax: int({
    label: 'Largest number of learners Pmax',
    help: 'The ratio chart runs P from 1 to Pmax.',
    default: 100,
    min: 2,
    max: 1000,
    slider: { min: 2, max: 1000, log: true },
  }),
  P: int({
    label: 'Learners P (order statistics)',
    help: 'P of the chart of E[X_{K:P}] against K.',
    default: 20,
    min: 1,
    max: 200,
  }),
  draws: int({
    label: 'Monte Carlo draws per repetition',
    help: 'Groups of P learner times drawn per point and repetition.',
    default: 2000,
    min: 100,
    max: 1_000_000,
    slider: { min: 100, max: 100_000, log: true },
  }),
  seeds: seedsParam(8),
};

export const runtimeUi = viewUi(runtimeParams, {
  simulated: ['sync-async-ratio', 'order-stats-vs-k'],
});
