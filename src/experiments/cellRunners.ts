import type { Rng } from '../engine/random/xoshiro128';
import type { CellControl } from './cells';
import { runExactCurves, runMaxRatio, runOrderStats } from './runtime/cells';

export type CellRunner = (params: Record<string, unknown>, rng: Rng, ctl: CellControl) => Promise<unknown>;

/** Every kind of cell any view plans, by name: the worker and the CLI run cells through this table. */
export const CELL_RUNNERS: Record<string, CellRunner> = {
  maxratio: runMaxRatio,
  orderstats: runOrderStats,
  exact: runExactCurves,
};
