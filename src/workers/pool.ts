// The worker pool of DESIGN.md: lazy module workers (one per core, at most 8), cells dispatched
// in list order, results streamed back, superseded work cancelled cooperatively and, failing
// that, terminated after CANCEL_GRACE_MS. A worker that dies is replaced and its cell retried once.

import * as Comlink from 'comlink';
import type { CellSpec } from '../experiments/cells';
import type { CellWorkerApi } from './cell.worker';

export const CANCEL_GRACE_MS = 100;

export interface BatchCallbacks {
  onResult(cell: CellSpec, value: unknown): void;
  onCellError(cell: CellSpec, message: string): void;
  /** Something the user should read that is not a cell error (a worker replaced). */
  onNotice(message: string): void;
  onDone(): void;
}

interface Job {
  id: number;
  batch: number;
  cell: CellSpec;
}

interface Slot {
  index: number;
  worker: Worker | null;
  api: Comlink.Remote<CellWorkerApi> | null;
  job: Job | null;
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

export class WorkerPool {
  private readonly slots: Slot[];
  private queue: CellSpec[] = [];
  private batch = 0;
  private seed = 0;
  private callbacks: BatchCallbacks | null = null;
  private nextJobId = 1;
  private readonly attempts = new Map<string, number>();
  readonly stats: PoolStats;

  constructor(
    private readonly createWorker: WorkerFactory,
    size: number,
  ) {
    const n = Math.max(1, Math.min(8, Math.floor(size) || 1));
    this.slots = Array.from({ length: n }, (_, index) => ({ index, worker: null, api: null, job: null }));
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
    if (cells.length === 0) callbacks.onDone();
    else this.pump();
  }

  /** Supersede the current batch: ask busy workers to stop; terminate those that do not within the grace period. */
  cancel(): void {
    this.queue = [];
    this.callbacks = null;
    for (const slot of this.slots) {
      const job = slot.job;
      if (!job || job.batch !== this.batch) continue;
      slot.api?.cancel(job.id).catch(() => {});
      setTimeout(() => {
        if (slot.job?.id === job.id) {
          this.replaceWorker(slot);
          this.pump();
        }
      }, CANCEL_GRACE_MS);
    }
  }

  /** For tests and fault drills: kill a busy worker as if it had crashed. */
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
    this.stats.spawned++;
    this.stats.liveWorkers++;
    return slot.api;
  }

  private replaceWorker(slot: Slot): void {
    if (slot.job && slot.job.batch !== this.batch) this.stats.cellsCancelled++;
    slot.job = null;
    if (!slot.worker) return;
    slot.api?.[Comlink.releaseProxy]();
    slot.worker.terminate();
    slot.worker = null;
    slot.api = null;
    this.stats.terminated++;
    this.stats.liveWorkers--;
  }

  private onWorkerDied(slot: Slot, why: string): void {
    const job = slot.job;
    this.stats.crashed++;
    this.replaceWorker(slot);
    if (job && job.batch === this.batch && this.callbacks) {
      const tries = (this.attempts.get(job.cell.id) ?? 0) + 1;
      this.attempts.set(job.cell.id, tries);
      if (tries <= 1) {
        this.callbacks.onNotice(
          `A worker stopped (${why}) while computing a cell; it was replaced and the cell is being retried.`,
        );
        this.queue.unshift(job.cell);
      } else {
        this.callbacks.onCellError(job.cell, `a worker stopped twice on this cell (${why})`);
        this.finishIfIdle();
      }
    }
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const cell = this.queue.shift()!;
      this.start(slot, cell);
    }
  }

  private start(slot: Slot, cell: CellSpec): void {
    const job: Job = { id: this.nextJobId++, batch: this.batch, cell };
    slot.job = job;
    this.stats.cellsStarted++;
    const api = this.ensureWorker(slot);
    api.run(job.id, cell, this.seed).then(
      (value) => {
        if (slot.job?.id !== job.id) return;
        slot.job = null;
        this.stats.cellsCompleted++;
        if (job.batch === this.batch && this.callbacks) {
          this.callbacks.onResult(cell, value);
          this.finishIfIdle();
        }
        this.pump();
      },
      (err: unknown) => {
        if (slot.job?.id !== job.id) return;
        slot.job = null;
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
    if (this.slots.some((s) => s.job && s.job.batch === this.batch)) return;
    const cb = this.callbacks;
    this.callbacks = null;
    cb?.onDone();
  }
}
