import type { DriverStats } from '../state/simulationDriver';
import type { WorkerPool } from '../workers/pool';

/** Read-only counters for browser tests and the benchmark (`window.__pse`). */
export interface Diagnostics {
  pool(): WorkerPool['stats'] | null;
  driver: DriverStats;
  /** The result cache: entries, approximate bytes, the app version it holds results of. */
  cache(): { entries: number; bytes: number; version: string };
  killWorker(index?: number): boolean;
}

declare global {
  interface Window {
    __pse?: Diagnostics;
  }
}

export function exposeDiagnostics(d: Diagnostics): void {
  window.__pse = d;
}
