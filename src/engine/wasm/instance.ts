// One instance of the kernels' module with a memory of its own, for one run: the run's arrays are
// views on that memory, so the JavaScript kernel (the reference) and the WebAssembly one work on
// the same numbers and a step needs no copying. An instance per run (not one per thread with an
// allocator) lets the garbage collector free a run's memory with the run, and a run that needs more
// (a larger τ) grows only its own. Instantiating a compiled module takes microseconds.

import { exp, ln } from '../math';
import { ZIGGURAT } from '../quadratic/gaussian';
import { ARRAYS, ZIG_F, ZIG_K, ZIG_W } from './layout';

export interface KernelExports {
  readonly memory: WebAssembly.Memory;
  delayedAdvanceWhole(until: number): void;
  sgdAdvancePlain(until: number): void;
  sgdAdvanceNoiseless(until: number): void;
  sgdAdvanceMomentum(until: number): void;
  kbatchasyncStep(budget: number): number;
  ln(x: number): number;
  exp(x: number): number;
}

const PAGE = 65536;

export class KernelInstance {
  readonly exports: KernelExports;
  /** Views on the whole memory; replaced when it grows (the old buffer is then detached). */
  f64!: Float64Array;
  i32!: Int32Array;
  /** First free byte for arrays. */
  private top = ARRAYS;

  /** `events.refill`: the event loop's draw buffer refill (psKernel.ts); a no-op for the others. */
  constructor(module: WebAssembly.Module, extra: { events?: { refill: () => void } } = {}) {
    // The edge cases of ln and exp are the JavaScript functions themselves (wasm/math.ts).
    const instance = new WebAssembly.Instance(module, {
      math: { lnEdge: ln, expEdge: exp },
      events: extra.events ?? { refill: () => {} },
    });
    this.exports = instance.exports as unknown as KernelExports;
    this.ensure(ARRAYS);
    this.f64.set(ZIGGURAT.K, ZIG_K / 8);
    this.f64.set(ZIGGURAT.W, ZIG_W / 8);
    this.f64.set(ZIGGURAT.F, ZIG_F / 8);
  }

  /** Makes the memory at least `bytes` long. */
  private ensure(bytes: number): void {
    const memory = this.exports.memory;
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
    if (this.f64?.buffer !== memory.buffer) {
      this.f64 = new Float64Array(memory.buffer);
      this.i32 = new Int32Array(memory.buffer);
    }
  }

  /** Where the next allocation goes (for `release`). */
  get mark(): number {
    return this.top;
  }

  /** Frees everything allocated since `mark` (the memory stays; it is reused). */
  release(mark: number): void {
    this.top = mark;
  }

  /**
   * Reserves `n` f64s (or i32s: `bytesEach` 4) and returns their byte offset. Views made before a
   * call of this may be void afterwards (the memory may have grown): make views after allocating.
   */
  allocate(n: number, bytesEach = 8): number {
    const at = this.top;
    this.top = at + Math.ceil((n * bytesEach) / 8) * 8;
    this.ensure(this.top);
    return at;
  }

  f64View(at: number, n: number): Float64Array {
    return new Float64Array(this.exports.memory.buffer, at, n);
  }

  i32View(at: number, n: number): Int32Array {
    return new Int32Array(this.exports.memory.buffer, at, n);
  }

  /** Copies the generator's state in (before a kernel call). */
  rngIn(s: Int32Array): void {
    this.i32.set(s, 0);
  }

  /** Copies the generator's state out (after a kernel call), so JavaScript draws on from there. */
  rngOut(s: Int32Array): void {
    s.set(this.i32.subarray(0, 4));
  }
}
