// Raw measured samples stay on the user's machine (localStorage), keyed by the quantiles text the
// link carries, so a reload shows where a `quantiles(…)` distribution came from. The link itself
// never carries the samples (DESIGN.md). Storage can be full or disabled: then nothing is kept.

const PREFIX = 'pse:measured:';
/** Beyond this many samples only an even thinning is kept (localStorage holds about 5 MB). */
const MAX_KEPT = 50_000;

export interface StoredMeasurement {
  samples: number[];
  /** File name, or "pasted". */
  source: string;
  savedAt: string;
  /** Samples before thinning. */
  count: number;
}

export function saveMeasurement(quantiles: string, samples: number[], source: string): boolean {
  const step = Math.max(1, Math.ceil(samples.length / MAX_KEPT));
  const kept = step === 1 ? samples : samples.filter((_, i) => i % step === 0);
  const value: StoredMeasurement = {
    samples: kept,
    source,
    savedAt: new Date().toISOString(),
    count: samples.length,
  };
  try {
    localStorage.setItem(PREFIX + quantiles, JSON.stringify(value));
    return true;
  } catch {
    return false;
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
