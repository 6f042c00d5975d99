// The README's benchmark tables from a bench result: `npx tsx bench/markdown.ts [bench/results/latest.json]`.
// 1. every row with a goal (rows of one family, e.g. the CLI on each view's default link, share a
//    line), 2. the gallery's presets: CLI on one core and the page with its goal, 3. the engine's
//    throughput figures without a goal, collapsed. MISS marks each missed goal.

import { readFileSync } from 'node:fs';
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

function presetTable(rows: Row[]): string {
  const lines = [
    '| preset | link | CLI, 1 core | page, 2 cores (worker pool) | page goal |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const cli of rows.filter((r) => r.name.startsWith('CLI 1 core, '))) {
    const preset = cli.name.slice('CLI 1 core, '.length);
    const page =
      rows.find((r) => r.link === cli.link && r.name.startsWith('page, ')) ??
      rows.find((r) => r.link === cli.link && r.name.startsWith('navigation → first chart'));
    const span = page
      ? page.name.startsWith('page, ')
        ? page.name.replace(/^.*: /, '')
        : 'navigation → first chart'
      : '';
    const pageCell = page ? `${valueCell(page)} (${span})` : 'not measured';
    lines.push(
      `| ${cell(preset)} | \`${cli.link}\` | ${valueCell(cli)} | ${pageCell} | ${page ? goalText(page.goal) : '—'} |`,
    );
  }
  return lines.join('\n');
}

const file = process.argv[2] ?? 'bench/results/latest.json';
const { rows } = JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] };
const isPreset = (r: Row) => r.name.startsWith('CLI 1 core, ') || r.name.startsWith('page, ');
/** Rows without a goal that calibrate the machine (compare runs by them): in the main table. */
const calibration = (r: Row) => /^quadratic step, |^reference: /.test(r.name);
const withGoal = rows.filter(
  (r) => !isPreset(r) && (r.pass !== null || r.link !== undefined || calibration(r)),
);
const rest = rows.filter((r) => !isPreset(r) && !withGoal.includes(r));
process.stdout.write(`${goalTable(withGoal)}\n\n${presetTable(rows)}\n\n`);
process.stdout.write(
  `<details><summary>Engine throughput without a goal (${rest.length} rows)</summary>\n\n`,
);
process.stdout.write(`${goalTable(rest)}\n\n</details>\n`);
