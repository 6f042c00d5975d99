import { describe, expect, it } from 'vitest';
import { approximateBytes, ResultCache } from '../../../src/state/resultCache';

describe('result cache', () => {
  it('evicts the least recently used entries once the approximate bytes exceed the budget', () => {
    const c = new ResultCache(1000, 'v1');
    c.set('a', 'a', 300);
    c.set('b', 'b', 300);
    c.set('c', 'c', 300);
    expect(c.bytes).toBe(900);
    expect(c.get('a')).toBe('a'); // a is now the most recent; b the least
    c.set('d', 'd', 300);
    expect(c.keys()).toEqual(['c', 'a', 'd']);
    expect(c.bytes).toBe(900);
    // has() counts as a use too
    expect(c.has('c')).toBe(true);
    c.set('e', 'e', 600);
    expect(c.keys()).toEqual(['c', 'e']);
    expect(c.bytes).toBe(900);
  });

  it('replaces an entry without counting it twice, and keeps nothing larger than the budget', () => {
    const c = new ResultCache(1000, 'v1');
    c.set('a', 1, 400);
    c.set('a', 2, 500);
    expect([c.get('a'), c.bytes, c.size]).toEqual([2, 500, 1]);
    c.set('huge', 3, 1001);
    expect([c.has('huge'), c.has('a'), c.bytes]).toEqual([false, true, 500]);
  });

  it('is emptied when the app version changes, and only then', () => {
    const c = new ResultCache(1000, 'v1');
    c.set('a', 1, 10);
    c.useVersion('v1');
    expect(c.get('a')).toBe(1);
    c.useVersion('v2');
    expect([c.has('a'), c.bytes, c.size, c.version]).toEqual([false, 0, 0, 'v2']);
  });

  it('sizes a result by what it holds: numbers, strings, nested arrays and typed arrays', () => {
    const times = (n: number) => ({ eta: 0.1, times: Array.from({ length: n }, (_, i) => i) });
    expect(approximateBytes(times(1000))).toBeGreaterThan(8000);
    expect(approximateBytes(times(1000))).toBeLessThan(9000);
    expect(approximateBytes([times(10), times(10)])).toBeGreaterThan(2 * approximateBytes(times(10)));
    expect(approximateBytes(new Float64Array(1000))).toBe(8064);
    expect(approximateBytes('x'.repeat(100))).toBe(216);
    expect(approximateBytes(null)).toBe(8);
  });

  it('by default sizes entries itself, so a big result pushes out many small ones', () => {
    const c = new ResultCache(97_000, 'v1');
    for (let i = 0; i < 50; i++) c.set(`small${i}`, [i, i + 1]);
    c.set('big', new Float64Array(12_000)); // 96 kB
    expect(c.has('big')).toBe(true);
    expect(c.size).toBeLessThan(50);
    expect(c.bytes).toBeLessThanOrEqual(97_000);
  });
});
