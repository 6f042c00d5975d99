import { describe, expect, it } from 'vitest';
import type { DistSpec } from '../../../../src/engine/distributions';
import { kbatchasyncAllK, kbatchsyncAllK, simulatePs, type Variant } from '../../../../src/engine/events';
import { rngFor } from '../../../../src/engine/random/seed';

const REPS = 200;

function meanSe(xs: number[]): { mean: number; se: number } {
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  const v = xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (xs.length - 1);
  return { mean, se: Math.sqrt(v / xs.length) };
}

const cases: [string, DistSpec, number, number[] | undefined][] = [
  ['exp(1)', { family: 'exp', rate: 1 }, 0, undefined],
  ['pareto(3,1), comm 0.1', { family: 'pareto', shape: 3, scale: 1 }, 0.1, undefined],
  ['shexp(1,1), one learner 3× slower', { family: 'shexp', shift: 1, rate: 1 }, 0, [3, 1, 1, 1, 1, 1]],
];

describe('all K at once for the batch variants (common random numbers)', () => {
  for (const [variant, allK] of [
    ['kbatchasync', kbatchasyncAllK],
    ['kbatchsync', kbatchsyncAllK],
  ] as const)
    for (const [name, dist, comm, speeds] of cases)
      it(`${variant}, ${name}: each K's mean within 4 standard errors of simulatePs's (P = 6, J = 40)`, () => {
        const P = 6;
        const J = 40;
        const all = Array.from({ length: REPS }, (_, r) =>
          allK(P, J, dist, rngFor(1, `all|${r}`), comm, speeds),
        );
        for (let K = 1; K <= P; K++) {
          const a = meanSe(all.map((x) => x[K - 1]));
          const b = meanSe(
            Array.from(
              { length: REPS },
              (_, r) =>
                simulatePs(
                  { variant: variant as Variant, P, K, J, dist, comm, ...(speeds ? { speeds } : {}) },
                  rngFor(2, `one|${K}|${r}`),
                ).totalTime,
            ),
          );
          expect(Math.abs(a.mean - b.mean)).toBeLessThan(4 * Math.hypot(a.se, b.se));
        }
      });

  it('K-batch-sync with exponential times: each K within 4 SE of the Erlang mean J·K/(Pμ)', () => {
    const P = 8;
    const J = 50;
    const all = Array.from({ length: REPS }, (_, r) =>
      kbatchsyncAllK(P, J, { family: 'exp', rate: 2 }, rngFor(3, `erlang|${r}`)),
    );
    for (let K = 1; K <= P; K++) {
      const a = meanSe(all.map((x) => x[K - 1]));
      expect(Math.abs(a.mean - (J * K) / (P * 2))).toBeLessThan(4 * a.se);
    }
  });

  it('K-batch-async: times grow with K, and with comm c every cycle is longer by exactly 2c (det times)', () => {
    const t = kbatchasyncAllK(4, 10, { family: 'det', value: 1 }, rngFor(1, 'det'), 0.25);
    // Deterministic cycles of 1.5: arrival n (1-based) at 1.5·⌈n/4⌉; update 10 of batch K at arrival 10K.
    for (let K = 1; K <= 4; K++) expect(t[K - 1]).toBe(1.5 * Math.ceil((10 * K) / 4));
  });

  it('is deterministic and rejects bad input in words', () => {
    const a = kbatchsyncAllK(5, 20, { family: 'pareto', shape: 2, scale: 1 }, rngFor(9, 'x'));
    const b = kbatchsyncAllK(5, 20, { family: 'pareto', shape: 2, scale: 1 }, rngFor(9, 'x'));
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(() => kbatchasyncAllK(0, 1, { family: 'exp', rate: 1 }, rngFor(1, 'x'))).toThrow(/P must be/);
    expect(() => kbatchasyncAllK(3, 1, { family: 'exp', rate: 1 }, rngFor(1, 'x'), 0, [1, 2])).toThrow(
      /speeds/,
    );
  });
});
