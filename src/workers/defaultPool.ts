import { type IdleSignal, WorkerPool } from './pool';

let pool: WorkerPool | null = null;

/**
 * The app's pool, created on first use with one module worker per core (at most 8); the last waits
 * for `mainThreadIdle` at the start of each batch (the app's drawing layer says when).
 */
export function appPool(mainThreadIdle?: IdleSignal): WorkerPool {
  pool ??= new WorkerPool(
    () => new Worker(new URL('./cell.worker.ts', import.meta.url), { type: 'module', name: 'cells' }),
    navigator.hardwareConcurrency || 1,
    mainThreadIdle,
  );
  return pool;
}

/** The pool if a view has started it, else null (diagnostics must not start workers). */
export function poolIfStarted(): WorkerPool | null {
  return pool;
}
