// The README's benchmark tables from a bench result: `npx tsx bench/markdown.ts [bench/results/latest.json]`.
// First every row with a goal or a link (goals, presets, default links), then the engine's other
// throughput figures (no goal) in a collapsed table.

import { readFileSync } from 'node:fs';
import { fmt, type Row } from './rows';

const file = process.argv[2] ?? 'bench/results/latest.json';
const result = JSON.parse(readFileSync(file, 'utf8')) as { date: string; rows: Row[] };

/** 8571 ms → "8.6 s"; other units as the table prints them. */
function value(v: number, unit: string): string {
  if (unit === 'ms' && v >= 1000) return `${(v / 1000).toFixed(1)} s`;
  return `${fmt(v)} ${unit}`;
}

function goal(g: string): string {
  return g.replace(/(\d+) ms$/, (m, n: string) => (Number(n) >= 1000 ? `${Number(n) / 1000} s` : m));
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function markdown(rows: Row[]): string {
  const lines = ['| benchmark | value | goal |', '| --- | --- | --- |'];
  for (const r of rows) {
    const mark = r.pass === false ? ' **MISS**' : '';
    lines.push(`| ${cell(r.name)} | ${value(r.value, r.unit)} | ${goal(r.goal)}${mark} |`);
  }
  return lines.join('\n');
}

const main = result.rows.filter((r) => r.pass !== null || r.link !== undefined);
const rest = result.rows.filter((r) => !main.includes(r));
process.stdout.write(
  `${markdown(main)}\n\n<details><summary>Engine throughput without a goal (${rest.length} rows)</summary>\n\n`,
);
process.stdout.write(`${markdown(rest)}\n\n</details>\n`);
