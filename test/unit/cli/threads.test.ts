import { describe, expect, it } from 'vitest';
import { jobKey } from '../../../src/cli/threads';
import { sim } from './runCli';

describe('the CLI on several threads', () => {
  it('prints byte for byte what it prints on one thread', () => {
    // Enough cells that the worker thread takes some of them (async: delayed, mini-batch, sparse).
    const link = '?v=1&view=async&M=10,100&taumax=7&staumax=4&seed=9';
    const one = sim(link, '--threads', '1');
    const three = sim(link, '--threads=3');
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(JSON.parse(one.stdout).charts.length).toBeGreaterThan(3);
    expect(three.stdout).toBe(one.stdout);
  }, 120_000);

  it('rejects a thread count that is not a whole number ≥ 1, in words', () => {
    const r = sim('?v=1&view=speedup', '--threads', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--threads needs a whole number ≥ 1');
  }, 60_000);
});

describe('jobKey', () => {
  const cell = (params: Record<string, unknown>, cost = 1) => ({ id: 'k|a=1', kind: 'k', params, cost });

  it('is one job for the same cell and seed, whatever its cost estimate', () => {
    expect(jobKey(cell({ a: 1, b: [2, 3] }, 1), 7)).toBe(jobKey(cell({ a: 1, b: [2, 3] }, 99), 7));
  });

  it('tells apart seeds, inputs, and the numbers JSON cannot write', () => {
    const base = jobKey(cell({ a: 0 }), 7);
    expect(jobKey(cell({ a: 0 }), 8)).not.toBe(base);
    expect(jobKey(cell({ a: -0 }), 7)).not.toBe(base);
    expect(jobKey(cell({ a: Number.NaN }), 7)).not.toBe(jobKey(cell({ a: null }), 7));
    expect(jobKey(cell({ a: Number.POSITIVE_INFINITY }), 7)).not.toBe(jobKey(cell({ a: null }), 7));
  });
});
