// Delayed / asynchronous SGD on the [CP] Sec. 7.1 quadratic ([CP] Algorithm 1 with τ > 1, Fig. 4):
// delay models, mini-batch and delay together, step-size tuning per (M, b, τ). Builds on
// src/engine/quadratic (problem, noise, target, grid, streams).

export {
  boundedInt,
  DELAY_MODELS,
  type DelayedParams,
  type DelayedProblem,
  DelayedRun,
  type DelayModel,
  MAX_TAU,
  makeDelayedProblem,
  rejectThreshold,
} from './run';
export {
  DELAYED_TUNE_DEFAULTS,
  type DelayedTuneParams,
  delayedPredictedK,
  gammaCrit,
  tuneDelayed,
  tuneDelayedSync,
} from './tune';

// The learners model: delays from P learners' random compute times ([SS] Async SGD).

export {
  type LearnersParams,
  LearnersRun,
  type LearnersSettings,
  MAX_LEARNERS,
  STALENESS_BINS,
} from './learners';
export { jumpedStream } from './learnersClock';
export {
  LEARNERS_TUNE_DEFAULTS,
  type LearnersTuneParams,
  learnersPredictedK,
  tuneLearners,
  tuneLearnersSync,
} from './learnersTune';
