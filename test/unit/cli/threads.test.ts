import { describe, expect, it } from 'vitest';
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
