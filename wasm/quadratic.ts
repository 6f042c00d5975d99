// SgdRun's three loops of src/engine/quadratic/sgd.ts (plain, noiseless, heavy-ball momentum), bit
// for bit: the same draws, the same arithmetic in the same order, the same stops.

import {
  A_CONTRACT,
  A_GBH,
  A_H,
  A_PENDING_INDEX,
  A_PENDING_WORD,
  A_V,
  A_Y,
  A_Z,
  P_ALPHA,
  P_BETA,
  P_BLOW2,
  P_BOUND,
  P_D,
  P_F2,
  P_G2,
  P_GAMMA,
  P_MOM,
  P_N2,
  P_NOISE_SCALE,
  P_NOISELESS,
  P_ON_GAP,
  P_SQRT_B,
  P_T,
} from './layout';
import { fillGaussians, loadRng, storeRng } from './random';

function f64At(p: usize): f64 {
  return load<f64>(p);
}
function i32At(p: usize): i32 {
  return load<i32>(p);
}

function finish(t: f64, n2: f64, g2: f64, f2: f64): void {
  store<f64>(P_T, t);
  store<f64>(P_N2, n2);
  store<f64>(P_G2, g2);
  store<f64>(P_F2, f2);
}

/** SgdRun.advancePlain: y ← (1 − γbh)∘y − γ√b·s·z. */
export function sgdAdvancePlain(until: f64): void {
  const rowBytes = (<usize>i32At(P_D)) << 3;
  const d = i32At(P_D);
  const h = <usize>i32At(A_H);
  const y = <usize>i32At(A_Y);
  const z = <usize>i32At(A_Z);
  const contract = <usize>i32At(A_CONTRACT);
  const pIndex = <usize>i32At(A_PENDING_INDEX);
  const pWord = <usize>i32At(A_PENDING_WORD);
  const alpha = f64At(P_ALPHA);
  const beta = f64At(P_BETA);
  const noiseScale = f64At(P_NOISE_SCALE);
  const bound = f64At(P_BOUND);
  const blow2 = f64At(P_BLOW2);
  const onGap = i32At(P_ON_GAP) != 0;
  let t = f64At(P_T);
  let n2 = f64At(P_N2);
  let g2 = f64At(P_G2);
  let f2 = f64At(P_F2);
  loadRng();
  while (t < until) {
    const s = noiseScale * Math.sqrt(alpha * g2 + beta);
    fillGaussians(z, d, pIndex, pWord);
    n2 = 0;
    g2 = 0;
    f2 = 0;
    for (let i: usize = 0; i < rowBytes; i += 8) {
      const yi = load<f64>(contract + i) * load<f64>(y + i) - s * load<f64>(z + i);
      store<f64>(y + i, yi);
      const hy = load<f64>(h + i) * yi;
      n2 += yi * yi;
      g2 += hy * hy;
      f2 += hy * yi;
    }
    t++;
    if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
  }
  storeRng();
  finish(t, n2, g2, f2);
}

/** SgdRun.advanceNoiseless: y ← (1 − γbh)∘y. */
export function sgdAdvanceNoiseless(until: f64): void {
  const rowBytes = (<usize>i32At(P_D)) << 3;
  const h = <usize>i32At(A_H);
  const y = <usize>i32At(A_Y);
  const contract = <usize>i32At(A_CONTRACT);
  const bound = f64At(P_BOUND);
  const blow2 = f64At(P_BLOW2);
  const onGap = i32At(P_ON_GAP) != 0;
  let t = f64At(P_T);
  let n2 = f64At(P_N2);
  let g2 = f64At(P_G2);
  let f2 = f64At(P_F2);
  while (t < until) {
    n2 = 0;
    g2 = 0;
    f2 = 0;
    for (let i: usize = 0; i < rowBytes; i += 8) {
      const yi = load<f64>(contract + i) * load<f64>(y + i);
      store<f64>(y + i, yi);
      const hy = load<f64>(h + i) * yi;
      n2 += yi * yi;
      g2 += hy * hy;
      f2 += hy * yi;
    }
    t++;
    if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
  }
  finish(t, n2, g2, f2);
}

/** SgdRun.advanceMomentum: v ← mom·v + b h∘y + √b·s·z, y ← y − γv (z = 0 when noiseless). */
export function sgdAdvanceMomentum(until: f64): void {
  const d = i32At(P_D);
  const rowBytes = (<usize>d) << 3;
  const h = <usize>i32At(A_H);
  const y = <usize>i32At(A_Y);
  const v = <usize>i32At(A_V);
  const z = <usize>i32At(A_Z);
  const bh = <usize>i32At(A_GBH);
  const pIndex = <usize>i32At(A_PENDING_INDEX);
  const pWord = <usize>i32At(A_PENDING_WORD);
  const alpha = f64At(P_ALPHA);
  const beta = f64At(P_BETA);
  const mom = f64At(P_MOM);
  const gamma = f64At(P_GAMMA);
  const sqrtB = f64At(P_SQRT_B);
  const bound = f64At(P_BOUND);
  const blow2 = f64At(P_BLOW2);
  const onGap = i32At(P_ON_GAP) != 0;
  const noiseless = i32At(P_NOISELESS) != 0;
  let t = f64At(P_T);
  let n2 = f64At(P_N2);
  let g2 = f64At(P_G2);
  let f2 = f64At(P_F2);
  loadRng();
  while (t < until) {
    const s = noiseless ? 0 : sqrtB * Math.sqrt(alpha * g2 + beta);
    if (!noiseless) fillGaussians(z, d, pIndex, pWord);
    n2 = 0;
    g2 = 0;
    f2 = 0;
    for (let i: usize = 0; i < rowBytes; i += 8) {
      const vi = mom * load<f64>(v + i) + load<f64>(bh + i) * load<f64>(y + i) + s * load<f64>(z + i);
      store<f64>(v + i, vi);
      const yi = load<f64>(y + i) - gamma * vi;
      store<f64>(y + i, yi);
      const hy = load<f64>(h + i) * yi;
      n2 += yi * yi;
      g2 += hy * hy;
      f2 += hy * yi;
    }
    t++;
    if ((onGap ? f2 : n2) <= bound || !(n2 <= blow2)) break;
  }
  storeRng();
  finish(t, n2, g2, f2);
}
