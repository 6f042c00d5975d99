import { WorkerPool } from './pool';

let pool: WorkerPool | null = null;

/** The app's pool, created on first use with one module worker per core (at most 8). */
export function appPool(): WorkerPool {
  pool ??= new WorkerPool(
    () => new Worker(new URL('./cell.worker.ts', import.meta.url), { type: 'module', name: 'cells' }),
    navigator.hardwareConcurrency || 1,
  );
  return pool;
}

/** The pool if a view has started it, else null (diagnostics must not start workers). */
export function poolIfStarted(): WorkerPool | null {
  return pool;
}
