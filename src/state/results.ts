import type { CellResults } from '../experiments/cells';

// Finished cell results, keyed by seed and cell identity. Cells are identified by their
// parameters, so results survive unrelated changes (adding a curve recomputes only that curve).

const MAX_ENTRIES = 20_000;
const results = new Map<string, unknown>();

const key = (seed: number, cellId: string) => `${seed}#${cellId}`;

export function storeResult(seed: number, cellId: string, value: unknown): void {
  const k = key(seed, cellId);
  results.delete(k);
  results.set(k, value);
  // Map iteration order is insertion order: the first keys are the least recently stored.
  while (results.size > MAX_ENTRIES) results.delete(results.keys().next().value as string);
}

export function hasResult(seed: number, cellId: string): boolean {
  return results.has(key(seed, cellId));
}

/** The results of one seed, keyed by cell id, as experiments read them. */
export function resultsForSeed(seed: number): CellResults {
  const prefix = `${seed}#`;
  return { get: (id: string) => results.get(prefix + id) };
}
