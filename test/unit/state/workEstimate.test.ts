import { describe, expect, it } from 'vitest';
import { RateBook, WorkEstimate, type WorkItem } from '../../../src/state/workEstimate';
import { simulatePool } from './poolSimulation';

/** A deterministic stream in [0, 1) (mulberry32), so the synthetic timings are the same every run. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plan of mixed kinds whose true costs per unit differ from the priors, with ±25 % noise per cell. */
function syntheticRun(seed: number) {
  const rand = uniform(seed);
  const truth: Record<string, number> = { fast: 0.02, slow: 1.5, unknown: 0.4 };
  const priors = { fast: 0.05, slow: 0.6 }; // 2.5 times off, one kind without a prior
  const cells: WorkItem[] = [];
  const trueMs = new Map<string, number>();
  for (let i = 0; i < 120; i++) {
    const kind = i % 7 === 0 ? 'unknown' : i % 3 === 0 ? 'slow' : 'fast';
    const cost = kind === 'fast' ? 2000 * (1 + 20 * rand()) : kind === 'slow' ? 20 * (1 + 5 * rand()) : 100;
    const cell = { id: `c${i}`, kind, cost };
    cells.push(cell);
    trueMs.set(cell.id, truth[kind] * cost * (0.75 + 0.5 * rand()));
  }
  return { cells, trueMs, priors };
}

/**
 * The worst relative error of the time left over the finishes from `after` of the work done until the
 * last 10 % of the run's time. The tail — a few cells left, and how long the longest of them takes
 * (±25 %) decides — is judged by `tail`: the worst error there as a fraction of the run's length.
 */
function worstError(seed: number, workers: number, after = 0.1) {
  const { cells, trueMs, priors } = syntheticRun(seed);
  const finishes = simulatePool(cells, trueMs, workers);
  const end = finishes[finishes.length - 1].at;
  const totalMs = [...trueMs.values()].reduce((a, b) => a + b, 0);
  const estimate = new WorkEstimate(cells, workers, 0, new RateBook(priors));
  let doneMs = 0;
  let worst = 0;
  let tail = 0;
  const errors: number[] = [];
  for (const f of finishes) {
    estimate.finish(f.cell, f.busyMs, f.at);
    doneMs += f.busyMs;
    const left = end - f.at;
    if (doneMs / totalMs < after || left <= 0) continue;
    const { etaMs } = estimate.snapshot(f.at, f.running);
    if (left < 0.1 * end) {
      tail = Math.max(tail, Math.abs(etaMs! - left) / end);
      continue;
    }
    const err = (etaMs! - left) / left;
    errors.push(err);
    worst = Math.max(worst, Math.abs(err));
  }
  return { worst, tail, errors };
}

describe('time left from measured cost per kind of cell', () => {
  it('is within ±30 % of the true time left from 10 % of the work to the last 10 % of the time (2 and 4 workers, 10 plans)', () => {
    for (const workers of [2, 4])
      for (let seed = 1; seed <= 10; seed++) {
        const { worst, tail } = worstError(seed, workers);
        expect(worst, `workers ${workers}, seed ${seed}`).toBeLessThanOrEqual(0.3);
        // At the end a few cells decide; off by at most 5 % of the run's length.
        expect(tail, `tail: workers ${workers}, seed ${seed}`).toBeLessThanOrEqual(0.05);
      }
  });

  it('would miss by far more on the priors alone (the rates learned are what makes it right)', () => {
    const { cells, trueMs, priors } = syntheticRun(1);
    const total = [...trueMs.values()].reduce((a, b) => a + b, 0) / 2;
    const fresh = new WorkEstimate(cells, 2, 0, new RateBook(priors));
    // Before any cell has finished there is no time estimate at all …
    expect(fresh.snapshot(0).etaMs).toBeNull();
    // … and the priors' idea of the whole run is off by more than 30 %.
    let priorMs = 0;
    for (const c of cells) priorMs += fresh.expectedCellMs(c.kind, c.cost);
    expect(Math.abs(priorMs / 2 - total) / total).toBeGreaterThan(0.3);
  });

  it('reports the fraction of work, not of cells: 153 cheap cells done of 154 is not 99 %', () => {
    const cells: WorkItem[] = Array.from({ length: 154 }, (_, i) => ({
      id: `c${i}`,
      kind: 'k',
      cost: i === 153 ? 200 : 1,
    }));
    const estimate = new WorkEstimate(cells, 1, 0, new RateBook({}));
    let t = 0;
    for (const c of cells.slice(0, 153)) estimate.finish(c, 10, (t += 10));
    // 1530 ms done, 2000 ms expected of the last cell (just started): 43 % of the work.
    const { fraction, etaMs } = estimate.snapshot(t);
    expect(fraction).toBeCloseTo(1530 / 3530, 2);
    expect(etaMs).toBeCloseTo(2000, 0);
    // Half-way through the last cell, half of it counts as done.
    expect(estimate.snapshot(t + 1000).fraction).toBeCloseTo(2530 / 3530, 2);
    estimate.finish(cells[153], 2000, t + 2000);
    expect(estimate.snapshot(t + 2000)).toEqual({ fraction: 1, etaMs: 0 });
  });

  it('keeps what it learned for the next run of the session: a known kind is estimated from its first finish', () => {
    const book = new RateBook({});
    const first = new WorkEstimate([{ id: 'a', kind: 'k', cost: 10 }], 1, 0, book);
    first.finish({ id: 'a', kind: 'k', cost: 10 }, 50, 50); // 5 ms a unit
    const cells = [
      { id: 'b', kind: 'other', cost: 1 },
      { id: 'c', kind: 'k', cost: 100 },
    ];
    const second = new WorkEstimate(cells, 1, 0, book);
    second.finish(cells[0], 1, 1);
    expect(second.lineFor('k').msPerUnit).toBe(5);
    expect(second.snapshot(1).etaMs).toBeCloseTo(500, 0);
  });

  it('scales the priors of kinds not seen yet by how fast this machine runs the kinds seen', () => {
    const book = new RateBook({ a: 1, b: 2 });
    const cells = [
      { id: 'a1', kind: 'a', cost: 100 },
      { id: 'b1', kind: 'b', cost: 10 },
    ];
    const estimate = new WorkEstimate(cells, 1, 0, book);
    estimate.finish(cells[0], 300, 300); // three times slower than its prior
    expect(estimate.lineFor('b').msPerUnit).toBeCloseTo(6, 9);
  });

  it('does not scale the priors by one tiny cell’s start-up, and at most threefold (Fig. 9 said 8 min, not 30 s)', () => {
    const cells = [
      { id: 'info', kind: 'a', cost: 1 },
      { id: 'run', kind: 'b', cost: 10 },
    ];
    const tiny = new WorkEstimate(cells, 1, 0, new RateBook({ a: 0.03, b: 2 }));
    tiny.finish(cells[0], 50, 50); // 1600 times its prior, but only 50 ms: start-up
    expect(tiny.lineFor('b').msPerUnit).toBe(2);
    const slow = new WorkEstimate(cells, 1, 0, new RateBook({ a: 0.03, b: 2 }));
    slow.finish(cells[0], 500, 500);
    expect(slow.lineFor('b').msPerUnit).toBeCloseTo(6, 9);
  });

  it('gives no time while most of the work left is of kinds known only from their priors', () => {
    const cells = [
      { id: 'info', kind: 'a', cost: 1 },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `w${i}`, kind: 'b', cost: 10 })),
    ];
    const estimate = new WorkEstimate(cells, 2, 0, new RateBook({ a: 1, b: 1 }));
    estimate.finish(cells[0], 1, 1);
    expect(estimate.snapshot(1).etaMs).toBeNull();
    estimate.finish(cells[1], 10, 11);
    expect(estimate.snapshot(11).etaMs).not.toBeNull();
  });
});

// The estimate's cost on the page's thread is a benchmark row (bench/timeLeft.ts), not a timed test here.
