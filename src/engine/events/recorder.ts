// tracePs's recorder: the simulator's kernels call it (when tracing) with every segment of every
// learner's timeline and every update, so a Gantt chart shows the run event for event
// (docs/ps-model.md).

import type { Learners } from './learners';
import type { PsTrace, TraceSegment } from './types';

/** Largest P tracePs accepts (a Gantt chart of more rows is unreadable). */
export const MAX_TRACE_LEARNERS = 64;

/** Records trace segments. Zero-length segments are dropped except applied computes. */
export class Recorder {
  segments: TraceSegment[] = [];
  updates: PsTrace['updates'] = [];
  batch: number[] = [];

  seg(
    learner: number,
    start: number,
    end: number,
    kind: TraceSegment['kind'],
    readVersion: number,
    appliedVersion: number | null = null,
    staleness: number | null = null,
  ): void {
    if (end > start || appliedVersion !== null)
      this.segments.push({ learner, start, end, kind, readVersion, appliedVersion, staleness });
  }

  update(time: number, version: number, contributors: number[]): void {
    this.updates.push({ time, version, contributors });
  }

  /** An update at time t that produced `version` from the gradients of `batch`. */
  flushBatch(t: number, version: number): void {
    this.update(t, version, this.batch);
    this.batch = [];
  }

  /** Learner l's gradient, arrived at a when the PS held w_version: its pull, compute and push. */
  applied(l: number, ls: Learners, a: number, version: number): void {
    const rv = ls.rv[l];
    this.seg(l, ls.start[l], ls.cs[l], 'comm', rv);
    this.seg(l, ls.cs[l], ls.cf[l], 'compute', rv, version + 1, version - rv);
    this.seg(l, ls.cf[l], a, 'comm', rv);
    this.batch.push(l);
  }

  /** Learner m's mini-batch cut at time T: cancelled (or, at the end of an async run, still computing). */
  cut(m: number, ls: Learners, T: number, kind: 'cancelled' | 'compute'): void {
    const { cs, cf, rv } = ls;
    this.seg(m, ls.start[m], Math.min(cs[m], T), 'comm', rv[m]);
    if (cs[m] < T) this.seg(m, cs[m], Math.min(cf[m], T), kind, rv[m]);
    if (cf[m] < T) this.seg(m, cf[m], T, 'comm', rv[m]);
  }

  /** One K-sync iteration from time t (version j) to the update at tu; v = X_{K:P} (ties by learner). */
  ksyncIteration(xs: Float64Array, K: number, v: number, t: number, tu: number, c: number, j: number): void {
    const P = xs.length;
    let below = 0;
    for (let l = 0; l < P; l++) if (xs[l] < v) below++;
    let tiesLeft = K - below; // learners with x = v taken in index order
    const contributors: number[] = [];
    for (let l = 0; l < P; l++) {
      const x = xs[l];
      let chosen = x < v;
      if (!chosen && x === v && tiesLeft > 0) {
        chosen = true;
        tiesLeft--;
      }
      const cs = t + c;
      const cf = cs + x;
      this.seg(l, t, cs, 'comm', j);
      if (chosen) {
        contributors.push(l);
        this.seg(l, cs, cf, 'compute', j, j + 1, 0);
        this.seg(l, cf, cf + c, 'comm', j);
        this.seg(l, cf + c, tu, 'idle', j);
      } else if (cf < tu) {
        this.seg(l, cs, cf, 'cancelled', j);
        this.seg(l, cf, tu, 'comm', j);
      } else this.seg(l, cs, tu, 'cancelled', j);
    }
    this.update(tu, j + 1, contributors);
  }
}
