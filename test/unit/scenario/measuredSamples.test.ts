import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDistribution } from '../../../src/engine/distributions';
import { rngFor } from '../../../src/engine/random/seed';
import { canonicalDist, parseDist } from '../../../src/scenario/distributionSyntax';
import { parseMeasured, quantilesText } from '../../../src/scenario/measuredSamples';

describe('measured compute times', () => {
  it('reads one time per line, a comma-separated line, and the numeric column of a CSV with a header', () => {
    expect(parseMeasured('1.5\n2\n\n0.25\n').samples).toEqual([1.5, 2, 0.25]);
    expect(parseMeasured('1.5, 2, 0.25').samples).toEqual([1.5, 2, 0.25]);
    const csv = parseMeasured('host,seconds\na,1.5\nb,2\nc,oops\nd,-1\ne,0.25');
    expect(csv.samples).toEqual([1.5, 2, 0.25]);
    expect(csv.column).toBe(1);
    expect(csv.columns).toBe(2);
    expect(csv.ignored).toBe(2);
  });

  it('never throws and returns exactly the non-negative numbers it was given, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 50 }),
        fc.string(),
        (xs, junk) => {
          const r = parseMeasured(xs.map(String).join('\n'));
          expect(r.samples).toEqual(xs.map((x) => Number(String(x))));
          expect(() => parseMeasured(junk)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('summarises samples as a valid quantiles distribution that reproduces what they were drawn from', () => {
    const exp = makeDistribution({ family: 'exp', rate: 1 });
    const rng = rngFor(1, 'measured');
    const xs = Array.from({ length: 20_000 }, () => exp.sample(rng));
    const text = quantilesText(xs);
    expect(canonicalDist(text).value).toBe(text);
    const q = makeDistribution(parseDist(text).value!);
    // 64 quantiles of 20 000 exp(1) draws: mean within 3 % of 1 (the top 1/128 of the tail is cut).
    expect(Math.abs(q.mean - 1)).toBeLessThan(0.03);
    // The median of the summary within 2 % of ln 2.
    expect(Math.abs(q.quantile(0.5) / Math.LN2 - 1)).toBeLessThan(0.02);
  });
});
