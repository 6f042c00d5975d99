// The digits problem of the race: softmax regression (src/engine/digits) on the training set of the
// seed's held-out split, as a RaceModel. Its error is the training loss f(w) (cross-entropy plus the
// ridge term): f⋆ is not computed (it would take an iterative solver over 650 parameters in every
// worker), so the race compares the variants on f itself, with 0 as the lower bound the divergence
// test needs. Each checkpoint also records the held-out error rate (heldOutError).

import { type DigitsSplit, splitDigits } from '../digits/dataset';
import { loadedDigits } from '../digits/decode';
import { SoftmaxModel } from '../digits/softmax';
import type { Xoshiro128 } from '../random/xoshiro128';
import type { RaceModel } from './models';
import type { DigitsRaceProblem } from './types';

/**
 * Work of one example's gradient (≈ 33 non-zero pixels × 10 classes twice, ten exps and the update
 * share), and of one example's loss, in run.ts's units (≈ 1 ns): measured ≈ 2 µs and ≈ 0.8 µs.
 */
const GRADIENT_WORK = 2000;
const LOSS_WORK = 800;

const splits = new Map<number, DigitsSplit>();

/** The split of this seed, built once per thread (the last few kept). */
function splitOf(seed: number): DigitsSplit {
  let split = splits.get(seed);
  if (split === undefined) {
    split = splitDigits(loadedDigits(), seed);
    if (splits.size >= 4) splits.delete(splits.keys().next().value as number);
    splits.set(seed, split);
  }
  return split;
}

export class DigitsRaceModel implements RaceModel {
  readonly d: number;
  readonly w0: Float64Array;
  readonly initialError: number;
  readonly cheapRatio = false;
  readonly gradWork: number;
  readonly errorWork: number;
  readonly ratioWork: number;
  /** Examples in one full evaluation (run.ts spaces its periodic evaluations by it). */
  readonly n: number;
  private readonly model: SoftmaxModel;
  private readonly split: DigitsSplit;
  private readonly mb: number;
  private readonly w: Float64Array;
  private readonly batch: Int32Array;

  /** Needs the digits loaded in this thread (await loadDigits() before the run). */
  constructor(p: DigitsRaceProblem, mb: number) {
    this.model = new SoftmaxModel(p.ridge);
    this.split = splitOf(p.splitSeed);
    this.d = this.model.dim;
    this.mb = mb;
    this.n = this.split.train.n;
    this.w0 = this.model.init(p.splitSeed);
    this.w = new Float64Array(this.d);
    this.batch = new Int32Array(mb);
    this.initialError = this.error(this.w0);
    this.gradWork = mb * GRADIENT_WORK + 2 * this.d;
    this.errorWork = this.n * LOSS_WORK + this.split.test.n * LOSS_WORK;
    this.ratioWork = 0;
  }

  grad(R: Float64Array, off: number, g: Float64Array, noise: Xoshiro128): void {
    const { w, batch, mb } = this;
    const n = this.n;
    for (let j = 0; j < this.d; j++) w[j] = R[off + j];
    for (let k = 0; k < mb; k++) batch[k] = Math.min(n - 1, Math.floor(noise.uniform() * n));
    this.model.batchGradient(w, this.split.train, batch, mb, g);
  }

  /** The training loss f(w) (f⋆ taken as 0, see the header). */
  error(w: Float64Array): number {
    return this.model.loss(w, this.split.train);
  }

  /** Cross-entropy is ≥ 0, so f(w) ≥ (λ/2)‖w‖². */
  errorLowerBound(w: Float64Array): number {
    return this.model.ridge(w);
  }

  /**
   * Not measured (NaN, which the run skips): the ratio only feeds Theorem 3's bound, not drawn for the
   * digits (no f⋆), and two full gradients per checkpoint would cost more than the run's own work.
   */
  gradRatio(_w: Float64Array, _R: Float64Array, _off: number): number {
    return Number.NaN;
  }

  /** Fraction of the held-out set misclassified at w. */
  heldOutError(w: Float64Array): number {
    return this.model.errorRate(w, this.split.test);
  }
}
