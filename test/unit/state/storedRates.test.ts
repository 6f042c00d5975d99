import { describe, expect, it } from 'vitest';
import { lineMs } from '../../../src/state/cellCostModel';
import { RATES_KEY, type RateStorage, STORED_CELLS_MAX } from '../../../src/state/storedRates';
import { RateBook, WorkEstimate } from '../../../src/state/workEstimate';

function memory(initial?: string): RateStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  if (initial !== undefined) map.set(RATES_KEY, initial);
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** One run of two cells of kind `k` (10 and 100 units: 55 and 100 ms, so 50 ms + 0.5 ms a unit). */
function learn(book: RateBook) {
  const cells = [
    { id: 'a', kind: 'k', cost: 10 },
    { id: 'b', kind: 'k', cost: 100 },
  ];
  const run = new WorkEstimate(cells, 1, 0, book);
  run.finish(cells[0], 55, 55);
  run.finish(cells[1], 100, 155);
}

describe('learned cell costs kept between visits', () => {
  it('are saved at a run’s end and read by the next visit of the same version', () => {
    const storage = memory();
    learn(new RateBook({}, {}, storage, '1.2.3'));
    const saved = JSON.parse(storage.map.get(RATES_KEY)!);
    expect(saved.version).toBe('1.2.3');
    expect(saved.kinds.k).toEqual({ n: 2, max: 100, w: 110, t: 155, ww: 10100, wt: 10550 });
    const next = new RateBook({}, {}, storage, '1.2.3');
    const line = next.measured('k')!;
    // Two cells: their least-squares slope 0.5 (Sxx 4050) shrunk toward the pure rate 77.5/55 with
    // weight w̄² = 3025, through their mean (55, 77.5).
    const slope = (0.5 * 4050 + 3025 * (77.5 / 55)) / (4050 + 3025);
    expect(line.msPerUnit).toBeCloseTo(slope, 9);
    expect(line.overheadMs).toBeCloseTo(77.5 - 55 * slope, 9);
    // A fresh run estimates a kind it has not run yet from the stored line.
    const run = new WorkEstimate([{ id: 'c', kind: 'k', cost: 1000 }], 1, 0, next);
    expect(run.expectedCellMs('k', 100)).toBeCloseTo(line.overheadMs + 100 * line.msPerUnit, 9);
    // Past the largest work measured (100) the reference slope (the pure rate 77.5/55) goes on.
    expect(run.expectedCellMs('k', 1000)).toBeCloseTo(lineMs(line, 100) + 900 * (77.5 / 55), 9);
  });

  it('are ignored when written by another version of the app', () => {
    const storage = memory();
    learn(new RateBook({}, {}, storage, '1.2.3'));
    expect(new RateBook({}, {}, storage, '1.2.4').measured('k')).toBeUndefined();
  });

  it('are ignored when corrupt, whole or per kind, and never throw', () => {
    for (const bad of ['{', 'null', '42', '"x"', '[]', '{"version":"v"}', '{"version":"v","kinds":7}'])
      expect(new RateBook({}, {}, memory(bad), 'v').measured('k'), bad).toBeUndefined();
    const mixed = JSON.stringify({
      version: 'v',
      kinds: {
        good: { n: 1, w: 10, t: 20, ww: 100, wt: 200 },
        nan: { n: 1, w: 10, t: null, ww: 100, wt: 200 },
        negative: { n: 1, w: -10, t: 20, ww: 100, wt: -200 },
        text: 'fast',
      },
    });
    const book = new RateBook({}, {}, memory(mixed), 'v');
    expect(book.measured('good')).toMatchObject({ overheadMs: 0, msPerUnit: 2 });
    for (const k of ['nan', 'negative', 'text']) expect(book.measured(k), k).toBeUndefined();
    const throwing: RateStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => learn(new RateBook({}, {}, throwing, 'v'))).not.toThrow();
  });

  it('count for at most STORED_CELLS_MAX cells, so this visit’s cells soon outweigh them', () => {
    const many = { n: 1000, w: 10_000, t: 50_000, ww: 200_000, wt: 1_000_000 };
    const storage = memory(JSON.stringify({ version: 'v', kinds: { k: many } }));
    const book = new RateBook({}, {}, storage, 'v');
    book.save();
    const kept = JSON.parse(storage.map.get(RATES_KEY)!).kinds.k;
    expect(kept.n).toBe(STORED_CELLS_MAX);
    expect(kept.t / kept.n).toBeCloseTo(many.t / many.n, 9);
  });
});
