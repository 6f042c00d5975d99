// The simulator's per-learner state, typed arrays of size P (docs/ps-model.md, "The model").

/**
 * Every learner's current mini-batch (docs/ps-model.md): when its pull started, when its compute
 * starts and ends, and the version it read. Kept for the statistics, the trace and cancellation.
 */
export class Learners {
  readonly start: Float64Array;
  readonly cs: Float64Array;
  readonly cf: Float64Array;
  readonly rv: Int32Array;

  constructor(P: number) {
    this.start = new Float64Array(P);
    this.cs = new Float64Array(P);
    this.cf = new Float64Array(P);
    this.rv = new Int32Array(P);
  }

  /**
   * Learner l starts a mini-batch: pull from `pull` (version v) until compute starts at `from`,
   * compute x; returns when its push (c) ends, i.e. its gradient arrives.
   */
  launch(l: number, pull: number, from: number, x: number, v: number, c: number): number {
    this.start[l] = pull;
    this.cs[l] = from;
    this.rv[l] = v;
    const f = from + x;
    this.cf[l] = f;
    return f + c;
  }
}
