// The WebAssembly K-batch-async event loop (wasm/events.ts) against its JavaScript reference
// (KbatchasyncKernel): on 1000 random runs, drawn with a fixed seed, simulatePs gives the same
// statistics bit for bit with the kernels installed and without, and leaves the generator in the
// same state. Runs cover P = 1 to 300, K = 1 to 300 (far above P when P is small: stalenesses past
// the histogram's exact bins), communication time or none, unequal speeds, heavy and light tails,
// runs across chunks and draw-buffer refills.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { DistSpec } from '../../../../src/engine/distributions';
import { simulatePs } from '../../../../src/engine/events/simulate';
import { rngFor } from '../../../../src/engine/random/seed';
import type { Xoshiro128 } from '../../../../src/engine/random/xoshiro128';
import { installKernels, kernelFor, uninstallKernels } from '../../../../src/engine/wasm/kernels';
import { parseDist } from '../../../../src/scenario/distributionSyntax';
import { bytesOf } from './same';

const installed = kernelFor('wasm')!;
afterEach(() => installKernels(installed));

const DISTS = [
  'exp(1)',
  'pareto(2,1)',
  'pareto(1.1,1)',
  'lognormal(0,1)',
  'det(1)',
  'uniform(0.5,1.5)',
  'gamma(0.5,2)',
];
const specOf = (text: string) => parseDist(text).value as DistSpec;

/** Every number of the stats as its 64 bits (−0, NaN and the last bit all count). */
const bitsOfStats = (stats: unknown) =>
  JSON.stringify(stats, (_, v) => (typeof v === 'number' ? bytesOf(Float64Array.of(v)) : v));

function runBoth(p: Parameters<typeof simulatePs>[0]): [string, string] {
  const out: string[] = [];
  for (const wasm of [false, true]) {
    if (wasm) installKernels(installed);
    else uninstallKernels();
    const rng = rngFor(5, 'wasm-events');
    const stats = simulatePs(p, rng);
    out.push(`${bitsOfStats(stats)} rng ${(rng as Xoshiro128).s.join(',')}`);
  }
  return [out[0], out[1]];
}

describe('WebAssembly K-batch-async event loop = JavaScript reference, bit for bit', () => {
  it('on 1000 random runs (fixed seed)', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 300 })),
        fc.integer({ min: 1, max: 400 }),
        fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3, noNaN: true })),
        fc.constantFrom(...DISTS),
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        (P, K, J0, comm, dist, uneven, seed) => {
          const J = Math.max(1, Math.min(J0, Math.floor(20_000 / K))); // at most ≈ 20 000 arrivals a run
          const speeds = uneven ? Array.from({ length: P }, (_, l) => 1 + ((l * seed) % 7) / 3) : undefined;
          const [js, wasm] = runBoth({ variant: 'kbatchasync', P, K, J, comm, speeds, dist: specOf(dist) });
          expect(wasm).toBe(js);
        },
      ),
      { numRuns: 1000, seed: 20261208 },
    );
  });

  it('a long run across many chunks and draw-buffer refills (P = 20, K = 4, J = 50 000, Pareto)', () => {
    const [js, wasm] = runBoth({
      variant: 'kbatchasync',
      P: 20,
      K: 4,
      J: 50_000,
      dist: specOf('pareto(2,1)'),
    });
    expect(wasm).toBe(js);
  });
});
