// DelayedRun's arrays in a kernel instance, and its WebAssembly step (wasm/delayed.ts, the port of
// DelayedRun.advanceWhole). The run reads and writes the same arrays from JavaScript (reset, the
// instrumented step, hogwild), so only the step itself differs between the two kernels.

import type { Xoshiro128 } from '../random/xoshiro128';
import { KernelInstance } from './instance';
import * as L from './layout';

/** The scalar settings and state advanceWhole reads (and the state it writes back). */
export interface DelayedStepState {
  alpha: number;
  beta: number;
  noiseScale: number;
  bound: number;
  blow2: number;
  threshold: number;
  tau: number;
  uniform: boolean;
  fixedDelay: number;
  onGap: boolean;
  noiseless: boolean;
  cur: number;
  steps: number;
  norm2: number;
  grad2: number;
  twoF: number;
  lastDelay: number;
}

export class DelayedKernel {
  private readonly k: KernelInstance;
  private readonly d: number;
  /** Where the ring begins: everything after it is re-laid when τ grows. */
  private readonly ringMark: number;
  private capacity = 0;
  h!: Float64Array;
  contract!: Float64Array;
  gbh!: Float64Array;
  z!: Float64Array;
  ring!: Float64Array;
  ringG2!: Float64Array;
  stamp!: Float64Array;

  constructor(module: WebAssembly.Module, h: Float64Array) {
    const k = new KernelInstance(module);
    const d = h.length;
    this.k = k;
    this.d = d;
    const i32 = (at: number, value: number) => {
      k.i32[at / 4] = value;
    };
    i32(L.P_D, d);
    i32(L.A_H, k.allocate(d));
    i32(L.A_CONTRACT, k.allocate(d));
    i32(L.A_GBH, k.allocate(d));
    i32(L.A_Z, k.allocate(d));
    i32(L.A_PENDING_INDEX, k.allocate(d, 4));
    i32(L.A_PENDING_WORD, k.allocate(d, 4));
    this.ringMark = k.mark;
    this.reserve(1);
    this.h.set(h);
  }

  /** Room for τ slots; views are renewed (the memory may have grown). */
  reserve(tau: number): void {
    const { k, d } = this;
    if (tau > this.capacity) {
      k.release(this.ringMark);
      const ring = k.allocate(tau * d);
      const ringG2 = k.allocate(tau);
      const stamp = k.allocate(tau);
      k.i32[L.A_Y / 4] = ring;
      k.i32[L.A_V / 4] = ringG2;
      k.i32[L.A_STAMP / 4] = stamp;
      this.capacity = tau;
    }
    const at = (p: number) => k.i32[p / 4];
    this.h = k.f64View(at(L.A_H), d);
    this.contract = k.f64View(at(L.A_CONTRACT), d);
    this.gbh = k.f64View(at(L.A_GBH), d);
    this.z = k.f64View(at(L.A_Z), d);
    this.ring = k.f64View(at(L.A_Y), this.capacity * d);
    this.ringG2 = k.f64View(at(L.A_V), this.capacity);
    this.stamp = k.f64View(at(L.A_STAMP), this.capacity);
  }

  /** advanceWhole in WebAssembly: reads `s` and the generator, steps, writes both back. */
  advanceWhole(s: DelayedStepState, rng: Xoshiro128, until: number): void {
    const { k } = this;
    const f = k.f64;
    const i = k.i32;
    f[L.P_ALPHA / 8] = s.alpha;
    f[L.P_BETA / 8] = s.beta;
    f[L.P_NOISE_SCALE / 8] = s.noiseScale;
    f[L.P_BOUND / 8] = s.bound;
    f[L.P_BLOW2 / 8] = s.blow2;
    f[L.P_THRESHOLD / 8] = s.threshold;
    f[L.P_T / 8] = s.steps;
    f[L.P_N2 / 8] = s.norm2;
    f[L.P_G2 / 8] = s.grad2;
    f[L.P_F2 / 8] = s.twoF;
    i[L.P_TAU / 4] = s.tau;
    i[L.P_UNIFORM / 4] = s.uniform ? 1 : 0;
    i[L.P_FIXED_DELAY / 4] = s.fixedDelay;
    i[L.P_ON_GAP / 4] = s.onGap ? 1 : 0;
    i[L.P_NOISELESS / 4] = s.noiseless ? 1 : 0;
    i[L.P_CUR / 4] = s.cur;
    i[L.P_DELAY / 4] = s.lastDelay;
    k.rngIn(rng.s);
    k.exports.delayedAdvanceWhole(until);
    k.rngOut(rng.s);
    s.cur = i[L.P_CUR / 4];
    s.lastDelay = i[L.P_DELAY / 4];
    s.steps = f[L.P_T / 8];
    s.norm2 = f[L.P_N2 / 8];
    s.grad2 = f[L.P_G2 / 8];
    s.twoF = f[L.P_F2 / 8];
  }

  /** The read slot of the last step (the instrumented step's record). */
  get lastRead(): number {
    return this.k.i32[L.P_READ / 4];
  }
}
