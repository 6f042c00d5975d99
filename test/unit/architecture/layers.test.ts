import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

/** DESIGN.md: engine ← experiments ← workers ← state ← views/app; scenario beside; charts know no SGD. */
const RULES: Record<string, { forbidden: RegExp; why: string }> = {
  engine: { forbidden: /^(react|react-dom|comlink|zustand|d3)|\/(scenario|experiments|workers|state|views|app|charts|cli)\//, why: 'pure math' },
  scenario: { forbidden: /^(react|react-dom|comlink|zustand|d3)|\/(experiments|workers|state|views|app|charts|cli)\//, why: 'the link format' },
  experiments: { forbidden: /^(react|react-dom|comlink|zustand|d3)|\/(workers|state|views|app|charts|cli)\//, why: 'shared with the CLI' },
  workers: { forbidden: /^(react|react-dom|zustand)|\/(state|views|app|charts|cli)\//, why: 'thin over experiments' },
  state: { forbidden: /^(react-dom)|\/(views|app|charts|cli)\//, why: 'no UI' },
  charts: { forbidden: /\/(engine|scenario|workers|state|views|app|cli)\//, why: 'knows nothing of SGD' },
  cli: { forbidden: /^(react|react-dom|comlink|zustand)|\/(workers|state|views|app|charts)\//, why: 'Node only' },
};

describe('dependency direction (DESIGN.md "Layout")', () => {
  for (const [layer, rule] of Object.entries(RULES)) {
    it(`${layer}/ imports nothing it must not (${rule.why})`, () => {
      const bad = filesUnder(join(SRC, layer)).flatMap((f) =>
        importsOf(f)
          .filter((spec) => rule.forbidden.test(spec.startsWith('.') ? `/${spec.replace(/^(\.\.?\/)+/, '')}/` : spec))
          .map((spec) => `${relative(SRC, f)} imports ${spec}`),
      );
      expect(bad).toEqual([]);
    });
  }

  it('engine/ and experiments/ touch no DOM globals', () => {
    const bad = [...filesUnder(join(SRC, 'engine')), ...filesUnder(join(SRC, 'experiments'))].filter((f) =>
      /\b(document|window|navigator|localStorage)\./.test(readFileSync(f, 'utf8')),
    );
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });
});
