// The distribution-family registry: every entry's declarations checked against the engine's own
// independent computations (numerical ageing check, quadrature of E[X_{K:P}], the survival function
// of an exponential), and the syntax derived from it byte-identical to the text before the registry.

import { describe, expect, it } from 'vitest';
import {
  type DistSpec,
  exponentialRate,
  FAMILY_NAMES,
  FAMILY_SIGNATURES,
  type Family,
  familyNamed,
  hasClosedFormOrderStatistic,
  makeDistribution,
  PARAMETRIC_FAMILIES,
} from '../../../../src/engine/distributions';
import { agingClassNumerical } from '../../../../src/engine/distributions/aging';
import { exp } from '../../../../src/engine/math';
import { expectedOrderStatistic, orderStatisticByQuadrature } from '../../../../src/engine/orderStatistics';
import { formatDist, parseDist } from '../../../../src/scenario/distributionSyntax';

/** A few parameter sets of a family inside its ranges: each range's edges pulled in, and midpoints. */
function samples(f: Family): Record<string, number>[] {
  const grid: Record<string, number[]> = {
    'exp.rate': [0.5, 1, 20],
    'shexp.shift': [0, 0.5, 2],
    'shexp.rate': [0.5, 1, 4],
    'pareto.shape': [0.8, 2, 3.5],
    'pareto.scale': [0.5, 1],
    'uniform.a': [0, 1],
    'uniform.b': [1, 3],
    'lognormal.mu': [0, 1],
    'lognormal.sigma': [0.5, 1],
    'weibull.shape': [0.3, 0.7, 1, 1.5, 3],
    'weibull.scale': [0.5, 2],
    'det.value': [0.5, 2],
    'gamma.shape': [0.2, 0.5, 0.9, 1, 1.2, 2, 5, 40],
    'gamma.scale': [0.5, 2],
  };
  let out: Record<string, number>[] = [{}];
  for (const p of f.params) {
    const values = grid[`${f.name}.${p.name}`] ?? [(p.min + Math.min(p.max, 10)) / 2];
    out = out.flatMap((o) => values.map((v) => ({ ...o, [p.name]: v })));
  }
  return out;
}

const specsOf = (f: Family): DistSpec[] =>
  samples(f)
    .map((p) => ({ family: f.name, ...p }) as DistSpec)
    .filter((s) => parseDist(formatDist(s)).notices.length === 0);

describe('distribution-family registry', () => {
  it('family names are distinct, lower-case, and the compound forms come last', () => {
    expect(new Set(FAMILY_NAMES).size).toBe(FAMILY_NAMES.length);
    for (const n of FAMILY_NAMES) expect(n).toMatch(/^[a-z]+$/);
    expect(FAMILY_NAMES.slice(-2)).toEqual(['mix', 'quantiles']);
  });

  it("the existing families' syntax is as before the registry (it is in README tables and notices)", () => {
    const before =
      'exp(rate), shexp(shift,rate), pareto(shape,scale), uniform(a,b), lognormal(mu,sigma), weibull(shape,scale), det(value)';
    expect(FAMILY_SIGNATURES.join(', ').startsWith(before)).toBe(true);
    expect(FAMILY_SIGNATURES.slice(-2)).toEqual(['mix(p,dist,dist)', 'quantiles(q1,…,qn)']);
  });

  it('an unknown family is never read as another one', () => {
    for (const text of ['foo(1,2)', 'gam(1,2)', 'constructor(1)', '__proto__(1)', 'toString(1,2)']) {
      const r = parseDist(text);
      expect(r.value, text).toBeNull();
      expect(r.notices.join(' ')).toMatch(/is not a distribution family/);
    }
    expect(familyNamed('hasOwnProperty')).toBeUndefined();
  });

  for (const f of PARAMETRIC_FAMILIES as readonly Family[]) {
    describe(f.name, () => {
      const specs = specsOf(f);

      it('its specs parse back as the same family, formatted canonically', () => {
        expect(specs.length).toBeGreaterThan(0);
        for (const s of specs) {
          const text = formatDist(s);
          expect(text.startsWith(`${f.name}(`)).toBe(true);
          const back = parseDist(text).value;
          expect(back?.family).toBe(f.name);
          expect(back && formatDist(back)).toBe(text);
          expect(makeDistribution(s).spec).toBe(s);
        }
      });

      it('its presets are canonical texts of this family', () => {
        for (const p of f.presets ?? []) {
          const r = parseDist(p.text);
          expect(r.notices).toEqual([]);
          expect(r.value?.family).toBe(f.name);
          expect(r.value && formatDist(r.value)).toBe(p.text);
        }
      });

      if (f.ageing) {
        it('its declared ageing class is what the numerical check finds', () => {
          for (const s of specs) {
            const d = makeDistribution(s);
            expect(f.ageing?.(s as never), d.label).toBe(agingClassNumerical(d));
          }
        });
      }

      it('exponentialRate μ, where given, is exact: S(x) = e^{−μx}', () => {
        for (const s of specs) {
          const mu = exponentialRate(s);
          if (mu === null) continue;
          const d = makeDistribution(s);
          for (const x of [0.1, 1, 3].map((t) => t / mu)) {
            expect(d.survival(x) / exp(-mu * x), d.label).toBeCloseTo(1, 12);
          }
        }
      });

      if (f.orderStatistic) {
        it('its closed form of E[X_{K:P}] agrees with the quadrature (relative 1e-8)', () => {
          expect(specs.every(hasClosedFormOrderStatistic)).toBe(true);
          for (const s of specs) {
            const d = makeDistribution(s);
            for (const [K, P] of [
              [1, 1],
              [1, 5],
              [3, 5],
              [5, 5],
              [7, 20],
            ]) {
              const closed = expectedOrderStatistic(d, K, P);
              if (!closed.finite || d.variance === 0) continue; // det: no quadrature of a point mass needed
              const q = orderStatisticByQuadrature(d, K, P).value;
              expect(Math.abs(closed.value - q) / q, `${d.label} K=${K} P=${P}`).toBeLessThan(1e-8);
            }
          }
        });
      }
    });
  }
});

describe('no parametric family is named outside its own file', () => {
  it('src/ never tests a spec for a parametric family by name (ask the registry: exponentialRate, hasClosedFormOrderStatistic, …)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const src = join(import.meta.dirname, '../../../../src');
    const own = join(src, 'engine', 'distributions');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? (p === own ? [] : files(p)) : /\.tsx?$/.test(n) ? [p] : [];
      });
    const names = PARAMETRIC_FAMILIES.map((f) => f.name).join('|');
    const byName = new RegExp(`family\\s*[!=]==?\\s*'(${names})'|case\\s+'(${names})'\\s*:`);
    const bad = files(src).filter((f) => byName.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(src, f))).toEqual([]);
  });
});
