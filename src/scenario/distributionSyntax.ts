// The link syntax of a service-time distribution (DESIGN.md, `dist`): every parametric family of the
// engine's registry (engine/distributions/registry.ts) written `name(p1,…,pn)` — exp(rate),
// shexp(shift,rate), pareto(shape,scale), … — plus `mix(p,dist,dist)` and `quantiles(q1,…,qn)`.
// Parsing, formatting and the words are derived from the registry's entries: nothing here names a
// parametric family. Parsing never throws: an out-of-range number is clamped and a misordered list
// sorted, each with a notice in words; anything that cannot be read (unknown family, wrong number of
// arguments, a non-number) gives value null and a notice.
// `formatDist` is canonical: lower-case names, no spaces, numbers as `formatNumber` writes them.

import {
  FAMILY_NAMES,
  familyNamed,
  familyOf,
  makeDistribution,
  type ParamRange,
} from '../engine/distributions';
import { measuredToQuantiles } from '../engine/distributions/measured';
import type { DistSpec } from '../engine/distributions/spec';
import { readNumber } from '../engine/readNumber';
import { formatNumber, type Parsed, quote } from './params';

export { measuredToQuantiles };

/** Largest nesting of `mix` inside `mix` (a link is typed by hand; deeper is never needed). */
export const MAX_MIX_DEPTH = 3;
export const MAX_QUANTILES = 64;
/** Longest text considered (a hostile 100 KB value is rejected before any work). */
const MAX_TEXT = 4000;

type Range = ParamRange;

const QUANTILE: Range = { name: 'quantile', min: 0, max: 1e6 };
/** "exp, shexp, …, mix or quantiles", for the notice on an unknown family. */
const FAMILY_LIST = `${FAMILY_NAMES.slice(0, -1).join(', ')} or ${FAMILY_NAMES[FAMILY_NAMES.length - 1]}`;

/** Splits at top-level commas, keeping empty items (so `exp(,1)` is an error, not `exp(1)`). */
function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(inner.slice(start).trim());
  return out;
}

/** Whether the parentheses of `s` balance and never close more than they opened. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function readBounded(raw: string, r: Range, where: string, notices: string[]): number | null {
  const x = readNumber(raw);
  if (!Number.isFinite(x)) {
    notices.push(`${where}: ${r.name} ${quote(raw)} is not a number.`);
    return null;
  }
  if (x < r.min) {
    notices.push(
      `${where}: ${r.name} must be ${r.minWords ?? `at least ${formatNumber(r.min)}`}; ${quote(raw)} set to ${formatNumber(r.min)}.`,
    );
    return r.min;
  }
  if (x > r.max) {
    notices.push(
      `${where}: ${r.name} must be at most ${formatNumber(r.max)}; ${quote(raw)} set to ${formatNumber(r.max)}.`,
    );
    return r.max;
  }
  return x === 0 ? 0 : x; // −0 reads as 0
}

function parseAt(text: string, depth: number, notices: string[]): DistSpec | null {
  const t = text.trim();
  const open = t.indexOf('(');
  if (open < 0 || !t.endsWith(')')) {
    notices.push(
      `${quote(t)} is not a distribution: write a name and its parameters, e.g. exp(1) or pareto(2,1).`,
    );
    return null;
  }
  const family = t.slice(0, open).trim().toLowerCase();
  const inner = t.slice(open + 1, -1);
  if (!balanced(inner)) {
    notices.push(`${quote(t)} has unbalanced parentheses.`);
    return null;
  }
  const args = splitArgs(inner);
  const where = `${family}(…)`;
  if (family === 'mix') return parseMix(args, depth, where, notices);
  if (family === 'quantiles') return parseQuantiles(args, where, notices);
  const entry = familyNamed(family);
  if (!entry) {
    notices.push(`${quote(family)} is not a distribution family; use ${FAMILY_LIST}.`);
    return null;
  }
  const ranges = entry.params;
  if (args.length !== ranges.length) {
    const names = ranges.map((r) => r.name).join(', ');
    notices.push(
      `${family} takes ${ranges.length === 1 ? '1 number' : `${ranges.length} numbers`} (${names}); got ${quote(inner)}.`,
    );
    return null;
  }
  let v: Record<string, number> | null = {};
  for (let i = 0; i < ranges.length; i++) {
    const x = readBounded(args[i], ranges[i], where, notices);
    if (x === null) return null;
    v[ranges[i].name] = x;
  }
  if (entry.refine) v = entry.refine(v, formatNumber, notices);
  // The entry's own name and parameters: a spec of exactly the family that was named. Key order
  // `family` first, then the parameters in link order: JSON of a spec is part of some cell identities.
  return v && ({ family: entry.name, ...v } as DistSpec);
}

function parseMix(args: string[], depth: number, where: string, notices: string[]): DistSpec | null {
  if (args.length !== 3) {
    notices.push(`mix takes 3 arguments (p, first, second); got ${args.length}.`);
    return null;
  }
  if (depth >= MAX_MIX_DEPTH) {
    notices.push(`mix may be nested at most ${MAX_MIX_DEPTH} deep.`);
    return null;
  }
  const p = readBounded(args[0], { name: 'p', min: 0, max: 1 }, where, notices);
  if (p === null) return null;
  const first = parseAt(args[1], depth + 1, notices);
  if (!first) return null;
  const second = parseAt(args[2], depth + 1, notices);
  if (!second) return null;
  return { family: 'mix', p, first, second };
}

function parseQuantiles(args: string[], where: string, notices: string[]): DistSpec | null {
  if (args.length === 1 && args[0] === '') {
    notices.push('quantiles needs at least one value.');
    return null;
  }
  let q: number[] = [];
  for (const a of args) {
    const x = readBounded(a, QUANTILE, where, notices);
    if (x === null) return null;
    q.push(x);
  }
  if (q.some((x, i) => i > 0 && x < q[i - 1])) {
    notices.push('quantiles must be in increasing order; sorted.');
    q.sort((a, b) => a - b);
  }
  if (q.length > MAX_QUANTILES) {
    notices.push(
      `quantiles takes at most ${MAX_QUANTILES} values; the ${q.length} given were read as a sample and summarised as ${MAX_QUANTILES} quantiles.`,
    );
    q = measuredToQuantiles(q, MAX_QUANTILES);
  }
  if (q[q.length - 1] === 0) {
    notices.push('quantiles are all 0: service times need a positive mean.');
    return null;
  }
  return { family: 'quantiles', q };
}

/** Reads a distribution from its link text; never throws. */
export function parseDist(text: string): Parsed<DistSpec | null> {
  const notices: string[] = [];
  if (typeof text !== 'string' || text.length > MAX_TEXT) {
    notices.push(`a distribution is at most ${MAX_TEXT} characters.`);
    return { value: null, notices };
  }
  try {
    return { value: parseAt(text, 0, notices), notices };
  } catch {
    // Unreachable by design; kept so that no input can ever crash the page.
    notices.push(`${quote(text)} could not be read.`);
    return { value: null, notices };
  }
}

/** The canonical link text of a spec. */
export function formatDist(spec: DistSpec): string {
  const n = formatNumber;
  switch (spec.family) {
    case 'mix':
      return `mix(${n(spec.p)},${formatDist(spec.first)},${formatDist(spec.second)})`;
    case 'quantiles':
      return `quantiles(${spec.q.map(n).join(',')})`;
    default: {
      const { family, params } = parametric(spec);
      return `${family.name}(${family.params.map((p) => n(params[p.name])).join(',')})`;
    }
  }
}

/** The registry entry of a parametric spec and its numbers. */
function parametric(spec: DistSpec) {
  const f = familyOf(spec);
  if (!f) throw new RangeError(`${spec.family} is not a parametric family`);
  return f;
}

/** Parse and re-format: the canonical text, or null (with notices) — the item parser of `dist`. */
export function canonicalDist(text: string): Parsed<string | null> {
  const r = parseDist(text);
  return { value: r.value ? formatDist(r.value) : null, notices: r.notices };
}

function short(x: number): string {
  if (!Number.isFinite(x)) return 'infinite';
  return formatNumber(Number(x.toPrecision(5)));
}

function describeShape(spec: DistSpec): string {
  const n = formatNumber;
  switch (spec.family) {
    case 'mix':
      return `mixture: with probability ${n(spec.p)} ${describeShape(spec.first)}, otherwise ${describeShape(spec.second)}`;
    case 'quantiles': {
      const q = spec.q;
      return q.length === 1
        ? `measured: always ${n(q[0])}`
        : `measured: ${q.length} quantiles from ${n(q[0])} to ${n(q[q.length - 1])}, exponential upper tail`;
    }
    default: {
      const { family, params } = parametric(spec);
      const words: Record<string, string> = {};
      for (const p of family.params) words[p.name] = n(params[p.name]);
      return family.describe(words);
    }
  }
}

/** Words stating the parameterisation and the mean, e.g. "shifted exponential: 1 + exp(rate 1), mean 2". */
export function describeDist(spec: DistSpec): string {
  let mean: number;
  let variance: number;
  try {
    const d = makeDistribution(spec);
    mean = d.mean;
    variance = d.variance;
  } catch {
    return `${describeShape(spec)} (invalid parameters)`;
  }
  const v = Number.isFinite(variance) ? '' : ', infinite variance';
  return `${describeShape(spec)}, mean ${short(mean)}${v}`;
}
