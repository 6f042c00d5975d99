// Numbers for people (issue 14): long decimals in the text a chart shows are rounded for a reader,
// and a read-out names the source most of its rows share once.

import { describe, expect, it } from 'vitest';
import { commonSource } from '../../../src/charts/crosshair';
import { formatReadable, readableNumbers } from '../../../src/charts/format';
import type { ReadoutRow } from '../../../src/charts/xyModel';

describe('readableNumbers', () => {
  it('rounds a long decimal and says ≈ where the text said =', () => {
    expect(readableNumbers('b_crit = 57482.2643678161')).toBe('b_crit ≈ 57,480');
    expect(
      readableNumbers(
        'Beyond the axis: b_crit = 100000.99999999999 for M = 0, 100100.99999999999 for M = 100.',
      ),
    ).toBe('Beyond the axis: b_crit ≈ 100,000 for M = 0, 100,100 for M = 100.');
    expect(readableNumbers('η = 0.123456789')).toBe('η ≈ 0.123');
  });

  it('keeps integers, short decimals and small numbers as written', () => {
    for (const text of [
      'M = 10000',
      'b_crit = 33.21',
      'ε = 0.00001',
      'ĉ_T = 0.0000198',
      'step 2041',
      '2.5–97.5 %',
    ])
      expect(readableNumbers(text)).toBe(text);
  });

  it('formats to 3 significant digits, 4 from 1000 up, in thousands', () => {
    expect(formatReadable(1.23456)).toBe('1.23');
    expect(formatReadable(57482.26)).toBe('57,480');
    expect(formatReadable(-0.0123456)).toBe('−0.0123');
    expect(formatReadable(1.5e12)).toMatch(/^1\.5 × 10¹²$/);
  });
});

describe('commonSource', () => {
  const row = (source: string | undefined, kind = 'theory') =>
    ({ model: { series: { source, kind } }, point: { x: 1, y: 1 } }) as unknown as ReadoutRow;

  it('is the source at least two rows share, the most common one', () => {
    const f = '[CP] Sec. 5: b(σ⋆²/ε + M + 1)/(σ⋆²/ε + M + b)';
    expect(commonSource([row(f), row(f), row(f), row('the line b', 'reference')])).toBe(f);
    expect(commonSource([row('a'), row('b')])).toBeNull();
    expect(commonSource([])).toBeNull();
  });
});
