// `--sweep 'NAME=v1,v2,…'` (docs/cli.md): one run per value, each exactly the output of the link run
// alone with that value (computed here in process, as the golden tests compute), all values' cells in
// one queue on every thread; JSON `{ version, sweep, runs }`, CSV with the swept value first on every
// row. A bad name or value exits 2 with one line.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/options';
import { linkWith, parseSweep } from '../../../src/cli/sweep';
import { chartsToCsv } from '../../../src/experiments/csv';
import { parseLink } from '../../../src/scenario/codec';
import { runLinkOutput } from '../../golden/goldenRun';
import { PACKAGE_VERSION, sim } from './runCli';

const SLOW = 300_000;

describe('parseSweep', () => {
  it('splits at top-level commas, or at semicolons for lists, and writes each value as the link does', () => {
    expect(parseSweep('M=1,10,1e3', 'speedup')).toEqual({ name: 'M', values: ['1', '10', '1000'] });
    expect(parseSweep('M=1,10;100,1000', 'speedup')).toEqual({ name: 'M', values: ['1,10', '100,1000'] });
    expect(parseSweep('dist=exp(1), pareto(2.5,1)', 'runtime').values).toEqual(['exp(1)', 'pareto(2.5,1)']);
    expect(parseSweep('seed=0,2147483647', 'race')).toEqual({ name: 'seed', values: ['0', '2147483647'] });
  });

  it('rejects, in one line each, what a link would repair or drop', () => {
    const cases: [string, RegExp][] = [
      ['X=1', /^--sweep: view speedup has no parameter "X"; it has M, sigma2, eps, bmax, plot, seed$/],
      ['m=1', /did you mean M\?\)$/],
      ['embed=1', /has no parameter "embed"/], // display parameters change no number
      ['view=async', /^--sweep: view cannot be swept/],
      ['bmax=3,99', /^--sweep: "99" is not a valid bmax \(integer, 1 to 30\): .*above the largest/],
      ['M=1,abc', /^--sweep: "abc" is not a valid M .*not a number/],
      ['M=1;1,1', /^--sweep: "1,1" is not a valid M .*appears twice/],
      ['M=', /^--sweep M= lists no value$/],
      ['M', /^--sweep needs NAME=v1,v2,…, got "M"$/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseSweep(text, 'speedup'), text).toThrow(UsageError);
      expect(() => parseSweep(text, 'speedup'), text).toThrow(message);
    }
  });
});

describe('linkWith', () => {
  it('replaces every occurrence of the parameter and keeps the rest as given', () => {
    expect(linkWith('https://x.org/app/?v=1&view=speedup&M=5&M=7&eps=0.1&seed=3#top', 'M', '1,10')).toBe(
      '?v=1&view=speedup&eps=0.1&seed=3&M=1,10',
    );
    expect(linkWith('v=1&view=runtime&seed=2', 'seed', '9')).toBe('?v=1&view=runtime&seed=9');
    const parsed = parseLink(linkWith('?v=1&view=runtime&seed=1', 'dist', 'pareto(2.5,1)'));
    expect(parsed.ok && parsed.scenario).toMatchObject({ dist: ['pareto(2.5,1)'] });
  });
});

interface SweepJson {
  version: string;
  sweep: { name: string; values: string[] };
  runs: { link: string; params: Record<string, unknown> }[];
}

/** The CLI's JSON for `link` run alone, computed in process. */
async function aloneJson(link: string): Promise<unknown> {
  const { output } = await runLinkOutput(link);
  return { ...output, version: PACKAGE_VERSION };
}

describe('the CLI with --sweep', () => {
  it(
    'prints one run per value, each equal to that link run alone (JSON, 2 threads)',
    async () => {
      const link = '?v=1&view=async&taumax=4&staumax=3&seeds=2&seed=5';
      const r = sim(link, '--sweep', 'M=1,100', '--threads', '2');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as SweepJson;
      expect(Object.keys(out)).toEqual(['version', 'sweep', 'runs']);
      expect(out.version).toBe(PACKAGE_VERSION);
      expect(out.sweep).toEqual({ name: 'M', values: ['1', '100'] });
      expect(out.runs.map((run) => run.params.M)).toEqual([[1], [100]]);
      expect(out.runs[0]).toEqual(await aloneJson(linkWith(link, 'M', '1')));
      expect(out.runs[1]).toEqual(await aloneJson(linkWith(link, 'M', '100')));
      // The run's own link, given to the CLI alone, is the same run.
      expect(out.runs[1]).toEqual(await aloneJson(out.runs[1].link));
    },
    SLOW,
  );

  it(
    'prints one CSV: every table once, the swept value first on each of its rows',
    async () => {
      const link = '?v=1&view=timeline&P=5&J=20&dist=det(1)&comm=0.2&seed=4';
      const r = sim(link, '--sweep', 'K=2,3', '--format', 'csv', '--threads', '2');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const alone = await Promise.all(
        ['2', '3'].map(async (k) => chartsToCsv((await runLinkOutput(linkWith(link, 'K', k))).output.charts)),
      );
      // Table by table: the header with K in front, then run K=2's rows, then run K=3's.
      const tables = (csv: string) => csv.trimEnd().split('\n\n');
      const [two, three] = alone.map(tables);
      expect(tables(r.stdout)).toEqual(
        two.map((t, i) => {
          const [header, ...rows2] = t.split('\n');
          const rows3 = three[i].split('\n').slice(1);
          return [`K,${header}`, ...rows2.map((row) => `2,${row}`), ...rows3.map((row) => `3,${row}`)].join(
            '\n',
          );
        }),
      );
      expect(tables(r.stdout).length).toBeGreaterThan(1); // intervals and a table: the merge is tested
    },
    SLOW,
  );

  it(
    'quotes a swept list in CSV and says the base link’s repairs once, on stderr',
    () => {
      const r = sim('?v=1&view=speedup&bmax=<b>&seed=1', '--sweep', 'M=1,10;100', '--format', 'csv');
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('notice: bmax="<b>" is not a number; using the default 14.\n');
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe('M,chart,series,kind,x,y,lo,hi,note');
      const firstField = (line: string) => /^("[^"]*"|[^,]*)/.exec(line)![1];
      expect(new Set(lines.slice(1, -1).map(firstField))).toEqual(new Set(['"1,10"', '100']));
    },
    SLOW,
  );

  it(
    'exits 2 with one line for a bad name or value, or a second --sweep',
    () => {
      for (const args of [['--sweep', 'Mx=1'], ['--sweep=M=1,x'], ['--sweep', 'M=1', '--sweep', 'eps=1']]) {
        const r = sim('?v=1&view=speedup&seed=1', ...args);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^--sweep/);
      }
    },
    SLOW,
  );
});
