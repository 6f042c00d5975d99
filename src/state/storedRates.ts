// What the time-left estimate learned about each kind of cell, kept in localStorage so the next visit
// starts from this machine's costs instead of the priors. Tied to the app version (a new version may
// make a kind cheaper or dearer, or change what its `cost` counts); a value of another version, or
// one that does not parse, is ignored, and storage that is full or disabled is not an error.
import type { CostSums } from './cellCostModel';

export const RATES_KEY = 'pse:cellRates';
/**
 * A kind's stored sums count for at most this many cells, so the cells of this visit soon outweigh
 * those of earlier ones (the machine may be busier or idler now).
 */
export const STORED_CELLS_MAX = 20;

/** Where the sums are kept: localStorage in the app, a Map in a test. */
export interface RateStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function validSums(v: unknown): v is CostSums {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    (['n', 'w', 't', 'ww', 'wt'] as const).every((k) => typeof s[k] === 'number' && Number.isFinite(s[k])) &&
    (s.n as number) > 0 &&
    (s.w as number) > 0 &&
    (s.t as number) >= 0 &&
    (s.ww as number) > 0
  );
}

/** The stored sums of this version, each scaled down to at most STORED_CELLS_MAX cells. */
export function loadRates(storage: RateStorage | undefined, version: string): Map<string, CostSums> {
  const out = new Map<string, CostSums>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(RATES_KEY) ?? 'null');
  } catch {
    return out;
  }
  if (!parsed || typeof parsed !== 'object') return out;
  const { version: v, kinds } = parsed as { version?: unknown; kinds?: unknown };
  if (v !== version || !kinds || typeof kinds !== 'object') return out;
  for (const [kind, sums] of Object.entries(kinds as Record<string, unknown>)) {
    if (!validSums(sums)) continue;
    const scale = Math.min(1, STORED_CELLS_MAX / sums.n);
    out.set(kind, {
      ...(typeof sums.max === 'number' && sums.max > 0 ? { max: sums.max } : {}),
      n: sums.n * scale,
      w: sums.w * scale,
      t: sums.t * scale,
      ww: sums.ww * scale,
      wt: sums.wt * scale,
    });
  }
  return out;
}

export function saveRates(
  storage: RateStorage | undefined,
  version: string,
  kinds: ReadonlyMap<string, CostSums>,
): void {
  try {
    storage?.setItem(RATES_KEY, JSON.stringify({ version, kinds: Object.fromEntries(kinds) }));
  } catch {
    // Full or disabled storage: the next visit starts from the priors again.
  }
}

/** The page's localStorage, if it has one that works (not in the CLI, nor in a locked-down browser). */
export function browserStorage(): RateStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
