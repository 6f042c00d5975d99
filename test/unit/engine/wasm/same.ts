// Bit-for-bit comparison of what a JavaScript-kernel run and a WebAssembly-kernel run hold: every
// float with Object.is (NaN equals NaN, −0 differs from 0), arrays byte for byte.

import { expect } from 'vitest';

/** The bytes of a float array, as hex (a mismatch then shows where). */
export const bytesOf = (a: Float64Array | Int32Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

/** Each named number identical (Object.is) in `js` and `wasm`. */
export function expectSameNumbers(js: Record<string, unknown>, wasm: Record<string, unknown>, what: string) {
  for (const key of Object.keys(js)) {
    const a = js[key];
    const b = wasm[key];
    if (a instanceof Float64Array || a instanceof Int32Array)
      expect(bytesOf(b as Float64Array), `${what}: ${key}`).toBe(bytesOf(a));
    else expect(Object.is(a, b), `${what}: ${key} js=${String(a)} wasm=${String(b)}`).toBe(true);
  }
}
