// The fast kernels (binary heap in typed arrays, block draws) against a naive reference written
// from the header of simulate.ts alone: one linear scan per event for the earliest arrival (ties to
// the lower learner index), draws one `sample` at a time in the documented order. Equality is
// exact (same floating-point expressions), so any difference in event order or draw order fails.

import { describe, expect, it } from 'vitest';
import { type DistSpec, makeDistribution } from '../../../../src/engine/distributions';
import { type PsParams, simulatePs, type Variant } from '../../../../src/engine/events';
import { rngFor } from '../../../../src/engine/random/seed';
import type { Rng } from '../../../../src/engine/random/xoshiro128';

function reference(p: PsParams, rng: Rng): { totalTime: number; staleness: number[] } {
  const { variant, P, K, J } = p;
  const c = p.comm ?? 0;
  const speed = p.speeds ?? new Array<number>(P).fill(1);
  const d = makeDistribution(p.dist);
  const draw = (l: number) => (speed[l] === 1 ? d.sample(rng) : d.sample(rng) * speed[l]);
  const stale: number[] = [];
  const argmin = (arr: number[], ok: (l: number) => boolean) => {
    let best = -1;
    for (let l = 0; l < P; l++) if (ok(l) && (best < 0 || arr[l] < arr[best])) best = l;
    return best;
  };
  let t = 0;
  if (variant === 'ksync') {
    for (let j = 0; j < J; j++) {
      const xs = Array.from({ length: P }, (_, l) => draw(l));
      const order = xs.map((x, l) => [x, l]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const v = order[K - 1][0];
      for (let i = 0; i < K; i++) stale.push(0);
      t = t + c + v + c;
    }
    return { totalTime: t, staleness: stale };
  }
  if (variant === 'kbatchsync') {
    for (let j = 0; j < J; j++) {
      const arrival = Array.from({ length: P }, (_, l) => t + c + draw(l) + c);
      for (let count = 1; ; count++) {
        const l = argmin(arrival, () => true);
        const a = arrival[l];
        stale.push(0);
        if (count === K) {
          t = a;
          break;
        }
        arrival[l] = a + draw(l) + c;
      }
    }
    return { totalTime: t, staleness: stale };
  }
  // K-async and K-batch-async
  const arrival = Array.from({ length: P }, (_, l) => c + draw(l) + c);
  const rv = new Array<number>(P).fill(0);
  const idle = new Array<boolean>(P).fill(false);
  let version = 0;
  let pending: number[] = [];
  for (;;) {
    const l = argmin(arrival, (m) => !idle[m]);
    const a = arrival[l];
    stale.push(version - rv[l]);
    pending.push(l);
    const update = pending.length === K;
    if (update) {
      version++;
      if (version === J) return { totalTime: a, staleness: stale };
    }
    if (variant === 'kbatchasync') {
      if (update) pending = [];
      rv[l] = version;
      arrival[l] = a + c + draw(l) + c;
    } else if (update) {
      for (const m of pending) {
        rv[m] = version;
        arrival[m] = a + c + draw(m) + c;
        idle[m] = false;
      }
      pending = [];
    } else idle[l] = true;
  }
}

function histogram(stale: number[]): number[] {
  const h = new Array<number>(65).fill(0);
  for (const s of stale) h[Math.min(s, 64)]++;
  return h;
}

const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];
const DISTS: DistSpec[] = [
  { family: 'exp', rate: 1 },
  { family: 'pareto', shape: 1.5, scale: 1 },
  { family: 'lognormal', mu: 0, sigma: 1 }, // Gaussian pairs: a spare carried across blocks
  { family: 'det', value: 1 },
  { family: 'mix', p: 0.5, first: { family: 'det', value: 1 }, second: { family: 'det', value: 3 } },
];

describe('simulatePs equals a naive reference, bit for bit', () => {
  for (const variant of VARIANTS)
    it(variant, () => {
      const batch = variant === 'kbatchasync' || variant === 'kbatchsync';
      for (const dist of DISTS)
        for (const [P, K] of [
          [1, 1],
          [3, 2],
          [7, 7],
          [40, batch ? 90 : 13],
          [70, 1],
        ])
          for (const extra of [
            {},
            { comm: 0.125 },
            { speeds: Array.from({ length: P }, (_, l) => 1 + (l % 3) / 2) },
          ]) {
            const p: PsParams = { variant, P, K, J: 300, dist, ...extra };
            const label = `${JSON.stringify(dist)} P=${P} K=${K} ${JSON.stringify(extra).slice(0, 20)}`;
            const ref = reference(p, rngFor(21, label));
            const s = simulatePs(p, rngFor(21, label));
            expect(s.totalTime, label).toBe(ref.totalTime);
            expect(s.staleness.histogram, label).toEqual(histogram(ref.staleness));
            expect(s.staleness.max, label).toBe(Math.max(...ref.staleness));
          }
    });
});
