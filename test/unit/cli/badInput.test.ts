// Hostile input to the CLI (DESIGN.md "CLI"): when there is nothing to run it exits 2 with exactly
// one line on stderr and nothing on stdout; a link the codec can repair runs (exit 0) with every
// repair in `notices`. Never a stack trace, never a 100 KB echo of the input.

import type { SpawnSyncReturns } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sim } from './runCli';

const STACK = /^\s+at /m;
const SLOW = 120_000;
const KB100 = 100_000;
const PAYLOADS = ['<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>'];

function expectRejected(r: SpawnSyncReturns<string>, words: RegExp): void {
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(r.stderr).not.toMatch(STACK);
  expect(lines, r.stderr.slice(0, 500)).toHaveLength(1);
  expect(lines[0]).toMatch(words);
  expect(lines[0].length).toBeLessThan(600);
  expect(r.stdout).toBe('');
  expect(r.status).toBe(2);
}

interface Output {
  params: Record<string, unknown>;
  notices: string[];
  charts: unknown[];
}

function expectRepaired(r: SpawnSyncReturns<string>): Output {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as Output;
  expect(out.notices.length).toBeGreaterThan(0);
  expect(out.charts.length).toBeGreaterThan(0);
  return out;
}

describe('the CLI on bad input', { timeout: SLOW }, () => {
  it('without an argument: exit 2, one line', () => {
    expectRejected(sim(), /^expected one share link or query string, got 0\. usage:/);
  });

  it('with an empty string or garbage: exit 2, one line', () => {
    expectRejected(sim(''), /^nothing to run: not a share link/);
    expectRejected(sim('this is not a link at all <script>'), /^nothing to run: not a share link/);
  });

  it('with an unknown view or v=99: exit 2, one line naming it', () => {
    expectRejected(sim('?v=1&view=nosuchview'), /^nothing to run: unknown view "nosuchview"$/);
    expectRejected(
      sim('?v=99&view=speedup'),
      /^nothing to run: unknown link version v="99"; this app reads v=1$/,
    );
  });

  it('with an unknown format, an unknown option or two links: exit 2, one line', () => {
    expectRejected(sim('?v=1&view=speedup', '--format', 'xml'), /^unknown format "xml": use json or csv$/);
    expectRejected(sim('?v=1&view=speedup', '--bogus'), /^unknown option "--bogus"\. usage:/);
    expectRejected(
      sim('?v=1&view=speedup', '?v=1&view=runtime'),
      /^expected one share link or query string, got 2\./,
    );
  });

  it('with a thread count that is not a whole number ≥ 1, or none: exit 2, one line', () => {
    for (const bad of ['0', 'abc'])
      expectRejected(
        sim('?v=1&view=speedup', '--threads', bad),
        new RegExp(`^--threads needs a whole number ≥ 1, got "${bad}"$`),
      );
    expectRejected(
      sim('?v=1&view=speedup', '--threads=1.5'),
      /^--threads needs a whole number ≥ 1, got "1.5"$/,
    );
    expectRejected(sim('?v=1&view=speedup', '--threads'), /^--threads needs a value\./);
  });

  it('echoes at most a clipped piece of a 100 KB argument', () => {
    expectRejected(sim(`?v=1&view=${'x'.repeat(KB100)}`), /^nothing to run: unknown view "x{40}…"$/);
    expectRejected(sim('?v=1&view=speedup', `--${'z'.repeat(KB100)}`), /^unknown option "-{2}z{38}…"/);
  });

  it('runs a link with script payloads in its values and names, each repair in notices as text', () => {
    const [a, b, c] = PAYLOADS;
    const out = expectRepaired(sim(`?v=1&view=speedup&M=${a}&plot=${b}&bmax=${c}&${a}=1&embed=${c}&seed=1`));
    expect(out.params).toMatchObject({ M: [0, 1, 10, 100, 1000, 10000], plot: 'speedup', bmax: 14 });
    const text = out.notices.join('\n');
    for (const p of PAYLOADS) expect(text).toContain(JSON.stringify(p).slice(1, -1));
    for (const name of ['M=', 'plot=', 'bmax=', 'embed=', 'Unknown parameter']) expect(text).toContain(name);
    // Nothing of the payload reaches the numbers the CLI computes with.
    expect(JSON.stringify(out.params)).not.toMatch(/<|>|javascript/);
  });

  it('runs a 100 KB link in seconds, with its repairs summarised and the changed value named', () => {
    // Linux takes at most 128 KiB in one argument.
    const junk = Array.from({ length: 3500 }, (_, i) => `junk${i}=<script>${i}</script>`).join('&');
    const link = `?v=1&view=speedup&${junk}&eps=0&seed=2`;
    expect(link.length).toBeGreaterThan(KB100);
    expect(link.length).toBeLessThan(128 * 1024);
    const t0 = Date.now();
    const out = expectRepaired(sim(link));
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(out.params).toMatchObject({ eps: 1e-12, seed: 2 });
    expect(out.notices).toHaveLength(26);
    expect(out.notices.at(-1)).toMatch(/^… and 3476 more problems with this link \(also about: eps\)\.$/);
  });

  it('runs the contract’s repairable link, and for CSV writes the repairs to stderr, one per line', () => {
    expectRepaired(sim('--', '?v=1&view=speedup&M=%%%&&==&seed=1')); // `--` ends the options
    const csv = sim('?v=1&view=speedup&bmax=<b>&seed=1', '--format', 'csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('chart,series,kind,x,y,lo,hi,note');
    expect(csv.stderr).toBe('notice: bmax="<b>" is not a number; using the default 14.\n');
  });
});
