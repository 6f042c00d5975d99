import type { CellResults } from '../experiments/cells';
import { ResultCache } from './resultCache';

// Finished cell results, keyed by seed and cell identity: the page's result cache. Cells are
// identified by their parameters, so results survive unrelated changes (adding a curve recomputes
// only that curve) and a scenario seen before costs nothing (the driver never dispatches a cached cell).

declare const __APP_VERSION__: string;

/** The cache's budget: ample for dozens of presets' results, small beside a tab's memory. */
export const MAX_RESULT_BYTES = 96 * 1024 * 1024;
const results = new ResultCache(MAX_RESULT_BYTES, __APP_VERSION__);

const key = (seed: number, cellId: string) => `${seed}#${cellId}`;

export function storeResult(seed: number, cellId: string, value: unknown): void {
  results.set(key(seed, cellId), value);
}

export function hasResult(seed: number, cellId: string): boolean {
  return results.has(key(seed, cellId));
}

/** The results of one seed, keyed by cell id, as experiments read them. */
export function resultsForSeed(seed: number): CellResults {
  const prefix = `${seed}#`;
  return { get: (id: string) => results.get(prefix + id) };
}

/** What the cache holds (for the diagnostics of browser tests and the benchmark). */
export function resultCacheStats(): { entries: number; bytes: number; version: string } {
  return { entries: results.size, bytes: results.bytes, version: results.version };
}
