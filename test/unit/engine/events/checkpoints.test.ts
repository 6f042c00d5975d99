// The simulator's async entry points reach a checkpoint every CHUNK_DRAWS draws or so, whatever J,
// and give the synchronous numbers. Work is counted in uniforms drawn from a counting wrapper of
// the run's rng (exp and Pareto(2) draw one uniform per compute time), not in milliseconds.

import { describe, expect, it } from 'vitest';
import type { DistSpec } from '../../../../src/engine/distributions';
import {
  CHUNK_DRAWS,
  kbatchasyncAllK,
  kbatchasyncAllKAsync,
  kbatchsyncAllK,
  kbatchsyncAllKAsync,
  ksyncAllK,
  ksyncAllKAsync,
  type PsParams,
  simulatePs,
  simulatePsAsync,
  type Variant,
} from '../../../../src/engine/events';
import { rngFor } from '../../../../src/engine/random/seed';
import type { Rng } from '../../../../src/engine/random/xoshiro128';

const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];
const PARETO2: DistSpec = { family: 'pareto', shape: 2, scale: 1 };
const P = 20;
/** Draws one chunk may overrun by: one buffer refill (256) and one iteration of a sync variant (2P). */
const SLACK = 256 + 2 * P;

/** The rng's draws, counted. */
function counting(rng: Rng): { rng: Rng; draws: () => number } {
  let n = 0;
  return {
    rng: {
      nextU32: () => {
        n++;
        return rng.nextU32();
      },
      uniform: () => {
        n++;
        return rng.uniform();
      },
      normal: () => {
        n++;
        return rng.normal();
      },
    },
    draws: () => n,
  };
}

class Cancelled extends Error {}

/** A checkpoint that records the draws since the previous one and throws at call `cancelAt` (1-based). */
function recorder(draws: () => number, cancelAt = Number.POSITIVE_INFINITY) {
  const gaps: number[] = [];
  let last = 0;
  return {
    gaps,
    ctl: {
      checkpoint() {
        gaps.push(draws() - last);
        last = draws();
        if (gaps.length >= cancelAt) throw new Cancelled();
      },
    },
  };
}

type AsyncRun = (rng: Rng, ctl: { checkpoint(): void }) => Promise<unknown>;

const runs = (J: number, K: number, comm: number): [string, AsyncRun, (rng: Rng) => unknown][] => [
  ...VARIANTS.map((variant): [string, AsyncRun, (rng: Rng) => unknown] => {
    const p: PsParams = { variant, P, K, J, dist: PARETO2, comm };
    return [`simulatePs ${variant}`, (rng, ctl) => simulatePsAsync(p, rng, ctl), (rng) => simulatePs(p, rng)];
  }),
  [
    'ksyncAllK',
    (rng, ctl) => ksyncAllKAsync(P, J, PARETO2, rng, ctl),
    (rng) => ksyncAllK(P, J, PARETO2, rng),
  ],
  [
    'kbatchsyncAllK',
    (rng, ctl) => kbatchsyncAllKAsync(P, J, PARETO2, rng, comm, undefined, ctl),
    (rng) => kbatchsyncAllK(P, J, PARETO2, rng, comm),
  ],
  [
    'kbatchasyncAllK',
    (rng, ctl) => kbatchasyncAllKAsync(P, J, PARETO2, rng, comm, undefined, ctl),
    (rng) => kbatchasyncAllK(P, J, PARETO2, rng, comm),
  ],
];

describe('checkpoints of the event simulator', () => {
  for (const [name, runAsync] of runs(1_000_000, 4, 0))
    it(`${name} at J = 10⁶, cancelled at its first checkpoint, stops after at most CHUNK_DRAWS + ${SLACK} draws`, async () => {
      const c = counting(rngFor(1, name));
      const r = recorder(c.draws, 1);
      await expect(runAsync(c.rng, r.ctl)).rejects.toBeInstanceOf(Cancelled);
      expect(r.gaps.length).toBe(1);
      expect(c.draws()).toBeGreaterThan(0);
      // a J = 10⁶ run draws ≥ 10⁶ times: it stopped long before the end
      expect(c.draws()).toBeLessThanOrEqual(CHUNK_DRAWS + SLACK);
    });

  for (const K of [1, 7, 20])
    for (const [name, runAsync, runSync] of runs(3000, K, 0.1))
      it(`${name}, K = ${K}: every gap between checkpoints ≤ CHUNK_DRAWS + ${SLACK} draws; the numbers are the synchronous run's`, async () => {
        const c = counting(rngFor(2, name));
        const r = recorder(c.draws);
        const result = await runAsync(c.rng, r.ctl);
        const total = c.draws();
        expect(total).toBeGreaterThanOrEqual(3000 * K);
        expect(r.gaps.length).toBeGreaterThanOrEqual(Math.floor(total / (CHUNK_DRAWS + SLACK)));
        expect(Math.max(...r.gaps)).toBeLessThanOrEqual(CHUNK_DRAWS + SLACK);
        expect(result).toEqual(runSync(rngFor(2, name)));
      });
});
