// The [CP] Sec. 7.1 quadratic: problem, noise, mini-batch SGD, step-size tuning, one-run
// trajectories and the Eq. 9 estimator helpers. Everything a view needs is exported here.

export type { Checkpointer } from '../control';
export { type DecayRun, type DecayRunParams, decayRun, decayRunSync } from './decayRun';
export {
  averagedBatchNoise,
  batchNoiseRatio,
  bHat,
  bHatQuadratic,
  bSimple,
  exampleNoise,
  sampledExampleNoise,
} from './estimator';
export { gridGamma, PREDICTION_CONSTANT, predictedGamma, predictedK } from './grid';
export {
  effectiveM,
  type NoiseConvention,
  type NoiseParams,
  noiseCoefficients,
  noiseSecondMoment,
} from './noise';
export {
  type MatrixFamily,
  makeQuadratic,
  type ProblemParams,
  type ProblemSummary,
  type Quadratic,
  summarize,
  X0,
} from './problem';
export { BLOWUP, type RunState, type SgdParams, SgdRun } from './sgd';
export { type TargetKind, type TargetParams, targetBound, targetMeasure } from './target';
export { type Trajectory, type TrajectoryParams, trajectory, trajectorySync } from './trajectory';
export {
  type PointStatus,
  type SearchKind,
  type TriedPoint,
  TUNE_DEFAULTS,
  type TuneParams,
  type TuneResult,
  tuneStepSize,
  tuneStepSizeSync,
} from './tune';
