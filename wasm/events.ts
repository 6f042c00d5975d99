// KbatchasyncKernel.step of src/engine/events/simulate.ts (K-batch-async, no recorder), bit for bit:
// the same heap (src/engine/events/heap.ts: branch-free choice of the smaller child, ties to the
// lower learner), the same launches, the same staleness tally, the same sum of draws. Compute
// times come from the JavaScript ComputeTimes' buffer, which lives in this memory: when it runs
// out the kernel asks JavaScript to refill it (the distribution's sampler stays JavaScript), so
// the draws are the same in the same order.

import { P_CUR, P_D, P_DELAY, P_F2, P_G2, P_N2, P_READ, P_T, P_TAU, P_UNIFORM } from './layout';

/** Fills the draw buffer with the next DRAW_BLOCK compute times (JavaScript's sampleInto). */
declare function refill(): void;

// The parameter block, reused: f64 drawn (P_N2), a (P_G2), c (P_F2), longSum (P_T); i32 P (P_D),
// K (P_TAU), J (P_UNIFORM), version (P_CUR), count (P_DELAY), draw index (P_READ).
// Arrays: their offsets in the block after the delayed ones (see src/engine/wasm/psKernel.ts).
const A_HT: usize = 212;
const A_HL: usize = 216;
const A_START: usize = 220;
const A_CS: usize = 224;
const A_CF: usize = 228;
const A_RV: usize = 232;
const A_HIST: usize = 236;
const A_BUF: usize = 240;
const A_SPEEDS: usize = 244;
const P_LONG_MAX: usize = 248;
const DRAW_BLOCK: i32 = 256;
const BINS: i32 = 64;

function ptr(p: usize): usize {
  return <usize>load<i32>(p);
}

function replaceTop(ht: usize, hl: usize, n: i32, t: f64, l: i32): void {
  let i = 0;
  while (true) {
    let m = 2 * i + 1;
    if (m >= n) break;
    const a = load<f64>(ht + ((<usize>m) << 3));
    const b = load<f64>(ht + ((<usize>(m + 1)) << 3));
    m +=
      <i32>(b < a) |
      (<i32>(b == a) & <i32>(load<i32>(hl + ((<usize>(m + 1)) << 2)) < load<i32>(hl + ((<usize>m) << 2))));
    const mt = load<f64>(ht + ((<usize>m) << 3));
    const ml = load<i32>(hl + ((<usize>m) << 2));
    if (t < mt || (t == mt && l < ml)) break;
    store<f64>(ht + ((<usize>i) << 3), mt);
    store<i32>(hl + ((<usize>i) << 2), ml);
    i = m;
  }
  store<f64>(ht + ((<usize>i) << 3), t);
  store<i32>(hl + ((<usize>i) << 2), l);
}

/** Up to `budget` arrivals; returns 1 when the J-th update ended the run (its time in P_G2), else 0. */
export function kbatchasyncStep(budget: i32): i32 {
  const ht = ptr(A_HT);
  const hl = ptr(A_HL);
  const start = ptr(A_START);
  const cs = ptr(A_CS);
  const cf = ptr(A_CF);
  const rv = ptr(A_RV);
  const hist = ptr(A_HIST);
  const buf = ptr(A_BUF);
  const speeds = ptr(A_SPEEDS); // 0: all speeds 1
  const P = load<i32>(P_D);
  const K = load<i32>(P_TAU);
  const J = load<i32>(P_UNIFORM);
  const c = load<f64>(P_F2);
  let drawn = load<f64>(P_N2);
  let longSum = load<f64>(P_T);
  let longMax = load<f64>(P_LONG_MAX);
  let version = load<i32>(P_CUR);
  let count = load<i32>(P_DELAY);
  let di = load<i32>(P_READ);
  let ended = 0;
  for (let e = 0; e < budget; e++) {
    const a = load<f64>(ht);
    const l = load<i32>(hl);
    const s = version - load<i32>(rv + ((<usize>l) << 2));
    if (s < BINS) {
      const h = hist + ((<usize>s) << 3);
      store<f64>(h, load<f64>(h) + 1);
    } else {
      const h = hist + ((<usize>BINS) << 3);
      store<f64>(h, load<f64>(h) + 1);
      longSum += <f64>s;
      if (<f64>s > longMax) longMax = <f64>s;
    }
    if (++count == K) {
      version++;
      count = 0;
      if (version == J) {
        store<f64>(P_G2, a);
        ended = 1;
        break;
      }
    }
    if (di == DRAW_BLOCK) {
      refill();
      di = 0;
    }
    let x = load<f64>(buf + ((<usize>di) << 3));
    di++;
    if (speeds != 0) x = x * load<f64>(speeds + ((<usize>l) << 3));
    drawn += x;
    // Learners.launch(l, a, a + c, x, version, c)
    const from = a + c;
    store<f64>(start + ((<usize>l) << 3), a);
    store<f64>(cs + ((<usize>l) << 3), from);
    store<i32>(rv + ((<usize>l) << 2), version);
    const f = from + x;
    store<f64>(cf + ((<usize>l) << 3), f);
    replaceTop(ht, hl, P, f + c, l);
  }
  store<f64>(P_N2, drawn);
  store<f64>(P_T, longSum);
  store<f64>(P_LONG_MAX, longMax);
  store<i32>(P_CUR, version);
  store<i32>(P_DELAY, count);
  store<i32>(P_READ, di);
  return ended;
}
