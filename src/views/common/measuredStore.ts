// Raw measured samples stay on the user's machine (localStorage), keyed by the quantiles text the
// link carries, so a reload shows where a `quantiles(…)` distribution came from. The link itself
// never carries the samples (DESIGN.md). localStorage holds about 5 MB for the whole site, so
// only an even thinning of at most MAX_KEPT samples is kept (≈ 100 KB), the oldest measurements
// give way when it is full, and storage that is full or disabled is reported, never thrown.

const PREFIX = 'pse:measured:';
/** Beyond this many samples only an even thinning is kept. */
export const MAX_KEPT = 10_000;

export interface StoredMeasurement {
  samples: number[];
  /** File name, or "pasted". */
  source: string;
  savedAt: string;
  /** Samples before thinning. */
  count: number;
}

export type SaveResult =
  | { ok: true; kept: number; count: number /** Older measurements removed to make room. */; evicted: number }
  | { ok: false; reason: string };

/** Saved measurements other than `keep`, oldest first. */
function oldest(keep: string): string[] {
  const found: { key: string; at: string }[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX) || key === keep) continue;
    let at = '';
    try {
      at = String((JSON.parse(localStorage.getItem(key) ?? '{}') as { savedAt?: string }).savedAt ?? '');
    } catch {
      // An unreadable entry is the first to go.
    }
    found.push({ key, at });
  }
  return found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((f) => f.key);
}

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export function saveMeasurement(quantiles: string, samples: ArrayLike<number>, source: string): SaveResult {
  const step = Math.max(1, Math.ceil(samples.length / MAX_KEPT));
  const kept: number[] = [];
  for (let i = 0; i < samples.length; i += step) kept.push(samples[i]);
  const value: StoredMeasurement = {
    samples: kept,
    source,
    savedAt: new Date().toISOString(),
    count: samples.length,
  };
  const key = PREFIX + quantiles;
  const text = JSON.stringify(value);
  let evicted = 0;
  let older: string[] | null = null;
  try {
    for (;;) {
      try {
        localStorage.setItem(key, text);
        return { ok: true, kept: kept.length, count: samples.length, evicted };
      } catch (e) {
        older ??= oldest(key);
        const next = older.shift();
        if (!isQuota(e) || next === undefined) throw e;
        localStorage.removeItem(next);
        evicted++;
      }
    }
  } catch (e) {
    return {
      ok: false,
      reason: isQuota(e)
        ? 'this browser’s storage for the site is full'
        : 'this browser does not allow the site to store data',
    };
  }
}

export function loadMeasurement(quantiles: string): StoredMeasurement | null {
  try {
    const raw = localStorage.getItem(PREFIX + quantiles);
    if (!raw) return null;
    const v = JSON.parse(raw) as StoredMeasurement;
    return Array.isArray(v.samples) && typeof v.source === 'string' ? v : null;
  } catch {
    return null;
  }
}
