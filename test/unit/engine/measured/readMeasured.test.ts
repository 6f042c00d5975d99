import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDistribution, measuredToQuantiles } from '../../../../src/engine/distributions';
import { describeMeasured } from '../../../../src/engine/measured/describeMeasured';
import { quantilesText, sortedQuantilesText } from '../../../../src/engine/measured/quantilesText';
import { parseMeasured, readMeasured } from '../../../../src/engine/measured/readMeasured';
import { readMeasuredSteps } from '../../../../src/engine/measured/readMeasuredSteps';
import { rngFor } from '../../../../src/engine/random/seed';
import { canonicalDist, parseDist } from '../../../../src/scenario/distributionSyntax';

const times = (text: string) => Array.from(parseMeasured(text).samples);
const message = (text: string) => {
  const m = parseMeasured(text);
  return describeMeasured(m, m.samples.length ? canonicalDist(sortedQuantilesText(m.sorted)) : undefined);
};

/**
 * A clock that moves a second at every reading, so every step of a reading ends its slice of time:
 * how often a reading pauses then does not depend on the machine's speed or load (how long a slice
 * takes in the page is the benchmark's and the browser test's). Returns the count of pauses so far
 * (zero timeouts: the reader's way of giving the event loop a turn).
 */
function fastClock(): () => number {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
  const timeout = vi.spyOn(globalThis, 'setTimeout');
  return () => timeout.mock.calls.filter(([, ms]) => ms === 0).length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('measured compute times', () => {
  it('reads one time per line, a comma-separated line, and the numeric column of a CSV with a header', () => {
    expect(times('1.5\n2\n\n0.25\n')).toEqual([1.5, 2, 0.25]);
    expect(times('1.5, 2, 0.25')).toEqual([1.5, 2, 0.25]);
    const csv = parseMeasured('host,seconds\na,1.5\nb,2\nc,oops\nd,-1\ne,0.25');
    expect(Array.from(csv.samples)).toEqual([1.5, 2, 0.25]);
    expect(csv.column).toBe(1);
    expect(csv.columns).toBe(2);
    expect(csv.header).toBe(true);
    expect(csv.columnName).toBe('seconds');
    expect(csv.ignored).toBe(2);
    expect(csv.skips).toMatchObject({ notNumber: 1, negative: 1, notFinite: 0, missing: 0 });
    expect(csv.skips.examples).toEqual({ notNumber: 'oops', negative: '-1' });
  });

  it('says what it skipped and why: text, negatives, NaN/Infinity/1e999, missing cells', () => {
    const m = parseMeasured('t\n1\nabc\n-2\nNaN\nInfinity\n-inf\n1e999\n0\n3');
    expect(Array.from(m.samples)).toEqual([1, 0, 3]);
    expect(m.skips).toMatchObject({ notNumber: 1, negative: 1, notFinite: 4, missing: 0 });
    expect(m.zeros).toBe(1);
    const text = message('t\n1\nabc\n-2\nNaN\nInfinity\n-inf\n1e999\n0\n3').text;
    expect(text).toContain(
      'Read 3 times; 6 entries ignored (1 not a number, e.g. "abc"; 1 negative, e.g. "-2"',
    );
    expect(text).toContain('4 not finite, e.g. "NaN"');
    expect(text).toContain('1 time is 0.');
    // An empty cell of a CSV is a row without a value, and the columns keep their place.
    const gaps = parseMeasured('a,b,c\n1,,3\n4,5,6\n7,8,9');
    expect(gaps.column).toBe(0);
    expect(Array.from(gaps.samples)).toEqual([1, 4, 7]);
    const short = parseMeasured('id;ms\n1;0.5\n2\n3;0.7');
    expect(Array.from(short.samples)).toEqual([0.5, 0.7]);
    expect(short.skips.missing).toBe(1);
    expect(message('id;ms\n1;0.5\n2\n3;0.7').text).toContain('1 row without a value in this column');
  });

  it('rejects hex, units and thousands of blank lines without reading them as numbers', () => {
    expect(times('0x10\n1.5s\n2')).toEqual([2]);
    expect(times(`${'\n'.repeat(5000)}1\n${'\r\n'.repeat(5000)}2\n   \n`)).toEqual([1, 2]);
  });

  it('reads Windows line endings, quoted cells, tabs and a header, naming the column it used', () => {
    const m = parseMeasured('"host"\t"wall seconds"\r\n"a"\t"1.5"\r\n"b"\t"2"\r\n');
    expect(Array.from(m.samples)).toEqual([1.5, 2]);
    expect(m.columnName).toBe('wall seconds');
    expect(message('"host"\t"wall seconds"\r\n"a"\t"1.5"\r\n"b"\t"2"\r\n').text).toMatch(
      /^Read 2 times from column 2 \("wall seconds"\) of 2, the column with the most numbers ≥ 0/,
    );
  });

  it('of several full numeric columns prefers one named like a time, and never a row index', () => {
    const named = parseMeasured('run,x,duration_ms\n1,7,12\n2,8,15\n3,9,11');
    expect(named.column).toBe(2);
    expect(named.columnWhy).toBe('its name says time');
    const index = parseMeasured('1 0.52\n2 0.61\n3 0.49\n4 0.70');
    expect(index.column).toBe(1);
    expect(index.columnWhy).toBe('the column with the most numbers ≥ 0 that is not a row index');
    expect(Array.from(index.samples)).toEqual([0.52, 0.61, 0.49, 0.7]);
    // Two columns of times, neither an index: the first, as before.
    expect(parseMeasured('0.5 0.6\n0.7 0.9').column).toBe(0);
  });

  it('gives a clear message, never a distribution, for empty, blank, text-only, negative-only and all-zero input', () => {
    for (const empty of ['', '\n\n\r\n   \n'])
      expect(message(empty)).toEqual({
        ok: false,
        text: 'Nothing to read: the text is empty or only blank lines.',
      });
    expect(message('seconds').text).toBe(
      'No times found: only a header row, no numbers. Compute times are numbers ≥ 0, one per line or one CSV column.',
    );
    expect(message('foo\nbar\nbaz').text).toContain(
      'No times found: 2 entries ignored (2 not numbers, e.g. "bar")',
    );
    const neg = message('-1\n-2.5\n-3');
    expect(neg.ok).toBe(false);
    expect(neg.text).toContain('3 negative, e.g. "-1"');
    const zeros = message('0\n0\n0');
    expect(zeros.ok).toBe(false);
    expect(zeros.text).toContain('do not make a distribution: quantiles are all 0');
    // A value beyond the quantiles' range is clipped by the link syntax, and the message says so.
    expect(message('1\n2e9').text).toContain('quantile must be at most 1000000;');
  });

  it('never throws and returns exactly the non-negative numbers it was given, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 50 }),
        fc.string(),
        (xs, junk) => {
          const r = parseMeasured(xs.map(String).join('\n'));
          expect(Array.from(r.samples)).toEqual(xs.map((x) => Number(String(x))));
          expect(Array.from(r.sorted)).toEqual(xs.map((x) => Number(String(x))).sort((a, b) => a - b));
          expect(() => describeMeasured(parseMeasured(junk))).not.toThrow();
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
    // The reader's sort gives the engine's quantiles exactly.
    expect(sortedQuantilesText(parseMeasured(xs.join('\n')).sorted)).toBe(
      `quantiles(${measuredToQuantiles(xs, 64, 4).join(',')})`,
    );
  });

  it('reads a big file (300 000 rows, one huge line too; the browser test reads 10 MB) in slices, with progress', async () => {
    const rng = rngFor(2, 'big');
    const xs = Array.from({ length: 300_000 }, () => Number((0.5 + rng.uniform()).toFixed(6)));
    const csv = `i,seconds\n${xs.map((x, i) => `${i},${x}`).join('\n')}`;
    expect(csv.length).toBeGreaterThan(4e6);
    const progress: number[] = [];
    const pausesSoFar = fastClock();
    const m = await readMeasured(csv, { onProgress: (f) => progress.push(f) });
    const pauses = pausesSoFar();
    vi.restoreAllMocks();
    expect(m).not.toBeNull();
    expect(m!.samples.length).toBe(300_000);
    expect(m!.column).toBe(1);
    expect(sortedQuantilesText(m!.sorted)).toBe(`quantiles(${measuredToQuantiles(xs, 64, 4).join(',')})`);
    expect(pauses).toBeGreaterThan((2 * csv.length) / 8192);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]))).toBe(true);
    // The work is cut in steps whatever the clock says: two passes over the text, then the sort.
    let steps = 0;
    for (const _ of readMeasuredSteps(csv)) steps++;
    expect(steps).toBeGreaterThan((2 * csv.length) / 8192);
    // One line of 100 000 numbers.
    const line = xs.slice(0, 100_000).join(',');
    const one = await readMeasured(line);
    expect(one!.samples.length).toBe(100_000);
    expect(one!.columns).toBe(1);
  }, 60_000);

  it('stops when aborted', async () => {
    const ctl = new AbortController();
    const text = '1\n'.repeat(500_000);
    const pausesSoFar = fastClock();
    let reports = 0;
    const p = readMeasured(text, {
      signal: ctl.signal,
      onProgress: () => {
        reports++;
        ctl.abort();
      },
    });
    expect(await p).toBeNull();
    // At the first pause: the rest of the text is not read.
    expect(reports).toBe(1);
    expect(pausesSoFar()).toBe(1);
  });
});
