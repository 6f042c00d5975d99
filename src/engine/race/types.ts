// The API of the race engine: real SGD (the [CP] Sec. 7.1 quadratic or a ridge logistic regression)
// driven by the parameter-server event simulator of src/engine/events, so error can be plotted
// against wall-clock time for the four variants of [SS] Sec. 3 and the learning-rate rules of
// [SS] Sec. 5–6 (Eq. 13). Semantics, conventions and the order of random draws: docs/ps-model.md.

import type { DistSpec } from '../distributions';
import type { Variant } from '../events';
import type { Rng } from '../random/xoshiro128';

/**
 * How each applied gradient's step η_l is chosen (docs/ps-model.md, "The race"):
 * - `fixed`: η;
 * - `eq13`: [SS] Eq. 13, min{C/‖w_j − w_τ(l)‖², η} with η = η_max (a fresh gradient gets η_max);
 * - `staleness`: η/(s + 1) for a gradient of staleness s (Zhang et al. 2016);
 * - `adasync`: step η, K grows during training (docs/ps-model.md: start at 1, double when the error has
 *   fallen by a factor 10, up to the given K).
 */
export type LrRule = 'fixed' | 'eq13' | 'staleness' | 'adasync';

export const LR_RULES: readonly LrRule[] = ['fixed', 'eq13', 'staleness', 'adasync'];

export interface QuadraticRaceProblem {
  kind: 'quadratic';
  family: 'tridiag' | 'diag';
  d: number;
  lambda: number;
  kappa?: number;
  /** Relative noise M of ONE sample's gradient (src/engine/quadratic/noise.ts convention). */
  M: number;
  /** Additive noise σ² of ONE sample's gradient. */
  sigma2: number;
  noise: 'literal' | 'coord';
}

export interface LogisticRaceProblem {
  kind: 'logistic';
  n: number;
  dim: number;
  sep: number;
  flip: number;
  /** Ridge λ > 0. */
  ridge: number;
  dataSeed: number;
}

/**
 * Softmax regression on the shipped handwritten digits (src/engine/digits): [SS] Fig. 8's logistic
 * regression on MNIST, in kind. Trained on the split's training set; its `error` is the training
 * loss f(w) itself (f⋆ is not computed: a lower bound 0 stands in), and each checkpoint also records
 * the held-out error rate.
 */
export interface DigitsRaceProblem {
  kind: 'digits';
  /** Ridge λ ≥ 0 on every parameter. */
  ridge: number;
  /** Seed of the held-out split (src/engine/digits/dataset.ts). */
  splitSeed: number;
}

export type RaceProblem = QuadraticRaceProblem | LogisticRaceProblem | DigitsRaceProblem;

export interface RaceParams {
  variant: Variant;
  P: number;
  /** Learners per update (K-sync, K-async: 1..P) or mini-batches per update (K-batch: ≥ 1). */
  K: number;
  /** Compute time X of one mini-batch gradient. */
  dist: DistSpec;
  /** Fixed time of each push and each pull (default 0). */
  comm?: number;
  /** Per-learner slowdown factors (default all 1). */
  speeds?: number[];
  problem: RaceProblem;
  /** Mini-batch size m of one learner's gradient (the noise of one gradient averages over m samples). */
  mb: number;
  /** [SS]'s η (fixed rule: the step; eq13: η_max; staleness: the base step; adasync: the step). */
  eta: number;
  lr: LrRule;
  /** Eq. 13's C (default 0.005·η, as Fig. 9). */
  C?: number;
  /** Wall-clock horizon. */
  maxTime: number;
  /** Hard cap on PS updates. */
  maxUpdates: number;
  /** At most this many log-spaced checkpoints in wall-clock time (plus t = 0 and the end). */
  checkpoints: number;
  /** Stop when the error f − f⋆ ≤ target (record the time and updates). */
  target?: number;
}

export interface RaceCheckpoint {
  time: number;
  /** PS updates so far. */
  updates: number;
  /** Gradients applied so far. */
  gradients: number;
  /** f(w) − f⋆ at the current PS parameters. */
  error: number;
  /** Mean staleness of the gradients applied since the previous checkpoint (0 if none). */
  staleness: number;
  /** Mean step η_l applied since the previous checkpoint (0 if none). */
  eta: number;
  /** Current K (changes only under adasync). */
  K: number;
  /** Fraction of the held-out set misclassified (problems with a held-out set: digits). */
  testError?: number;
}

export interface RaceResult {
  checkpoints: RaceCheckpoint[];
  reached: { time: number; updates: number; gradients: number } | null;
  /** diverged: error not finite or > 1e12·initial — never NaN in checkpoints. */
  status: 'reached' | 'horizon' | 'diverged';
  meanStaleness: number;
  freshFraction: number;
  /**
   * Largest per-update ratio ‖∇F(w_j) − ∇F(w_τ)‖²/‖∇F(w_j)‖² over the applied gradients (the γ of
   * Theorem 3's staleness assumption, measured).
   */
  maxGradRatio: number;
  meanGradRatio: number;
  /** Largest step applied (Eq. 13 must never exceed η_max). */
  etaMaxSeen: number;
}

/** Constants of a problem for the bounds. */
export interface ProblemInfo {
  d: number;
  /** L-smoothness. */
  L: number;
  /** Strong convexity c (PL constant: 2c(F − F⋆) ≤ ‖∇F‖²). */
  c: number;
  fStar: number;
  /** f(w0) − f⋆. */
  initialError: number;
  /** σ² of ONE sample's gradient in [SS]'s noise model E‖g − ∇F‖² ≤ σ² + M_G‖∇F‖². */
  sigma2Eff: number;
  /** M_G of ONE sample's gradient (a mini-batch of m has σ²/m + (M_G/m)‖∇F‖²). */
  MG: number;
}

export type RaceRun = (p: RaceParams, rng: Rng) => RaceResult;
