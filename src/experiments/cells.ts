// Cells: the independent units of simulation work. A cell's identity is its canonical parameter
// string (including its repetition index; built by ./identity.ts), never its position in a list;
// its random stream is seeded from (scenario seed, identity), so results do not depend on worker
// count or order.

export interface CellSpec {
  /** Canonical identity, e.g. `maxratio|dist=exp(1)|P=20|draws=2000|rep=3`. */
  id: string;
  /** Which runner computes it (see cellRunners.ts). */
  kind: string;
  /** Plain JSON parameters for the runner (typed by its definition: defineCell.ts). */
  params: unknown;
  /** Relative cost estimate, for progress and the time-left estimate. */
  cost: number;
}

/** Thrown by `checkpoint()` when the cell's work has been superseded. */
export class CellCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CellCancelled';
  }
}

/**
 * What a runner may call between chunks of a few milliseconds of work: in a worker it yields to
 * the event loop (so a cancel message is seen) and throws CellCancelled if the cell was superseded;
 * in the CLI it does nothing.
 */
export interface CellControl {
  checkpoint(): Promise<void> | void;
}

/** Results of finished cells, keyed by cell id (of the current seed); a Map satisfies it. */
export interface CellResults {
  get(id: string): unknown;
}
