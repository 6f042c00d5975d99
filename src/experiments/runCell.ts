import { rngFor } from '../engine/random/seed';
import { CELL_RUNNERS } from './cellRunners';
import type { CellControl, CellSpec } from './cells';

/** Run one cell with its own random stream, seeded from the scenario seed and the cell's identity. */
export function runCell(cell: CellSpec, seed: number, ctl: CellControl): Promise<unknown> {
  const runner = CELL_RUNNERS[cell.kind];
  if (!runner) return Promise.reject(new Error(`no runner for cells of kind ${cell.kind}`));
  return runner(cell.params, rngFor(seed, cell.id), ctl, { seed, id: cell.id });
}
