// The worker pool of DESIGN.md: lazy module workers (one per core, at most 8), cells dispatched
// in list order, results streamed back, superseded work cancelled cooperatively and, failing
// that, terminated after CANCEL_GRACE_MS. A worker that dies is replaced and its cells retried once.
// Each worker holds PIPELINE_DEPTH cells, so it never idles waiting for a busy main thread to
// hand it the next one (the cells interleave at their checkpoints; each has its own random stream).
// A batch starts on all workers but one: the main thread, busy drawing the charts a new scenario
// brings, keeps a core of its own until it is idle (with every core busy, its 15–30 ms tasks took
// 60–90 ms). The last worker joins when `mainThreadIdle` resolves.
// Each cell's busy time is its share of its worker's time: the cells a worker holds take turns at
// their checkpoints, so while n cells share a worker each is charged 1/n of the wall clock (what the
// time-left estimate learns its rates from; state/workEstimate.ts).

import * as Comlink from 'comlink';
import type { CellSpec } from '../experiments/cells';
import type { CellWorkerApi } from './cell.worker';

export const CANCEL_GRACE_MS = 100;
const PIPELINE_DEPTH = 2;

export interface BatchCallbacks {
  /** `busyMs`: the cell's share of its worker's time, from start to answer. */
  onResult(cell: CellSpec, value: unknown, busyMs: number): void;
  onCellError(cell: CellSpec, message: string): void;
  /** Something the user should read that is not a cell error (a worker replaced). */
  onNotice(message: string): void;
  onDone(): void;
}

interface Job {
  id: number;
  batch: number;
  cell: CellSpec;
  busyMs: number;
}

interface Slot {
  index: number;
  worker: Worker | null;
  api: Comlink.Remote<CellWorkerApi> | null;
  /** Cells sent to this worker and not yet answered. */
  jobs: Job[];
  /** When the jobs' busy time was last brought up to date. */
  since: number;
  /** The worker has loaded (answered its ping): only from then on does its time count as busy. */
  warm: boolean;
}

export interface PoolStats {
  size: number;
  liveWorkers: number;
  spawned: number;
  terminated: number;
  crashed: number;
  cellsStarted: number;
  cellsCompleted: number;
  cellsCancelled: number;
}

export type WorkerFactory = () => Worker;
/** Resolves once the main thread has time to spare (the pool then uses its last worker too). */
export type IdleSignal = () => Promise<void>;
const IMMEDIATELY: IdleSignal = () => Promise.resolve();

export class WorkerPool {
  private readonly slots: Slot[];
  private queue: CellSpec[] = [];
  private batch = 0;
  private seed = 0;
  private callbacks: BatchCallbacks | null = null;
  private nextJobId = 1;
  private readonly attempts = new Map<string, number>();
  /** How many workers the current batch may use: all but one until the main thread is idle. */
  private active = 1;
  readonly stats: PoolStats;

  constructor(
    private readonly createWorker: WorkerFactory,
    size: number,
    private readonly mainThreadIdle: IdleSignal = IMMEDIATELY,
  ) {
    const n = Math.max(1, Math.min(8, Math.floor(size) || 1));
    this.slots = Array.from({ length: n }, (_, index) => ({
      index,
      worker: null,
      api: null,
      jobs: [],
      since: 0,
      warm: false,
    }));
    this.stats = {
      size: n,
      liveWorkers: 0,
      spawned: 0,
      terminated: 0,
      crashed: 0,
      cellsStarted: 0,
      cellsCompleted: 0,
      cellsCancelled: 0,
    };
  }

  /** Start a batch; any previous batch is superseded (its results are dropped). */
  run(cells: CellSpec[], seed: number, callbacks: BatchCallbacks): void {
    this.cancel();
    this.batch++;
    this.seed = seed;
    this.queue = [...cells];
    this.callbacks = callbacks;
    this.attempts.clear();
    if (cells.length === 0) {
      callbacks.onDone();
      return;
    }
    const batch = this.batch;
    this.active = Math.max(1, this.slots.length - 1);
    this.pump();
    if (this.active < this.slots.length)
      this.mainThreadIdle().then(() => {
        if (batch !== this.batch) return;
        this.active = this.slots.length;
        this.pump();
      });
  }

  /** Supersede the current batch: ask busy workers to stop; terminate those that do not within the grace period. */
  cancel(): void {
    this.queue = [];
    this.callbacks = null;
    for (const slot of this.slots) {
      const stale = slot.jobs.filter((j) => j.batch === this.batch);
      if (stale.length === 0) continue;
      for (const job of stale) slot.api?.cancel(job.id).catch(() => {});
      const worker = slot.worker;
      setTimeout(() => {
        if (slot.worker === worker && stale.some((j) => slot.jobs.includes(j))) {
          this.requeueCurrent(slot);
          this.replaceWorker(slot);
          this.pump();
        }
      }, CANCEL_GRACE_MS);
    }
  }

  /** The current batch's cells on the workers now, with the worker time each has had so far. */
  running(): { id: string; slot: number; busyMs: number }[] {
    const out: { id: string; slot: number; busyMs: number }[] = [];
    for (const slot of this.slots) {
      this.accrue(slot);
      for (const job of slot.jobs)
        if (job.batch === this.batch) out.push({ id: job.cell.id, slot: slot.index, busyMs: job.busyMs });
    }
    return out;
  }

  /** For tests and fault drills: kill a worker as if it had crashed. */
  killWorker(index = 0): boolean {
    const slot = this.slots[index];
    if (!slot?.worker) return false;
    this.onWorkerDied(slot, 'it was killed');
    return true;
  }

  dispose(): void {
    this.cancel();
    for (const slot of this.slots) this.replaceWorker(slot);
  }

  private ensureWorker(slot: Slot): Comlink.Remote<CellWorkerApi> {
    if (slot.api) return slot.api;
    const worker = this.createWorker();
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      if (slot.worker === worker) this.onWorkerDied(slot, e.message || 'an uncaught error');
    });
    slot.worker = worker;
    slot.api = Comlink.wrap<CellWorkerApi>(worker);
    // Loading and compiling the worker's module is no cell's work: busy time starts when it answers.
    const loaded = () => {
      if (slot.worker !== worker) return;
      this.accrue(slot);
      slot.warm = true;
    };
    slot.api.ping().then(loaded, loaded);
    this.stats.spawned++;
    this.stats.liveWorkers++;
    return slot.api;
  }

  private replaceWorker(slot: Slot): void {
    this.stats.cellsCancelled += slot.jobs.filter((j) => j.batch !== this.batch).length;
    slot.jobs = [];
    if (!slot.worker) return;
    slot.api?.[Comlink.releaseProxy]();
    slot.worker.terminate();
    slot.worker = null;
    slot.warm = false;
    slot.api = null;
    this.stats.terminated++;
    this.stats.liveWorkers--;
  }

  /** Put the slot's cells of the current batch back at the front of the queue (their worker is going away). */
  private requeueCurrent(slot: Slot): void {
    this.accrue(slot);
    const current = slot.jobs.filter((j) => j.batch === this.batch).map((j) => j.cell);
    this.queue.unshift(...current);
    slot.jobs = slot.jobs.filter((j) => j.batch !== this.batch);
  }

  private onWorkerDied(slot: Slot, why: string): void {
    this.accrue(slot);
    const current = slot.jobs.filter((j) => j.batch === this.batch);
    slot.jobs = slot.jobs.filter((j) => j.batch !== this.batch);
    this.stats.crashed++;
    this.replaceWorker(slot);
    if (current.length > 0 && this.callbacks) {
      const retry: CellSpec[] = [];
      for (const job of current) {
        const tries = (this.attempts.get(job.cell.id) ?? 0) + 1;
        this.attempts.set(job.cell.id, tries);
        if (tries <= 1) retry.push(job.cell);
        else this.callbacks.onCellError(job.cell, `a worker stopped twice on this cell (${why})`);
      }
      if (retry.length > 0) {
        this.callbacks.onNotice(
          `A worker stopped (${why}) while computing; it was replaced and its ${retry.length === 1 ? 'cell is' : 'cells are'} being retried.`,
        );
        this.queue.unshift(...retry);
      }
    }
    this.pump();
    this.finishIfIdle();
  }

  private pump(): void {
    for (let depth = 1; depth <= PIPELINE_DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        // A worker still finishing superseded cells gets new ones only once it has stopped (or been replaced).
        const draining = slot.jobs.some((j) => j.batch !== this.batch);
        if (draining || slot.jobs.length >= depth) continue;
        // Any idle worker may be the one held back (not one that is still draining).
        if (slot.jobs.length === 0 && this.workersInUse() >= this.active) continue;
        this.start(slot, this.queue.shift()!);
      }
    }
  }

  private workersInUse(): number {
    return this.slots.filter((s) => s.jobs.some((j) => j.batch === this.batch)).length;
  }

  /** Charges the time since the last change to the slot's jobs, shared equally among them. */
  private accrue(slot: Slot): void {
    const now = performance.now();
    const n = slot.jobs.length;
    if (n > 0 && slot.warm) for (const job of slot.jobs) job.busyMs += (now - slot.since) / n;
    slot.since = now;
  }

  private start(slot: Slot, cell: CellSpec): void {
    const job: Job = { id: this.nextJobId++, batch: this.batch, cell, busyMs: 0 };
    this.accrue(slot);
    slot.jobs.push(job);
    this.stats.cellsStarted++;
    const api = this.ensureWorker(slot);
    const settle = (): boolean => {
      const i = slot.jobs.indexOf(job);
      if (i < 0) return false; // its worker was replaced meanwhile
      this.accrue(slot);
      slot.jobs.splice(i, 1);
      return true;
    };
    api.run(job.id, cell, this.seed).then(
      (value) => {
        if (!settle()) return;
        this.stats.cellsCompleted++;
        if (job.batch === this.batch && this.callbacks) {
          this.callbacks.onResult(cell, value, job.busyMs);
          this.finishIfIdle();
        }
        this.pump();
      },
      (err: unknown) => {
        if (!settle()) return;
        const name = err instanceof Error ? err.name : '';
        if (name === 'CellCancelled' || job.batch !== this.batch) this.stats.cellsCancelled++;
        else if (this.callbacks) {
          this.callbacks.onCellError(cell, err instanceof Error ? err.message : String(err));
          this.finishIfIdle();
        }
        this.pump();
      },
    );
  }

  private finishIfIdle(): void {
    if (this.queue.length > 0) return;
    if (this.slots.some((s) => s.jobs.some((j) => j.batch === this.batch))) return;
    const cb = this.callbacks;
    this.callbacks = null;
    cb?.onDone();
  }
}
