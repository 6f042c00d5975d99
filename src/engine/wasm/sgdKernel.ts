// SgdRun's arrays in a kernel instance, and its WebAssembly steps (wasm/quadratic.ts, the port of
// SgdRun's three loops). The run reads and writes the same arrays from JavaScript (reset,
// coordinates()), so only the loops differ between the two kernels.

import type { Xoshiro128 } from '../random/xoshiro128';
import { KernelInstance } from './instance';
import * as L from './layout';

/** The scalar settings and state SgdRun's loops read (and the state they write back). */
export interface SgdStepState {
  alpha: number;
  beta: number;
  noiseScale: number;
  gamma: number;
  sqrtB: number;
  mom: number;
  bound: number;
  blow2: number;
  onGap: boolean;
  noiseless: boolean;
  steps: number;
  norm2: number;
  grad2: number;
  twoF: number;
}

export type SgdLoop = 'plain' | 'noiseless' | 'momentum';

export class SgdKernel {
  private readonly k: KernelInstance;
  readonly h: Float64Array;
  readonly y: Float64Array;
  readonly v: Float64Array;
  readonly z: Float64Array;
  readonly contract: Float64Array;
  readonly bh: Float64Array;

  constructor(module: WebAssembly.Module, h: Float64Array) {
    const k = new KernelInstance(module);
    const d = h.length;
    this.k = k;
    const at = [L.A_H, L.A_Y, L.A_V, L.A_Z, L.A_CONTRACT, L.A_GBH].map((slot) => {
      const offset = k.allocate(d);
      k.i32[slot / 4] = offset;
      return offset;
    });
    k.i32[L.A_PENDING_INDEX / 4] = k.allocate(d, 4);
    k.i32[L.A_PENDING_WORD / 4] = k.allocate(d, 4);
    k.i32[L.P_D / 4] = d;
    // Views last: the memory no longer grows.
    [this.h, this.y, this.v, this.z, this.contract, this.bh] = at.map((offset) => k.f64View(offset, d));
    this.h.set(h);
  }

  /** One of SgdRun's loops in WebAssembly: reads `s` and the generator, steps, writes both back. */
  advance(loop: SgdLoop, s: SgdStepState, rng: Xoshiro128, until: number): void {
    const { k } = this;
    const f = k.f64;
    f[L.P_ALPHA / 8] = s.alpha;
    f[L.P_BETA / 8] = s.beta;
    f[L.P_NOISE_SCALE / 8] = s.noiseScale;
    f[L.P_GAMMA / 8] = s.gamma;
    f[L.P_SQRT_B / 8] = s.sqrtB;
    f[L.P_MOM / 8] = s.mom;
    f[L.P_BOUND / 8] = s.bound;
    f[L.P_BLOW2 / 8] = s.blow2;
    f[L.P_T / 8] = s.steps;
    f[L.P_N2 / 8] = s.norm2;
    f[L.P_G2 / 8] = s.grad2;
    f[L.P_F2 / 8] = s.twoF;
    k.i32[L.P_ON_GAP / 4] = s.onGap ? 1 : 0;
    k.i32[L.P_NOISELESS / 4] = s.noiseless ? 1 : 0;
    k.rngIn(rng.s);
    if (loop === 'plain') k.exports.sgdAdvancePlain(until);
    else if (loop === 'noiseless') k.exports.sgdAdvanceNoiseless(until);
    else k.exports.sgdAdvanceMomentum(until);
    k.rngOut(rng.s);
    s.steps = f[L.P_T / 8];
    s.norm2 = f[L.P_N2 / 8];
    s.grad2 = f[L.P_G2 / 8];
    s.twoF = f[L.P_F2 / 8];
  }
}
