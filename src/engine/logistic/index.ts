// Ridge logistic regression on a synthetic dataset: the estimator view's learned-model stand-in
// for [CP] Sec. 7.2–7.3 (ResNets on CIFAR-10), with the gradient noise computed exactly.

export { type Dataset, type DatasetParams, makeDataset, sigmoid } from './dataset';
export {
  exampleCoefficient,
  exampleGradient,
  gradient,
  logisticLoss,
  loss,
  type Minimum,
  minimise,
  minimiseGen,
  type NoiseAt,
  noiseAt,
} from './model';
export {
  type DecaySchedule,
  decaySteps,
  logSpacedSteps,
  phaseLength,
  phaseSteps,
} from './schedule';
export {
  datasetIdentity,
  type LogisticRun,
  type LogisticRunParams,
  logisticRun,
  logisticRunSync,
} from './sgd';
