import type { Rng } from '../engine/random/xoshiro128';
import { runDelayedTune, runLearnersTune } from './async/cells';
import { runSparseMeasure, runSparseTune } from './async/sparseCells';
import type { CellControl } from './cells';
import { runDecay, runLogistic } from './estimator/cells';
import { runClosed, runCurve, runDetail } from './kvariants/cells';
import { runTrajectories, runTune } from './minibatch/cells';
import { runInfo, runRace, runWin } from './race/cells';
import { runExactCurves, runMaxRatio, runOrderStats } from './runtime/cells';
import { runTimeline } from './timeline/cells';

/**
 * A cell's computation. `rng` is the cell's stream (seed and identity); engines that derive several
 * streams of their own (one per grid step and repetition) use `cell.seed` and `cell.id` instead.
 */
export type CellRunner = (
  params: Record<string, unknown>,
  rng: Rng,
  ctl: CellControl,
  cell: { seed: number; id: string },
) => Promise<unknown>;

/** Every kind of cell any view plans, by name: the worker and the CLI run cells through this table. */
export const CELL_RUNNERS: Record<string, CellRunner> = {
  maxratio: runMaxRatio,
  orderstats: runOrderStats,
  exact: runExactCurves,
  tune: runTune,
  trajectories: runTrajectories,
  delayedtune: runDelayedTune,
  learnerstune: runLearnersTune,
  sparsetune: runSparseTune,
  sparsemeasure: runSparseMeasure,
  racerun: runRace,
  racewin: runWin,
  raceinfo: runInfo,
  kcurve: runCurve,
  kdetail: runDetail,
  kclosed: runClosed,
  estq: runDecay,
  estlog: runLogistic,
  pstrace: runTimeline,
};
