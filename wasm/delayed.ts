// DelayedRun.advanceWhole of src/engine/delayed/run.ts (const and uniform delays, in the
// eigenbasis), bit for bit: the same draws, the same arithmetic in the same order, the same stops.

import {
  A_CONTRACT,
  A_GBH,
  A_H,
  A_PENDING_INDEX,
  A_PENDING_WORD,
  A_STAMP,
  A_V,
  A_Y,
  A_Z,
  P_ALPHA,
  P_BETA,
  P_BLOW2,
  P_BOUND,
  P_CUR,
  P_D,
  P_DELAY,
  P_F2,
  P_FIXED_DELAY,
  P_G2,
  P_N2,
  P_NOISE_SCALE,
  P_NOISELESS,
  P_ON_GAP,
  P_READ,
  P_T,
  P_TAU,
  P_THRESHOLD,
  P_UNIFORM,
} from './layout';
import { boundedInt, fillGaussians, loadRng, storeRng } from './random';

function f64At(p: usize): f64 {
  return load<f64>(p);
}
function i32At(p: usize): i32 {
  return load<i32>(p);
}

/** Steps until `until` steps are done, the target is reached or the run diverges. */
export function delayedAdvanceWhole(until: f64): void {
  const d = i32At(P_D);
  const tau = i32At(P_TAU);
  const h = <usize>i32At(A_H);
  const contract = <usize>i32At(A_CONTRACT);
  const gbh = <usize>i32At(A_GBH);
  const z = <usize>i32At(A_Z);
  const ring = <usize>i32At(A_Y);
  const ringG2 = <usize>i32At(A_V);
  const stamp = <usize>i32At(A_STAMP);
  const pIndex = <usize>i32At(A_PENDING_INDEX);
  const pWord = <usize>i32At(A_PENDING_WORD);
  const alpha = f64At(P_ALPHA);
  const beta = f64At(P_BETA);
  const noiseScale = f64At(P_NOISE_SCALE);
  const bound = f64At(P_BOUND);
  const blow2 = f64At(P_BLOW2);
  const threshold = f64At(P_THRESHOLD);
  const dTau = <f64>tau;
  const noiseless = i32At(P_NOISELESS) != 0;
  const uniform = i32At(P_UNIFORM) != 0;
  const fixedDelay = i32At(P_FIXED_DELAY);
  const onGap = i32At(P_ON_GAP) != 0;
  const rowBytes = (<usize>d) << 3;
  let cur = i32At(P_CUR);
  let t = f64At(P_T);
  let n2 = f64At(P_N2);
  let g2 = f64At(P_G2);
  let f2 = f64At(P_F2);
  let delay = i32At(P_DELAY);
  let read = cur;
  loadRng();
  while (t < until) {
    delay = uniform ? boundedInt(dTau, threshold) : fixedDelay;
    read = cur - delay;
    if (read < 0) read += tau;
    const next = cur + 1 == tau ? 0 : cur + 1;
    const s = noiseless ? 0 : noiseScale * Math.sqrt(alpha * load<f64>(ringG2 + ((<usize>read) << 3)) + beta);
    if (!noiseless) fillGaussians(z, d, pIndex, pWord);
    const co = ring + <usize>cur * rowBytes;
    const ro = ring + <usize>read * rowBytes;
    const no = ring + <usize>next * rowBytes;
    n2 = 0;
    g2 = 0;
    f2 = 0;
    if (delay == 0) {
      for (let i: usize = 0; i < rowBytes; i += 8) {
        const yi = load<f64>(contract + i) * load<f64>(co + i) - s * load<f64>(z + i);
        store<f64>(no + i, yi);
        const hy = load<f64>(h + i) * yi;
        n2 += yi * yi;
        g2 += hy * hy;
        f2 += hy * yi;
      }
    } else {
      for (let i: usize = 0; i < rowBytes; i += 8) {
        const yi = load<f64>(co + i) - load<f64>(gbh + i) * load<f64>(ro + i) - s * load<f64>(z + i);
        store<f64>(no + i, yi);
        const hy = load<f64>(h + i) * yi;
        n2 += yi * yi;
        g2 += hy * hy;
        f2 += hy * yi;
      }
    }
    t++;
    store<f64>(ringG2 + ((<usize>next) << 3), g2);
    store<f64>(stamp + ((<usize>next) << 3), t);
    cur = next;
    if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
  }
  storeRng();
  store<i32>(P_CUR, cur);
  store<i32>(P_DELAY, delay);
  store<i32>(P_READ, read);
  store<f64>(P_T, t);
  store<f64>(P_N2, n2);
  store<f64>(P_G2, g2);
  store<f64>(P_F2, f2);
}
