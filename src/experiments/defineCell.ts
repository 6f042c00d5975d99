// A kind of cell, defined once: how its identity and cost follow from its parameters, and how it runs.
// From the definition come the spec builder (what a plan lists), the runner (what a worker or the CLI
// calls) and a typed reader of its result (what the charts call), so nothing at the boundary between
// planning, running and drawing is cast by hand: the one cast — results cross a worker's postMessage
// as plain JSON, untyped — is in `resultOf` below, checked by the spec's phantom result type.

import type { Rng } from '../engine/random/xoshiro128';
import type { CellControl, CellResults, CellSpec } from './cells';

/** What a runner is given besides its parameters: the scenario seed and its own identity. */
export interface CellContext {
  seed: number;
  id: string;
}

/**
 * A planned cell of a known kind: its parameters typed, and (never set, only for the compiler) the
 * type of its result.
 */
export interface TypedCell<P, R> extends CellSpec {
  params: P;
  readonly result?: R;
}

export interface CellDefinition<P, R> {
  kind: string;
  /** The spec of the cell with these parameters (plain JSON, sent to a worker as is). */
  cell(params: P): TypedCell<P, R>;
  /**
   * Runs a cell of this kind. `rng` is the cell's own stream (scenario seed and identity); runners
   * that derive several streams (one per repetition or step) use `cell.seed` and `cell.id`.
   */
  run(params: P, rng: Rng, ctl: CellControl, cell: CellContext): Promise<R>;
}

export function defineCell<P, R>(
  kind: string,
  def: {
    identity(params: P): string;
    /** Relative cost: only orders the progress bar and its time-left estimate. */
    cost(params: P): number;
    /** A copy of the parameters as sent (default: a shallow copy). */
    params?(params: P): P;
    run(params: P, rng: Rng, ctl: CellControl, cell: CellContext): Promise<R>;
  },
): CellDefinition<P, R> {
  return {
    kind,
    cell: (params) => ({
      id: def.identity(params),
      kind,
      params: def.params ? def.params(params) : { ...params },
      cost: def.cost(params),
    }),
    run: def.run,
  };
}

/** The result of a finished cell, typed by the cell it came from; undefined while it runs. */
export function resultOf<R>(results: CellResults, cell: TypedCell<unknown, R>): R | undefined {
  return results.get(cell.id) as R | undefined;
}
