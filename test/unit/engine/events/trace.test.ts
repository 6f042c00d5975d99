import { describe, expect, it } from 'vitest';
import type { DistSpec } from '../../../../src/engine/distributions';
import { type PsParams, simulatePs, tracePs, type Variant } from '../../../../src/engine/events';
import { rngFor } from '../../../../src/engine/random/seed';

const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];
const DISTS: DistSpec[] = [
  { family: 'exp', rate: 1 },
  { family: 'pareto', shape: 2, scale: 1 },
  { family: 'det', value: 1 }, // every event a tie: exercises the learner-index tie rule
];

describe('tracePs', () => {
  for (const variant of VARIANTS)
    for (const comm of [0, 0.2])
      it(`${variant}, comm ${comm}: same times as simulatePs; segments tile [0, T] per learner; stats agree`, () => {
        for (const dist of DISTS) {
          const P = 5;
          const K = variant === 'kbatchsync' || variant === 'kbatchasync' ? 7 : 3;
          const p: PsParams = { variant, P, K, J: 1000, dist, comm, speeds: [1, 1.5, 1, 0.7, 2] };
          const tr = tracePs(p, rngFor(9, 'trace'), 25);
          const full = simulatePs({ ...p, J: 25 }, rngFor(9, 'trace'));
          expect(tr.stats).toEqual(full);
          // the first 25 update times of a longer run are the same
          const longer = tracePs(p, rngFor(9, 'trace'), 40);
          expect(longer.updates.slice(0, 25)).toEqual(tr.updates);
          const T = tr.stats.totalTime;
          expect(tr.updates.map((u) => u.version)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
          expect(tr.updates[24].time).toBe(T);
          let computeTime = 0;
          let cancelled = 0;
          let applied = 0;
          for (let l = 0; l < P; l++) {
            const segs = tr.segments.filter((s) => s.learner === l);
            expect(segs[0].start).toBe(0);
            for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
            expect(segs[segs.length - 1].end).toBe(T);
            for (const s of segs) {
              expect(s.end).toBeGreaterThanOrEqual(s.start);
              if (s.kind === 'compute' || s.kind === 'cancelled') computeTime += s.end - s.start;
              if (s.kind === 'cancelled') cancelled += s.end - s.start;
              if (s.appliedVersion !== null) {
                applied++;
                expect(s.kind).toBe('compute');
                expect(s.staleness).toBe(s.appliedVersion - 1 - s.readVersion);
                expect(tr.updates[s.appliedVersion - 1].contributors).toContain(l);
              }
            }
          }
          const contributions = tr.updates.reduce((a, u) => a + u.contributors.length, 0);
          expect(applied).toBe(contributions);
          expect(contributions).toBe(25 * K);
          expect(computeTime / (P * T)).toBeCloseTo(tr.stats.utilization, 9);
          expect(cancelled / computeTime).toBeCloseTo(tr.stats.wasted, 9);
          if (variant === 'ksync' || variant === 'kasync')
            for (const u of tr.updates) expect(new Set(u.contributors).size).toBe(K);
        }
      });

  it('det times: K-sync updates at every multiple of X; ties go to the lower learner index', () => {
    const tr = tracePs(
      { variant: 'ksync', P: 4, K: 2, J: 3, dist: { family: 'det', value: 1 } },
      rngFor(1, 'd'),
      3,
    );
    expect(tr.updates.map((u) => [u.time, u.contributors])).toEqual([
      [1, [0, 1]],
      [2, [0, 1]],
      [3, [0, 1]],
    ]);
    const a = tracePs(
      { variant: 'kasync', P: 3, K: 2, J: 4, dist: { family: 'det', value: 1 } },
      rngFor(1, 'd'),
      4,
    );
    expect(a.updates.map((u) => [u.time, u.contributors])).toEqual([
      [1, [0, 1]],
      [2, [2, 0]],
      [3, [1, 0]],
      [4, [2, 0]],
    ]);
  });
});

describe('speeds, validation, determinism', () => {
  it('speeds all 2 double every time exactly (comm 0); staleness unchanged', () => {
    for (const variant of VARIANTS) {
      const p: PsParams = { variant, P: 6, K: 3, J: 400, dist: { family: 'lognormal', mu: 0, sigma: 1 } };
      const a = simulatePs(p, rngFor(6, 'speed'));
      const b = simulatePs({ ...p, speeds: [2, 2, 2, 2, 2, 2] }, rngFor(6, 'speed'));
      expect(b.totalTime).toBe(2 * a.totalTime);
      expect(b.staleness).toEqual(a.staleness);
      expect(b.utilization).toBeCloseTo(a.utilization, 12);
      const ta = tracePs(p, rngFor(6, 'speed'), 30);
      const tb = tracePs({ ...p, speeds: [2, 2, 2, 2, 2, 2] }, rngFor(6, 'speed'), 30);
      expect(tb.updates.map((u) => u.time)).toEqual(ta.updates.map((u) => 2 * u.time));
    }
  });

  it('a slow learner contributes less in K-batch-async', () => {
    const tr = tracePs(
      { variant: 'kbatchasync', P: 4, K: 1, J: 4000, dist: { family: 'exp', rate: 1 }, speeds: [4, 1, 1, 1] },
      rngFor(1, 'slow'),
      4000,
    );
    const count = (l: number) => tr.updates.filter((u) => u.contributors[0] === l).length;
    expect(count(0) / count(1)).toBeCloseTo(0.25, 1);
  });

  it('rejects bad parameters', () => {
    const base: PsParams = { variant: 'ksync', P: 4, K: 2, J: 10, dist: { family: 'exp', rate: 1 } };
    const rng = rngFor(1, 'bad');
    expect(() => simulatePs({ ...base, P: 4097, K: 1 }, rng)).toThrow(RangeError);
    expect(() => simulatePs({ ...base, K: 5 }, rng)).toThrow(RangeError);
    expect(() => simulatePs({ ...base, variant: 'kasync', K: 0 }, rng)).toThrow(RangeError);
    expect(() => simulatePs({ ...base, J: 0 }, rng)).toThrow(RangeError);
    expect(() => simulatePs({ ...base, comm: -1 }, rng)).toThrow(RangeError);
    expect(() => simulatePs({ ...base, speeds: [1, 1, 1] }, rng)).toThrow(RangeError);
    expect(() => simulatePs({ ...base, speeds: [1, 1, 0, 1] }, rng)).toThrow(RangeError);
    expect(() => tracePs({ ...base, P: 65, K: 1 }, rng, 5)).toThrow(RangeError);
    // K-batch variants accept K > P: some learners contribute several mini-batches per update
    const s = simulatePs({ ...base, variant: 'kbatchasync', K: 12, J: 2000 }, rng);
    expect(s.timePerUpdate).toBeCloseTo(3, 0); // K·E[X]/P = 3
    expect(simulatePs({ ...base, P: 4096, K: 4096, J: 2 }, rng).completions).toBe(2 * 4096);
  });

  it('same seed → identical stats, every variant', () => {
    for (const variant of VARIANTS) {
      const p: PsParams = {
        variant,
        P: 9,
        K: 4,
        J: 300,
        dist: { family: 'shexp', shift: 1, rate: 2 },
        comm: 0.01,
      };
      expect(simulatePs(p, rngFor(8, 'same'))).toEqual(simulatePs(p, rngFor(8, 'same')));
    }
  });
});
