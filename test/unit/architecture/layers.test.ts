import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** What a file imports: a package name, or the top-level folder of src/ a relative import lands in. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(([, spec]) => {
    if (!spec.startsWith('.'))
      return spec.split('/')[0].startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    const target = relative(SRC, resolve(dirname(file), spec));
    return `src/${target.split(sep)[0]}`;
  });
}

const PURE = ['react', 'react-dom', 'comlink', 'zustand', 'd3'];

/** DESIGN.md: engine ← experiments ← workers ← state ← views/app; scenario beside them; charts know no SGD. */
const ALLOWED: Record<string, { layers: string[]; packages: string[]; why: string }> = {
  engine: { layers: ['engine'], packages: [], why: 'pure math' },
  scenario: { layers: ['scenario', 'engine'], packages: [], why: 'the link format' },
  experiments: { layers: ['experiments', 'engine', 'scenario'], packages: [], why: 'shared with the CLI' },
  workers: {
    layers: ['workers', 'experiments', 'engine', 'scenario'],
    packages: ['comlink'],
    why: 'thin over experiments',
  },
  state: {
    layers: ['state', 'workers', 'experiments', 'engine', 'scenario'],
    packages: ['zustand'],
    why: 'no UI',
  },
  charts: {
    layers: ['charts', 'experiments'],
    packages: ['react', 'd3'],
    why: 'knows nothing of SGD (reads only the chart contract)',
  },
  cli: {
    layers: ['cli', 'experiments', 'engine', 'scenario'],
    packages: ['node:fs', 'node:path', 'node:url'],
    why: 'Node only',
  },
};

describe('dependency direction (DESIGN.md "Layout")', () => {
  for (const [layer, rule] of Object.entries(ALLOWED)) {
    it(`${layer}/ imports only ${rule.layers.join(', ')} (${rule.why})`, () => {
      const bad = filesUnder(join(SRC, layer)).flatMap((f) =>
        importsOf(f)
          .filter((imp) =>
            imp.startsWith('src/')
              ? !rule.layers.includes(imp.slice(4))
              : PURE.includes(imp) && !rule.packages.includes(imp),
          )
          .map((imp) => `${relative(SRC, f)} imports ${imp}`),
      );
      expect(bad).toEqual([]);
    });
  }

  it('charts/ may read only the chart contract of experiments/', () => {
    const bad = filesUnder(join(SRC, 'charts')).filter((f) =>
      /from\s+['"][./]*experiments\/(?!contract|csv)/.test(readFileSync(f, 'utf8')),
    );
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('engine/ and experiments/ touch no DOM globals', () => {
    const bad = [...filesUnder(join(SRC, 'engine')), ...filesUnder(join(SRC, 'experiments'))].filter((f) =>
      /\b(document|window|navigator|localStorage)\./.test(readFileSync(f, 'utf8')),
    );
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });
});
