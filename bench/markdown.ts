// The benchmark's generated tables from a bench result. `npx tsx bench/markdown.ts [file]` prints
// them; `npm run bench:docs` (`--write [file]`) writes docs/benchmark-results.md and the README's
// budget table (between its `bench-budgets` markers), from bench/results/latest.json by default.
// 1. every row with a goal (rows of one family, e.g. the CLI on each view's default link, share a
//    line), 2. the gallery's presets: CLI on one core, the page against its budget (raw on the 2-core
//    reference, scaled to the machine measured) and any earlier goal, 3. the engine's throughput
//    figures without a goal, collapsed. MISS marks each missed goal.

import { readFileSync, writeFileSync } from 'node:fs';
import { fmt, type Row } from './rows';

/** 8571 ms → "8.6 s", 889300 gradients/s → "0.89 M gradients/s"; else as the bench's table prints it. */
function value(v: number, unit: string): string {
  if (unit === 'ms' && v >= 1000) return `${(v / 1000).toFixed(1)} s`;
  if (unit.includes('/s') && v >= 1e5) return `${(v / 1e6).toFixed(2)} M ${unit}`;
  if (v === 0) return `0 ${unit}`;
  return `${fmt(v)} ${unit}`;
}

/** The values of a family on one line, the unit once: "12.88 / 34.57 / 7.63 M draws/s". */
function values(group: Row[]): string {
  const texts = group.map((r) => r.note ?? value(r.value, r.unit));
  const unit = / (M )?\S+$/.exec(texts[0])![0];
  const shared = texts.every((t) => t.endsWith(unit));
  return group
    .map((r, j) => {
      const t = shared && j < group.length - 1 ? texts[j].slice(0, -unit.length) : texts[j];
      return `${t}${r.pass === false ? ' **MISS**' : ''}`;
    })
    .join(' / ');
}

function goalText(g: string): string {
  return g.replace(/(\d+) ms$/, (m, n: string) => (Number(n) >= 1000 ? `${Number(n) / 1000} s` : m));
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
const valueCell = (r: Row) => `${r.note ?? value(r.value, r.unit)}${r.pass === false ? ' **MISS**' : ''}`;

/**
 * Families printed on one line: `key` tells the rows apart, rows of one family share `head` (put
 * into the label for "$head") and their goal.
 */
const FAMILIES: { re: RegExp; label: string }[] = [
  { re: /^Monte Carlo draws, 1 thread, (?<key>.+), P=20$/, label: 'Monte Carlo draws, 1 thread, P=20' },
  { re: /^PS simulator (?<key>.+), P=20, K=4, J=200000$/, label: 'PS simulator, P=20, K=4, J=200000' },
  {
    re: /^ksyncAllK, (?<key>.+), P=20, J=50000 \(P draws per iteration\)$/,
    label: 'ksyncAllK, P=20, J=50000',
  },
  { re: /^delayed SGD, (?<key>.+) \(d=20, M=1000\)$/, label: 'delayed SGD (d=20, M=1000)' },
  { re: /^learners, (?<key>.+), exp\(1\) compute times \(d=20, M=1000\)$/, label: 'learners, exp(1) times' },
  { re: /^blocks B=64 \(Δ=1\/64\), const, (?<key>.+) \(d=20, M=1000\)$/, label: 'blocks B=64, const' },
  {
    re: /^race (?<head>quadratic d=20|logistic n=2000 dim=20), (?<key>\w+) P=8 K=4 exp\(1\) m=1, (?<lr>\w+)$/,
    label: 'race engine, $head, P=8 K=4 exp(1) m=1',
  },
  { re: /^CLI, default link of (?<key>\w+)$/, label: 'CLI, default link (all cores, with Node start-up)' },
  {
    re: /^navigation → first chart, (?<key>\w+) default link (?<head>\(median of \d\))$/,
    label: 'navigation → first chart, default link $head',
  },
  {
    re: /^(?<key>\w+), seed change → first simulated point (?<head>\(median of \d\))$/,
    label: 'seed change → first simulated point $head',
  },
];

function familyOf(name: string): { family: (typeof FAMILIES)[number]; key: string; head: string } | null {
  for (const family of FAMILIES) {
    const g = family.re.exec(name)?.groups;
    if (g) return { family, key: g.lr ? `${g.key} ${g.lr}` : g.key, head: g.head ?? '' };
  }
  return null;
}

function goalTable(rows: Row[]): string {
  const lines = ['| benchmark | value | goal |', '| --- | --- | --- |'];
  for (let i = 0; i < rows.length; ) {
    const r = rows[i];
    const first = familyOf(r.name);
    const group = [r];
    const keys = [first?.key];
    while (first && i + group.length < rows.length) {
      const next = rows[i + group.length];
      const f = familyOf(next.name);
      if (f?.family !== first.family || f.head !== first.head || next.goal !== r.goal) break;
      group.push(next);
      keys.push(f.key);
    }
    i += group.length;
    const name =
      group.length === 1
        ? r.name
        : `${first!.family.label.replace('$head', first!.head)}: ${keys.join(' / ')}`;
    lines.push(`| ${cell(name)} | ${values(group)} | ${goalText(r.goal)} |`);
  }
  return lines.join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;

/** "page, [SS] Fig. 8 (ss-fig8), race: first chart → Done" → its preset, its view and the span timed. */
function pageParts(r: Row): { preset: string; span: string } {
  const m = /^page, (.*): ([^:]+)$/.exec(r.name)!;
  return { preset: m[1], span: m[2] };
}

/** The page rows against their budgets (rows with `budget`), one line a preset. */
function presetTable(rows: Row[]): string {
  const lines = [
    '| preset | link | CLI, 1 core | page, worker pool | budget: 2-core reference → this machine | earlier goal |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const page of rows.filter((r) => r.budget)) {
    const { preset, span } = pageParts(page);
    const cli = rows.find((r) => r.link === page.link && r.name.startsWith('CLI 1 core, '));
    const earlier = rows.find((r) => r.link === page.link && r.name.startsWith('page, ') && !r.budget);
    const earlierCell = earlier
      ? `${valueCell(earlier)} (${pageParts(earlier).span.replace(/ \(.*\)$/, '')}, ${goalText(earlier.goal)})`
      : '—';
    lines.push(
      `| ${cell(preset)} | \`${page.link}\` | ${cli ? valueCell(cli) : 'not measured'} | ${valueCell(page)} (${span}) | ${seconds(page.budget!.rawMs)} → ${seconds(page.budget!.scaledMs)} | ${earlierCell} |`,
    );
  }
  return lines.join('\n');
}

interface BenchResult {
  date: string;
  complete: boolean;
  commit?: string;
  node: string;
  cpus: number;
  chromium: string | null;
  machine?: { speed: number; cores: number; slowness: number; reference: { speed: number; cores: number } };
  options: { quick: boolean; only: string | null };
  summary: string;
  rows: Row[];
}

/** The run in one sentence: when, what, on which machine, and how it compares with the reference. */
function runLine(r: BenchResult, missNames = true): string {
  const what =
    r.complete && !r.options.quick && r.options.only === null
      ? '`npm run bench`'
      : `a partial run (\`${r.options.only ?? '--quick'}\`)`;
  const machine = r.machine
    ? `; the machine ${r.machine.slowness.toFixed(2)}× as slow as the reference (calibration loop ${fmt(r.machine.speed)} against ${fmt(r.machine.reference.speed)} completions/s), budgets scaled by that and by ${r.machine.reference.cores}/${r.machine.cores} cores`
    : '';
  const date = r.date.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
  return `Run of ${date}, ${what}${r.commit ? ` on commit ${r.commit}` : ''}, ${r.cpus} cores, Node ${r.node.replace(/^v/, '')}, Chromium ${r.chromium ?? '—'}${machine}. ${missNames ? r.summary : `${r.summary.replace(/:.*$/, '')}.`}`;
}

const isPreset = (r: Row) => r.name.startsWith('CLI 1 core, ') || r.name.startsWith('page, ');

function allTables(rows: Row[]): string {
  /** Rows without a goal that calibrate the machine (compare runs by them): in the main table. */
  const calibration = (r: Row) => /^quadratic step, |^reference: |^machine: |^C yardstick/.test(r.name);
  const withGoal = rows.filter(
    (r) => !isPreset(r) && (r.pass !== null || r.link !== undefined || calibration(r)),
  );
  const rest = rows.filter((r) => !isPreset(r) && !withGoal.includes(r));
  return [
    goalTable(withGoal),
    '',
    presetTable(rows),
    '',
    `<details><summary>Engine throughput without a goal (${rest.length} rows)</summary>`,
    '',
    goalTable(rest),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** The README's table: each preset against its budget, the main thread, the step against C. */
function readmeTable(r: BenchResult, file: string): string {
  const lines = ['| what | measured | budget or goal |', '| --- | --- | --- |'];
  for (const page of r.rows.filter((x) => x.budget)) {
    const { preset, span } = pageParts(page);
    lines.push(
      `| ${cell(preset.replace(/ \([^)]*\), \w+$/, ''))}, ${span} | ${valueCell(page)} | ${seconds(page.budget!.rawMs)} on 2 cores → ${seconds(page.budget!.scaledMs)} here |`,
    );
  }
  for (const x of r.rows.filter((x) =>
    /^longest main-thread task while|^largest animation-frame gap|C yardstick \(identical/.test(x.name),
  ))
    lines.push(
      `| ${cell(x.name.replace(/, \d+ preset runs.*$/, ''))} | ${valueCell(x)} | ${goalText(x.goal)} |`,
    );
  return [
    `<!-- generated by npm run bench:docs from ${file}; do not edit by hand -->`,
    '',
    runLine(r, false),
    '',
    ...lines,
  ].join('\n');
}

const args = process.argv.slice(2);
const write = args[0] === '--write';
const file = (write ? args[1] : args[0]) ?? 'bench/results/latest.json';
const result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
if (!write) process.stdout.write(allTables(result.rows));
else {
  writeFileSync(
    'docs/benchmark-results.md',
    [
      '# Benchmark results',
      '',
      '<!-- generated: npm run bench:docs (bench/markdown.ts, from bench/results/latest.json); do not edit by hand -->',
      '',
      `${runLine(result)} Method, goals and the reasons for the misses: [benchmark.md](benchmark.md).`,
      '',
      allTables(result.rows),
    ].join('\n'),
  );
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench-budgets:start -->';
  const end = '<!-- bench-budgets:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} section to write`);
  writeFileSync(
    'README.md',
    `${readme.slice(0, a + start.length)}\n${readmeTable(result, file)}\n${readme.slice(b)}`,
  );
  process.stderr.write(`wrote docs/benchmark-results.md and README.md's budget table from ${file}\n`);
}
