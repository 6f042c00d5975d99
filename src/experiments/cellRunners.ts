// Every kind of cell any view plans: the worker and the CLI run cells through this table, which is
// built from the definitions themselves (defineCell.ts), so a kind and its runner cannot drift apart.
// A definition missing from CELL_DEFINITIONS is caught by test/unit/experiments/cellRunners.test.ts,
// which plans the cells of every view on many links and checks each kind has its runner.

import type { Rng } from '../engine/random/xoshiro128';
import { delayedDef, learnersDef } from './async/cells';
import { measureDef, sparseDef } from './async/sparseCells';
import type { CellControl } from './cells';
import type { CellContext, CellDefinition } from './defineCell';
import { decayDef, logisticDef } from './estimator/cells';
import { closedDef, curveDef, detailDef } from './kvariants/cells';
import { trajectoriesDef, tuneDef } from './minibatch/cells';
import { infoDef, raceRunDef, winDef } from './race/cells';
import { exactCurvesDef, maxRatioDef, orderStatsDef } from './runtime/cells';
import { timelineDef } from './timeline/cells';

/** A cell's computation on parameters that arrive as plain JSON (from a plan, or over postMessage). */
export type CellRunner = (params: unknown, rng: Rng, ctl: CellControl, cell: CellContext) => Promise<unknown>;

// The definitions' parameter types differ; the table only needs `kind` and `run`.
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of definitions
const CELL_DEFINITIONS: readonly CellDefinition<any, unknown>[] = [
  maxRatioDef,
  orderStatsDef,
  exactCurvesDef,
  tuneDef,
  trajectoriesDef,
  delayedDef,
  learnersDef,
  sparseDef,
  measureDef,
  raceRunDef,
  winDef,
  infoDef,
  curveDef,
  detailDef,
  closedDef,
  decayDef,
  logisticDef,
  timelineDef,
];

function runnerTable(): Record<string, CellRunner> {
  const table: Record<string, CellRunner> = {};
  for (const def of CELL_DEFINITIONS) {
    if (Object.hasOwn(table, def.kind)) throw new Error(`two cell definitions of kind ${def.kind}`);
    // The params were built by this definition's own `cell()` (same kind), so they have its type.
    table[def.kind] = (params, rng, ctl, cell) => def.run(params, rng, ctl, cell);
  }
  return table;
}

export const CELL_RUNNERS: Readonly<Record<string, CellRunner>> = runnerTable();
