// The WebAssembly ln and exp (wasm/math.ts, used by the ziggurat's slow path) against the
// JavaScript ones (src/engine/math/lnExp.ts, themselves bit for bit @stdlib's): identical on the
// inputs the kernels give them (uniforms in (0, 1), −x²/2 of the wedges) and on every kind of double,
// edge cases included (they call the JavaScript function itself).

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERNELS_WASM } from '../../../../build/wasm.mjs';
import { exp, ln } from '../../../../src/engine/math';
import { KernelInstance } from '../../../../src/engine/wasm/instance';

const wasm = new KernelInstance(new WebAssembly.Module(readFileSync(KERNELS_WASM))).exports;

/** Inputs where the functions switch paths. */
const EDGES = [
  0,
  -0,
  1,
  -1,
  2,
  0.5,
  Number.MIN_VALUE,
  2.2250738585072014e-308,
  2.225073858507201e-308,
  Number.MAX_VALUE,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  -708,
  -708.0000000000001,
  -707.9999999999999,
  709,
  708.9999999999999,
  709.78,
  -745.13,
  -746,
  2 ** -28,
  -(2 ** -28),
  2 ** -28 * (1 + 2 ** -52),
  1 + 2 ** -52,
  1 - 2 ** -53,
  2 ** -20,
  1 + 2 ** -20,
  1 - 2 ** -21,
  Math.SQRT2,
  Math.SQRT1_2,
  1e-300,
  1e300,
];

function expectSame(f: (x: number) => number, g: (x: number) => number, xs: number[], name: string) {
  const bad = xs.filter((x) => !Object.is(f(x), g(x)));
  expect(bad.map((x) => `${name}(${x}): js ${f(x)}, wasm ${g(x)}`)).toEqual([]);
}

describe('WebAssembly ln and exp = JavaScript ln and exp, bit for bit', () => {
  it('at the edges of their paths', () => {
    expectSame(ln, wasm.ln, EDGES, 'ln');
    expectSame(exp, wasm.exp, EDGES, 'exp');
  });

  it('on 200 000 doubles of every magnitude and sign (fixed seed)', () => {
    const xs = fc.sample(fc.double(), { numRuns: 200_000, seed: 1208 });
    expectSame(ln, wasm.ln, xs, 'ln');
    expectSame(exp, wasm.exp, xs, 'exp');
  });

  it('on the kernels’ own inputs: uniforms (k + ½)/2⁵² and −x²/2 for |x| < 14', () => {
    const us = fc
      .sample(fc.nat({ max: 2 ** 52 - 1 }), { numRuns: 100_000, seed: 7 })
      .map((k) => (k + 0.5) / 2 ** 52);
    expectSame(ln, wasm.ln, us, 'ln');
    const xs = fc
      .sample(fc.double({ min: -14, max: 14, noNaN: true }), { numRuns: 100_000, seed: 8 })
      .map((x) => -0.5 * x * x);
    expectSame(exp, wasm.exp, xs, 'exp');
  });
});
