import { int, num } from './params';

/** The synthetic logistic-regression dataset (src/engine/logistic): a stand-in for the papers' image datasets. */
export const logisticDataParams = {
  n: int({
    label: 'Logistic: examples n',
    help: 'Size of the synthetic dataset (generated from the seed).',
    default: 1000,
    min: 10,
    max: 20_000,
    slider: { min: 10, max: 20_000, log: true },
  }),
  dim: int({
    label: 'Logistic: dimension',
    help: 'Features per example, xᵢ ~ N(0, I); no intercept.',
    default: 10,
    min: 1,
    max: 50,
  }),
  sep: num({
    label: 'Logistic: separability',
    help: 'Norm of the true weights: labels are +1 with probability σ(⟨xᵢ, w_true⟩).',
    default: 3,
    min: 0,
    max: 100,
    slider: { min: 0.1, max: 100, log: true },
  }),
  flip: num({
    label: 'Logistic: label noise',
    help: 'Each label is flipped with this probability.',
    default: 0.05,
    min: 0,
    max: 0.5,
  }),
  ridge: num({
    label: 'Logistic / digits: ridge λ',
    help: 'f(w) = mean loss (logistic, or softmax on the digits) + (λ/2)‖w‖²; λ > 0 so that a minimiser exists.',
    default: 0.001,
    min: 0,
    exclusiveMinTo: 1e-9,
    max: 100,
    slider: { min: 1e-6, max: 10, log: true },
  }),
};
