// [CP] Sec. 6, relative sparsity: delayed SGD on the block-separable tightness construction
// (Sec. 6.1) and on the randomly masked gradient (Sec. 6.2), and a Monte Carlo measurement of Δ and
// M against Corollary 2's M ≥ (1 − Δ)/Δ. Builds on src/engine/quadratic and src/engine/delayed.

export {
  type BlockDelay,
  type BlockParams,
  type BlockProblem,
  type BlockProblemParams,
  BlockRun,
  type BlockSettings,
  blockRelativeNoise,
  MAX_BLOCK_TAU,
  MAX_BLOCKS,
  makeBlockProblem,
} from './blockRun';
export { applyH } from './hessian';
export { checkAlpha, drawMask, MAX_ALPHA, maskBits } from './mask';
export { MAX_MASK_TAU, type MaskParams, MaskRun, type MaskSettings, maskRelativeNoise } from './maskRun';
export { measureSparsity, type SparseKind, type SparsityMeasure, type SparsityParams } from './measure';
export { type SparseTuneParams, sparseRelativeNoise, tuneSparse, tuneSparseSync } from './tune';
