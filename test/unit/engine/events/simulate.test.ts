import { describe, expect, it } from 'vitest';
import type { DistSpec } from '../../../../src/engine/distributions';
import { makeDistribution } from '../../../../src/engine/distributions';
import {
  kbatchasyncTime,
  ksyncAllK,
  ksyncTime,
  type PsParams,
  simulatePs,
  tracePs,
  type Variant,
} from '../../../../src/engine/events';
import { rngFor } from '../../../../src/engine/random/seed';

const EXP1: DistSpec = { family: 'exp', rate: 1 };
const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];

describe('simulatePs basics', () => {
  it('same seed → identical stats; different seed → different', () => {
    for (const variant of VARIANTS) {
      const p: PsParams = {
        variant,
        P: 7,
        K: 3,
        J: 500,
        dist: { family: 'pareto', shape: 2, scale: 1 },
        comm: 0.1,
      };
      const a = simulatePs(p, rngFor(3, 'det'));
      expect(simulatePs(p, rngFor(3, 'det'))).toEqual(a);
      expect(simulatePs(p, rngFor(4, 'det')).totalTime).not.toBe(a.totalTime);
    }
  });

  it('K = P sync is fully synchronous: the sum over iterations of the max of P draws', () => {
    const P = 5;
    const J = 50;
    const s = simulatePs({ variant: 'ksync', P, K: P, J, dist: EXP1 }, rngFor(1, 'sync'));
    const rng = rngFor(1, 'sync');
    const d = makeDistribution(EXP1);
    let t = 0;
    for (let j = 0; j < J; j++) {
      let m = 0;
      for (let l = 0; l < P; l++) m = Math.max(m, d.sample(rng));
      t += m;
    }
    expect(s.totalTime).toBe(t);
    expect(s.staleness.fresh).toBe(1);
  });

  it('ksyncAllK equals simulatePs K-sync bit for bit (same draws)', () => {
    const P = 9;
    const all = ksyncAllK(P, 300, EXP1, rngFor(2, 'all'));
    for (let K = 1; K <= P; K++)
      expect(all[K - 1]).toBe(
        simulatePs({ variant: 'ksync', P, K, J: 300, dist: EXP1 }, rngFor(2, 'all')).totalTime,
      );
  });

  it('tracePs reproduces simulatePs times', () => {
    for (const variant of VARIANTS) {
      const p: PsParams = {
        variant,
        P: 6,
        K: 2,
        J: 40,
        dist: { family: 'shexp', shift: 1, rate: 1 },
        comm: 0.05,
      };
      const tr = tracePs(p, rngFor(5, 'tr'), 40);
      const s = simulatePs(p, rngFor(5, 'tr'));
      expect(tr.stats).toEqual(s);
      expect(tr.updates.length).toBe(40);
      expect(tr.updates[39].time).toBe(s.totalTime);
    }
  });

  it('closed forms are in the right ballpark (smoke)', () => {
    expect(ksyncTime(EXP1, 20, 4, 1)?.value).toBeCloseTo(1 / 20 + 1 / 19 + 1 / 18 + 1 / 17, 12);
    expect(kbatchasyncTime(EXP1, 20, 4, 100)?.value).toBeCloseTo(20, 12);
  });
});
