// The prebuilt CLI (build/cliBundle.mjs) prints byte for byte what the CLI's code computes in process
// (test/golden/goldenRun.ts, the golden tests' reference) plus the version it inlines: closed-form
// and simulated links, on one and two threads, as JSON and CSV. It is one self-contained file: a copy
// in an empty directory, with no src/, node_modules/ or package.json beside it, runs its worker
// threads and prints the same bytes.

import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartsToCsv } from '../../../src/experiments/csv';
import { runLinkOutput } from '../../golden/goldenRun';
import { BUNDLE, PACKAGE_VERSION, runNode, sim } from './runCli';

const LINKS = [
  '?v=1&view=speedup&seed=1', // closed form only: no cell
  '?v=1&view=kvariants&dist=exp(1),weibull(1,1)&P=6&J=500&seed=2147483647', // xy and table charts
  '?v=1&view=timeline&variants=ksync,kbatchsync,kasync,kbatchasync&P=5&K=3&J=20&dist=det(1)&comm=0.2&speed=1,1,4&seed=4', // intervals
];
const SLOW = 300_000;

/** What the CLI must print for `link`: the in-process output with the package's version. */
async function expected(link: string): Promise<{ json: string; csv: string }> {
  const { output } = await runLinkOutput(link);
  return {
    json: `${JSON.stringify({ ...output, version: PACKAGE_VERSION }, null, 2)}\n`,
    csv: chartsToCsv(output.charts),
  };
}

let alone: string; // a copy of the bundle in an otherwise empty directory

beforeAll(() => {
  // Through the launcher once, so that the bundle exists and is no older than src/.
  expect(sim('--help').status).toBe(0);
  alone = join(mkdtempSync(join(tmpdir(), 'sgd-cli-')), 'sgd-explorer.mjs');
  copyFileSync(BUNDLE, alone);
}, SLOW);

afterAll(() => rmSync(join(alone, '..'), { recursive: true, force: true }));

describe('the prebuilt CLI', () => {
  for (const link of LINKS) {
    it(
      `prints the in-process output for ${link}, on 1 and 2 threads, as JSON and CSV`,
      async () => {
        const want = await expected(link);
        for (const threads of ['1', '2']) {
          const json = sim(link, '--threads', threads);
          expect(json.stderr).toBe('');
          expect(json.status).toBe(0);
          expect(json.stdout).toBe(want.json);
          const csv = runNode(alone, link, '--threads', threads, '--format', 'csv');
          expect(csv.stderr).toBe('');
          expect(csv.status).toBe(0);
          expect(csv.stdout).toBe(want.csv);
        }
      },
      SLOW,
    );
  }

  it('inlines the version and names neither tsx nor package.json', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text).toContain(JSON.stringify(PACKAGE_VERSION));
    expect(text).not.toMatch(/\btsx\b|package\.json/);
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it(
    'runs from a copy with nothing beside it, worker threads included',
    () => {
      const link = '?v=1&view=async&M=10&taumax=4&staumax=3&seeds=2&seed=5';
      const here = sim(link, '--threads', '1');
      const there = runNode(alone, link, '--threads', '2');
      expect(there.stderr).toBe('');
      expect(there.status).toBe(0);
      expect(JSON.parse(there.stdout).charts.length).toBeGreaterThan(1);
      expect(there.stdout).toBe(here.stdout);
    },
    SLOW,
  );
});
