// DESIGN.md "Workers, cancellation, determinism": same link ⇒ bit-identical numbers in Chromium and
// in the CLI. `Math.log`, `Math.exp`, `Math.pow`/`**`, `Math.sin`, … are not specified bit for bit
// and differ between V8 versions, so the code that computes numbers (engine, experiments, scenario)
// must use the deterministic versions of src/engine/math. This test parses every source file
// (comments and strings cannot fool it) and rejects the engine-dependent functions of `Math` and any
// `**` that is not exact: `x ** 2` (= x·x) and constants such as `2 ** 31` are; `2 ** (k / 8)` is
// not, and neither is `x ** 3` or `x ** -1` — V8 computes them as `Math.pow`, and Node 20 and
// Chromium 153 differ on about 9 % of x for `x ** 3` (write `x * x * x`, or `pow(x, 3)`).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
const SCANNED = ['engine', 'experiments', 'scenario'];
/** The one place allowed to implement them (it calls none of them either). */
const EXEMPT = join(SRC, 'engine', 'math');

/** `Math` functions whose results are implementation-approximated (ECMAScript) and do differ. */
const BANNED = new Set([
  'log',
  'log2',
  'log10',
  'log1p',
  'exp',
  'expm1',
  'pow',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'cbrt',
  'hypot',
]);

const ADVICE = 'use the deterministic functions of src/engine/math (ln, exp, log1p, expm1, pow, sin, cos, …)';

function filesUnder(dir: string): string[] {
  if (dir === EXEMPT || dir.startsWith(EXEMPT + sep)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

interface AstNode {
  type: string;
  start: number;
}
interface LiteralNode extends AstNode {
  value: unknown;
}

/** The value of an integer literal, possibly negated (`2`, `-1`, `0x10`, also in parentheses), or undefined. */
function integerLiteral(node: AstNode): number | undefined {
  const n = node as AstNode & { expression?: AstNode; operator?: string; argument?: AstNode };
  if (n.type === 'ParenthesizedExpression' && n.expression) return integerLiteral(n.expression);
  if (n.type === 'UnaryExpression' && (n.operator === '-' || n.operator === '+') && n.argument) {
    const v = integerLiteral(n.argument);
    return v === undefined ? undefined : n.operator === '-' ? -v : v;
  }
  const value = (n as LiteralNode).value;
  return n.type === 'Literal' && typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** `b ** y` is exact: y is 0, 1 or 2, or b and y ≥ 0 are integer literals with |b^y| ≤ 2⁵³. */
function exactPower(base: AstNode, exponent: AstNode): boolean {
  const y = integerLiteral(exponent);
  if (y === undefined) return false;
  if (y === 0 || y === 1 || y === 2) return true;
  const b = integerLiteral(base);
  if (b === undefined || y < 0) return false;
  const abs = BigInt(Math.abs(b));
  return abs <= 1n || (y <= 1074 && abs ** BigInt(y) <= 2n ** 53n);
}

function isMath(node: AstNode): boolean {
  return node.type === 'Identifier' && (node as AstNode & { name: string }).name === 'Math';
}

/** The engine-dependent math in one source text: `line:column: what`, in source order. */
function findNondeterministicMath(fileName: string, text: string): string[] {
  const parsed = parseSync(fileName, text);
  if (parsed.errors.length > 0) return [`1:1: does not parse (${parsed.errors[0].message})`];
  const found: { at: number; what: string }[] = [];
  const power = (node: { start: number; left: AstNode; right: AstNode }, op: string) => {
    if (!exactPower(node.left, node.right)) {
      found.push({ at: node.start, what: `\`${op}\` that is not exact (an exponent other than 0, 1, 2)` });
    }
  };
  new Visitor({
    BinaryExpression(node) {
      if (node.operator === '**') power(node as never, '**');
    },
    AssignmentExpression(node) {
      if (node.operator === '**=') power(node as never, '**=');
    },
    MemberExpression(node) {
      if (!isMath(node.object as AstNode)) return;
      const prop = node.property as AstNode & { name?: string; value?: unknown };
      const name = node.computed ? (prop.type === 'Literal' ? String(prop.value) : undefined) : prop.name;
      if (name === undefined) found.push({ at: node.start, what: 'Math[…] with a computed name' });
      else if (BANNED.has(name)) found.push({ at: node.start, what: `Math.${name}` });
    },
    VariableDeclarator(node) {
      if (node.init && isMath(node.init as AstNode) && node.id.type !== 'Identifier') {
        found.push({ at: node.start, what: 'destructuring of Math' });
      }
    },
  }).visit(parsed.program);
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ at, what }) => {
      const before = text.slice(0, at).split('\n');
      return `${before.length}:${before[before.length - 1].length + 1}: ${what}`;
    });
}

describe('deterministic math (DESIGN.md "Workers, cancellation, determinism")', () => {
  it('the detector finds what it must and nothing else', () => {
    const bad = [
      'const a = Math.log(x);',
      'const b = Math.pow(x, y) + Math.sin(t);',
      "const c = Math['exp'](x);",
      'const d = 2 ** (k / 8);',
      'let e = 1; e **= 0.5;',
      'const f = x ** y;',
      'const g = x ** 1.5;',
      'const { cos } = Math;',
      'const h = [1, 2].map(Math.cbrt);',
      '/* ≤ — ⁻¹ 𝔼 */ const i = Math.tan(x);',
      'const j = x ** 3 + y ** -1 + 3 ** 40 + 2 ** -3;',
    ].join('\n');
    expect(findNondeterministicMath('bad.ts', bad)).toEqual([
      '1:11: Math.log',
      '2:11: Math.pow',
      '2:28: Math.sin',
      '3:11: Math.exp',
      '4:11: `**` that is not exact (an exponent other than 0, 1, 2)',
      '5:12: `**=` that is not exact (an exponent other than 0, 1, 2)',
      '6:11: `**` that is not exact (an exponent other than 0, 1, 2)',
      '7:11: `**` that is not exact (an exponent other than 0, 1, 2)',
      '8:7: destructuring of Math',
      '9:22: Math.cbrt',
      '10:27: Math.tan',
      '11:11: `**` that is not exact (an exponent other than 0, 1, 2)',
      '11:20: `**` that is not exact (an exponent other than 0, 1, 2)',
      '11:30: `**` that is not exact (an exponent other than 0, 1, 2)',
      '11:40: `**` that is not exact (an exponent other than 0, 1, 2)',
    ]);
    const good = [
      '// Math.log(x) and 2 ** (k / 8) in a comment, xoshiro128** too',
      "const s = 'Math.exp(x) ** y';",
      'const t = `Math.sin \u0024{x ** 2}`;', // a template literal with a placeholder
      'const a = 2 ** 31 - 1 + x ** 2 + y ** 1 + z ** (0) + 10 ** 15 + 0x10 ** 3 + (-2) ** 53 + 1 ** 5000;',
      'const b = Math.sqrt(x) + Math.abs(y) + Math.floor(z) + Math.PI + Math.LN2 + Math.max(1, 2);',
      'const m = Math;',
    ].join('\n');
    expect(findNondeterministicMath('good.ts', good)).toEqual([]);
  });

  it(`src/${SCANNED.join(', src/')} (outside src/engine/math) use no engine-dependent math`, () => {
    const files = SCANNED.flatMap((d) => filesUnder(join(SRC, d)));
    expect(files.length).toBeGreaterThan(10);
    const bad = files.flatMap((f) =>
      findNondeterministicMath(f, readFileSync(f, 'utf8')).map((m) => `src/${relative(SRC, f)}:${m}`),
    );
    expect(bad, `engine-dependent math: ${ADVICE}`).toEqual([]);
  });
});
