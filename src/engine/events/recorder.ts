// tracePs's recorder: the simulator's kernels call it (when tracing) with every segment of every
// learner's timeline and every update, so a Gantt chart shows the run event for event
// (docs/ps-model.md).

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

  /** The applied gradient of learner l, arrived at a: its pull, compute and push. */
  applied(l: number, pullStart: number, cs: number, cf: number, a: number, rv: number, s: number): void {
    this.seg(l, pullStart, cs, 'comm', rv);
    this.seg(l, cs, cf, 'compute', rv, rv + s + 1, s);
    this.seg(l, cf, a, 'comm', rv);
    this.batch.push(l);
  }

  /** A mini-batch cut at time T: cancelled (or, at the end of an async run, still computing). */
  cut(
    m: number,
    pullStart: number,
    cs: number,
    cf: number,
    T: number,
    rv: number,
    kind: 'cancelled' | 'compute',
  ): void {
    this.seg(m, pullStart, Math.min(cs, T), 'comm', rv);
    if (cs < T) this.seg(m, cs, Math.min(cf, T), kind, rv);
    if (cf < T) this.seg(m, cf, T, 'comm', rv);
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
