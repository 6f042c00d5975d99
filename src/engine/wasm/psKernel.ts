// The K-batch-async event loop's arrays in a kernel instance, and its WebAssembly step
// (wasm/events.ts, the port of KbatchasyncKernel.step without a recorder). The heap, the learners'
// state, the staleness histogram and the draw buffer live in the instance's memory; the
// distribution's sampler stays JavaScript (the kernel calls back to refill the buffer).

import type { ComputeTimes } from '../events/model';
import { KernelInstance } from './instance';
import * as L from './layout';

const A_HT = 212;
const A_HL = 216;
const A_START = 220;
const A_CS = 224;
const A_CF = 228;
const A_RV = 232;
const A_HIST = 236;
const A_BUF = 240;
const A_SPEEDS = 244;
const P_LONG_MAX = 248;

/** The counters KbatchasyncKernel.step keeps (in and out). */
export interface PsStepState {
  drawn: number;
  version: number;
  count: number;
  longSum: number;
  longMax: number;
}

export class PsKernel {
  private readonly k: KernelInstance;
  readonly ht: Float64Array;
  readonly hl: Int32Array;
  readonly start: Float64Array;
  readonly cs: Float64Array;
  readonly cf: Float64Array;
  readonly rv: Int32Array;
  readonly hist: Float64Array;
  private readonly draws: ComputeTimes;

  constructor(
    module: WebAssembly.Module,
    P: number,
    bins: number,
    blockSize: number,
    speeds: Float64Array | null,
    draws: ComputeTimes,
  ) {
    this.draws = draws;
    const k = new KernelInstance(module, { events: { refill: () => draws.refill() } });
    this.k = k;
    const set = (slot: number, at: number) => {
      k.i32[slot / 4] = at;
      return at;
    };
    const ht = set(A_HT, k.allocate(P + 1));
    const hl = set(A_HL, k.allocate(P + 1, 4));
    const start = set(A_START, k.allocate(P));
    const cs = set(A_CS, k.allocate(P));
    const cf = set(A_CF, k.allocate(P));
    const rv = set(A_RV, k.allocate(P, 4));
    const hist = set(A_HIST, k.allocate(bins + 1));
    const buf = set(A_BUF, k.allocate(blockSize));
    const sp = speeds ? k.allocate(P) : 0;
    set(A_SPEEDS, sp);
    // Views last: the memory no longer grows.
    this.ht = k.f64View(ht, P + 1);
    this.hl = k.i32View(hl, P + 1);
    this.start = k.f64View(start, P);
    this.cs = k.f64View(cs, P);
    this.cf = k.f64View(cf, P);
    this.rv = k.i32View(rv, P);
    this.hist = k.f64View(hist, bins + 1);
    if (speeds) k.f64View(sp, P).set(speeds);
    draws.adoptBuffer(k.f64View(buf, blockSize));
  }

  /** Up to `budget` arrivals in WebAssembly; the time of the J-th update if it ended the run, else null. */
  step(budget: number, P: number, K: number, J: number, c: number, s: PsStepState): number | null {
    const { k, draws } = this;
    const f = k.f64;
    const i = k.i32;
    i[L.P_D / 4] = P;
    i[L.P_TAU / 4] = K;
    i[L.P_UNIFORM / 4] = J;
    f[L.P_F2 / 8] = c;
    f[L.P_N2 / 8] = s.drawn;
    f[L.P_T / 8] = s.longSum;
    f[P_LONG_MAX / 8] = s.longMax;
    i[L.P_CUR / 4] = s.version;
    i[L.P_DELAY / 4] = s.count;
    i[L.P_READ / 4] = draws.position;
    const ended = k.exports.kbatchasyncStep(budget);
    s.drawn = f[L.P_N2 / 8];
    s.longSum = f[L.P_T / 8];
    s.longMax = f[P_LONG_MAX / 8];
    s.version = i[L.P_CUR / 4];
    s.count = i[L.P_DELAY / 4];
    draws.position = i[L.P_READ / 4];
    return ended === 1 ? f[L.P_G2 / 8] : null;
  }
}
