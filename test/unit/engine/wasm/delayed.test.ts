// The WebAssembly delayed-SGD step (wasm/delayed.ts) against its JavaScript reference
// (DelayedRun.advanceWhole): on thousands of random settings, drawn with a fixed seed, the two runs
// hold the same bits after every chunk of steps — iterates, the whole ring of past iterates, the
// summaries, the state, the delay and read slot, the generator's state. Settings reach every branch:
// τ = 1 (no delay) up to large rings, const and uniform delays (so delays 0 and τ − 1), no noise,
// the ziggurat's slow path (thousands of draws per run), steps from 5e-324 to far past divergence
// (Infinity, then NaN), targets on ‖x‖ and on the gap, chunks that end mid-run.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DelayedParams, DelayedRun, makeDelayedProblem } from '../../../../src/engine/delayed/run';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import { gammaArb, noiseArb } from './arbitraries';
import { expectSameNumbers } from './same';

const problemArb = fc.record({
  family: fc.constantFrom('tridiag' as const, 'diag' as const),
  d: fc.oneof(fc.constant(1), fc.constant(20), fc.integer({ min: 1, max: 40 })),
  lambda: fc.oneof(fc.constant(0.2), fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
  kappa: fc.double({ min: 1, max: 1e6, noNaN: true }),
});

const settingsArb = fc.record({
  noise: noiseArb,
  b: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1024 })),
  tau: fc.oneof(
    fc.constant(1),
    fc.constant(2),
    fc.integer({ min: 1, max: 64 }),
    fc.integer({ min: 65, max: 5000 }),
  ),
  delay: fc.constantFrom('const' as const, 'uniform' as const, 'uniform' as const, 'hogwild' as const),
  gamma: gammaArb,
});

/** Step counts at which to compare (cumulative chunks, some ending mid-run). */
const chunksArb = fc.array(fc.integer({ min: 1, max: 1500 }), { minLength: 1, maxLength: 4 });

/** Everything a delayed run holds that the next step could depend on. */
function snapshot(run: DelayedRun, rng: { s: Int32Array }) {
  const r = run as unknown as {
    ring: Float64Array;
    ringG2: Float64Array;
    stamp: Float64Array;
    cur: number;
    tau: number;
    readSlot: Int32Array;
  };
  const d = run.problem.q.d;
  return {
    steps: run.steps,
    state: run.state,
    norm2: run.norm2,
    grad2: run.grad2,
    twoF: run.twoF,
    lastDelay: run.lastDelay,
    cur: r.cur,
    readSlot: r.readSlot[0],
    ring: r.ring.slice(0, r.tau * d),
    ringG2: r.ringG2.slice(0, r.tau),
    stamp: r.stamp.slice(0, r.tau),
    rng: rng.s.slice(),
  };
}

describe('WebAssembly delayed step = JavaScript reference, bit for bit', () => {
  it('on 2000 random settings (fixed seed), after every chunk of steps', { timeout: 600_000 }, () => {
    let stepsChecked = 0;
    const states = new Set<string>();
    fc.assert(
      fc.property(problemArb, settingsArb, chunksArb, (pp, s, chunks) => {
        const problem = makeDelayedProblem(pp);
        const p: DelayedParams = { ...s.noise, b: s.b, tau: s.tau, delay: s.delay, gamma: s.gamma };
        const js = new DelayedRun(problem, 'js');
        const wasm = new DelayedRun(problem, 'wasm');
        expect(wasm.kernel).toBe('wasm');
        const rngJs = xoshiroFor(7, 'wasm-delayed');
        const rngWasm = xoshiroFor(7, 'wasm-delayed');
        js.reset(p, rngJs);
        wasm.reset(p, rngWasm);
        let until = 0;
        for (const c of chunks) {
          until += c;
          js.advance(until);
          wasm.advance(until);
          expectSameNumbers(snapshot(js, rngJs), snapshot(wasm, rngWasm), `after ${until} steps`);
        }
        stepsChecked += js.steps;
        states.add(js.state);
      }),
      { numRuns: 2000, seed: 20261208 },
    );
    // The draw reached every ending, and enough steps to exercise the ziggurat's slow path.
    expect([...states].sort()).toEqual(['diverged', 'reached', 'running']);
    expect(stepsChecked).toBeGreaterThan(500_000);
  });

  it('a run that diverges to Infinity and NaN stops at the same step with the same non-finite values', () => {
    const problem = makeDelayedProblem({ family: 'tridiag', d: 20, lambda: 0.2 });
    for (const delay of ['const', 'uniform'] as const) {
      const p: DelayedParams = {
        M: 10,
        sigma2: 1,
        noise: 'literal',
        target: 'l2d',
        tol: 0.1,
        b: 4,
        tau: 8,
        delay,
        gamma: 1e200,
      };
      const runs = (['js', 'wasm'] as const).map((k) => {
        const run = new DelayedRun(problem, k);
        const rng = xoshiroFor(1, 'diverge');
        run.reset(p, rng);
        run.advance(100);
        return snapshot(run, rng);
      });
      expect(runs[0].state).toBe('diverged');
      expect(Number.isFinite(runs[0].norm2)).toBe(false);
      expectSameNumbers(runs[0], runs[1], delay);
    }
  });

  it('a large ring (τ = 2²⁰, d = 1): delays up to τ − 1 read the right slot', () => {
    const problem = makeDelayedProblem({ family: 'tridiag', d: 1, lambda: 0.2 });
    const p: DelayedParams = {
      M: 1,
      sigma2: 0.5,
      noise: 'literal',
      target: 'l2d',
      tol: 1e-9,
      b: 1,
      tau: 2 ** 20,
      delay: 'uniform',
      gamma: 1e-3,
    };
    const runs = (['js', 'wasm'] as const).map((k) => {
      const run = new DelayedRun(problem, k);
      const rng = xoshiroFor(3, 'big ring');
      run.reset(p, rng);
      run.advance(20_000);
      return snapshot(run, rng);
    });
    expect(runs[0].steps).toBe(20_000);
    expectSameNumbers(runs[0], runs[1], 'τ = 2²⁰');
  });

  it('a run that grows its ring (reset with a larger τ) keeps agreeing', () => {
    const problem = makeDelayedProblem({ family: 'tridiag', d: 20, lambda: 0.2 });
    const js = new DelayedRun(problem, 'js');
    const wasm = new DelayedRun(problem, 'wasm');
    for (const tau of [1, 16, 4, 3000]) {
      const p: DelayedParams = {
        M: 100,
        sigma2: 0,
        noise: 'literal',
        target: 'l2d',
        tol: 0.1,
        b: 2,
        tau,
        delay: 'const',
        gamma: 1e-4,
      };
      const rngJs = xoshiroFor(tau, 'grow');
      const rngWasm = xoshiroFor(tau, 'grow');
      js.reset(p, rngJs);
      wasm.reset(p, rngWasm);
      js.advance(5000);
      wasm.advance(5000);
      expectSameNumbers(snapshot(js, rngJs), snapshot(wasm, rngWasm), `τ = ${tau}`);
    }
  });
});
