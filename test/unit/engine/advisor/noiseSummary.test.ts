import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXAMPLE,
  exampleLog,
  noiseScaleCsv,
  twoBatchCsv,
} from '../../../../src/engine/advisor/exampleLog';
import { readNoiseLog } from '../../../../src/engine/advisor/logReader';
import { summariseNoise } from '../../../../src/engine/advisor/noiseSummary';

function read(text: string) {
  const r = readNoiseLog(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.log;
}

describe('summariseNoise (what a link carries)', () => {
  const e = exampleLog(DEFAULT_EXAMPLE);

  it('cuts the run into 32 segments whose B_simple bands hold the truth (M = 100) nearly always', () => {
    const s = summariseNoise(read(twoBatchCsv(e)), { seed: 1 });
    expect(s.segments).toHaveLength(32);
    expect(s.segments.at(-1)?.step).toBe(1999);
    let covered = 0;
    for (const g of s.segments) {
      expect(g.bSimple).not.toBeNull();
      if ((g.lo ?? Number.POSITIVE_INFINITY) <= 100 && 100 <= (g.hi ?? Number.POSITIVE_INFINITY)) covered++;
      // b̂ = 1 + tr Σ/(|G|² + ε̂_T) ≤ 1 + B_simple whenever ε̂_T ≥ 0.
      expect(g.bHat ?? 0).toBeLessThanOrEqual(1 + (g.bSimple ?? 0) + 1e-9);
    }
    // A 95 % band per segment: about 30 of 32; fewer than 26 would say the band is too narrow.
    expect(covered).toBeGreaterThanOrEqual(26);
    // 4 significant digits.
    for (const g of s.segments)
      expect(
        String(g.bSimple)
          .replace(/[-.]|e.*$/g, '')
          .replace(/^0+/, '').length,
      ).toBeLessThanOrEqual(4);
  });

  it('is deterministic and summarises a logged noise_scale as its segment means', () => {
    const log = read(noiseScaleCsv(e));
    const a = summariseNoise(log, { seed: 1 });
    expect(summariseNoise(log, { seed: 1 })).toEqual(a);
    expect(a.epsHat).toBeNull();
    expect(a.segments.at(-1)?.bSimple).toBeGreaterThan(80);
    expect(a.segments.at(-1)?.bSimple).toBeLessThan(120);
  });
});
