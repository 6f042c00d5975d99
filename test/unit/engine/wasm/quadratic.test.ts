// The WebAssembly quadratic SGD loops (wasm/quadratic.ts) against their JavaScript reference
// (SgdRun's plain, noiseless and momentum loops): on thousands of random settings, drawn with a
// fixed seed, the two runs hold the same bits after every chunk of steps — iterate, velocity,
// summaries, state, generator. Steps from 5e-324 to far past divergence, with and without noise and
// momentum, targets on ‖x‖ and on the gap, chunks that end mid-run.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { type SgdParams, SgdRun } from '../../../../src/engine/quadratic/sgd';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import { gammaArb, noiseArb } from './arbitraries';
import { expectSameNumbers } from './same';

const problemArb = fc.record({
  family: fc.constantFrom('tridiag' as const, 'diag' as const),
  d: fc.oneof(fc.constant(1), fc.constant(20), fc.integer({ min: 1, max: 64 })),
  lambda: fc.oneof(fc.constant(0.2), fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
  kappa: fc.double({ min: 1, max: 1e6, noNaN: true }),
});

const settingsArb = fc.record({
  noise: noiseArb,
  b: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 16384 })),
  mom: fc.oneof(
    fc.constant(0),
    fc.constant(0),
    fc.constantFrom(0.5, 0.9, 0.99),
    fc.double({ min: 0, max: 0.999, noNaN: true }),
  ),
  gamma: gammaArb,
});

const chunksArb = fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 4 });

function snapshot(run: SgdRun, rng: { s: Int32Array }) {
  const v = (run as unknown as { v: Float64Array }).v;
  return {
    steps: run.steps,
    state: run.state,
    norm2: run.norm2,
    grad2: run.grad2,
    twoF: run.twoF,
    y: run.coordinates(),
    v: v.slice(),
    rng: rng.s.slice(),
  };
}

describe('WebAssembly quadratic step = JavaScript reference, bit for bit', () => {
  it('on 2000 random settings (fixed seed), after every chunk of steps', { timeout: 600_000 }, () => {
    const states = new Set<string>();
    const loops = new Set<string>();
    fc.assert(
      fc.property(problemArb, settingsArb, chunksArb, (pp, s, chunks) => {
        const q = makeQuadratic(pp);
        const p: SgdParams = { ...s.noise, b: s.b, mom: s.mom, gamma: s.gamma };
        const js = new SgdRun(q, 'js');
        const wasm = new SgdRun(q, 'wasm');
        expect(wasm.kernel).toBe('wasm');
        const rngJs = xoshiroFor(11, 'wasm-quadratic');
        const rngWasm = xoshiroFor(11, 'wasm-quadratic');
        js.reset(p, rngJs);
        wasm.reset(p, rngWasm);
        let until = 0;
        for (const c of chunks) {
          until += c;
          js.advance(until);
          wasm.advance(until);
          expectSameNumbers(snapshot(js, rngJs), snapshot(wasm, rngWasm), `after ${until} steps`);
        }
        states.add(js.state);
        loops.add(s.mom > 0 ? 'momentum' : s.noise.M === 0 && s.noise.sigma2 === 0 ? 'noiseless' : 'plain');
      }),
      { numRuns: 2000, seed: 20261208 },
    );
    expect([...states].sort()).toEqual(['diverged', 'reached', 'running']);
    expect([...loops].sort()).toEqual(['momentum', 'noiseless', 'plain']);
  });

  it('clones keep the kernel (the tuner races clones side by side)', () => {
    const q = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });
    expect(new SgdRun(q, 'wasm').clone().kernel).toBe('wasm');
    expect(new SgdRun(q, 'js').clone().kernel).toBe('js');
  });
});
