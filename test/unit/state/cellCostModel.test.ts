import { describe, expect, it } from 'vitest';
import { addSample, emptySums, fitLine, lineMs } from '../../../src/state/cellCostModel';

function sums(points: [number, number][]) {
  const s = emptySums();
  for (const [w, t] of points) addSample(s, w, t);
  return s;
}

describe('a kind’s cost line: overhead + rate × work', () => {
  it('recovers an exact line from many cells of spread works (the shrinkage fades)', () => {
    const points: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      100 + 10 * i,
      20 + 0.5 * (100 + 10 * i),
    ]);
    const line = fitLine(sums(points))!;
    // Data weight n c² / (n c² + 1) with c ≈ 0.53: the slope within 1 % of 0.5.
    expect(line.msPerUnit).toBeCloseTo(0.5, 2);
    expect(lineMs(line, 1000)).toBeCloseTo(520, -1);
  });

  it('with cells all of one size takes the prior’s shape, scaled through their mean', () => {
    const line = fitLine(
      sums([
        [100, 30],
        [100, 30],
      ]),
      { overheadMs: 10, msPerUnit: 0.1 },
    )!;
    // The prior says 20 ms at 100 units, the cells 30: the prior's line × 1.5.
    expect(line.overheadMs).toBeCloseTo(15, 9);
    expect(line.msPerUnit).toBeCloseTo(0.15, 9);
    // Without a prior: a pure rate.
    expect(fitLine(sums([[100, 30]]))).toMatchObject({ overheadMs: 0, msPerUnit: 0.3 });
  });

  it('never goes negative: a slow first small cell takes the reference shape through the mean', () => {
    const line = fitLine(
      sums([
        [10, 50],
        [1000, 5],
        [2000, 6],
      ]),
      { overheadMs: 1, msPerUnit: 0.001 },
    )!;
    expect(line.overheadMs).toBeGreaterThanOrEqual(0);
    expect(line.msPerUnit).toBeGreaterThanOrEqual(0);
    expect(lineMs(line, 1003.33)).toBeCloseTo(61 / 3, 1);
  });

  it('does not carry a slope learned on small cells past the largest work seen', () => {
    const line = fitLine(
      sums([
        [10, 1],
        [20, 2],
        [40, 4],
      ]),
      { overheadMs: 5, msPerUnit: 0 },
    )!;
    expect(line.maxWork).toBe(40);
    // Past 40 units the prior's slope (0) goes on: 10⁶ units cost what 40 do.
    expect(lineMs(line, 1e6)).toBeCloseTo(lineMs(line, 40), 9);
  });

  it('has nothing to say without a finished cell of positive work', () => {
    expect(fitLine(emptySums())).toBeUndefined();
  });
});
