// Standard normal draws for the quadratic runs: Marsaglia & Tsang's ziggurat (J. Stat. Softw. 5(8),
// 2000) with 256 layers (r = 3.6541528853610088, v = 0.00492867323399) on xoshiro128** words.
// Why not Rng.normal() (Box–Muller): a step draws d normals and nothing else costs as much; the
// ziggurat needs one 32-bit word and one table lookup for ≈ 98.6% of draws, no logarithm or
// trigonometry. The rare slow path (wedges, tail) uses the deterministic exp/ln of src/engine/math.
// A word u is split so that layer and position share no bits (Doornik's remark on the original):
// bits 0–7 pick the layer, bits 8–31 (arithmetic shift, so signed) the position
// v ∈ {−2²³, …, 2²³ − 1}; v + ½ is symmetric about 0, so there is no sign branch and no bias.
// This sampler is part of the link format of the views that use it, like the generator itself.

import { exp, ln } from '../math';
import type { Rng, Xoshiro128 } from '../random/xoshiro128';

/** What the Gaussian sampler needs from a generator. */
type WordSource = Pick<Rng, 'nextU32' | 'uniform'>;

const LAYERS = 256;
const R = 3.6541528853610088;
const V = 0.00492867323399;
const SCALE = 8388608; // 2^23: positions per half layer

/** K[i] = 2²³·x_{i−1}/xᵢ: a position with |v + ½| below it lies wholly under the density. */
const K = new Float64Array(LAYERS);
/** W[i] = xᵢ/2²³ (layer 0: the base's width V/f(R)), so the draw is (v + ½)·W[i]. */
const W = new Float64Array(LAYERS);
/** F[i] = exp(−xᵢ²/2) at the layer's right edge xᵢ (F[0] = 1 stands for the top, x = 0). */
const F = new Float64Array(LAYERS);

(function buildTables() {
  const fr = exp(-0.5 * R * R);
  const q = V / fr; // width of the base layer, whose area V includes the tail beyond R
  K[0] = (R / q) * SCALE;
  W[0] = q / SCALE;
  F[0] = 1;
  W[LAYERS - 1] = R / SCALE;
  F[LAYERS - 1] = fr;
  let x = R;
  for (let i = LAYERS - 2; i >= 1; i--) {
    const next = Math.sqrt(-2 * ln(V / x + exp(-0.5 * x * x)));
    K[i + 1] = (next / x) * SCALE;
    x = next;
    F[i] = exp(-0.5 * x * x);
    W[i] = x / SCALE;
  }
  K[1] = 0; // the top layer has no part wholly under the density
})();

/** The tables, for the WebAssembly kernels to copy (src/engine/wasm/instance.ts): never written. */
export const ZIGGURAT: { readonly K: Float64Array; readonly W: Float64Array; readonly F: Float64Array } = {
  K,
  W,
  F,
};

/** Probability that a word misses the fast path (for tests and cost estimates). */
export function slowPathProbability(): number {
  let p = 0;
  for (let i = 0; i < LAYERS; i++) p += 1 - K[i] / SCALE;
  return p / LAYERS;
}

/** Finishes a draw whose first word u missed the fast path: wedges and tail, drawing further words. */
function slowPath(rng: WordSource, word: number): number {
  let u = word;
  for (;;) {
    const i = u & 255;
    const v = (u >> 8) + 0.5;
    if (Math.abs(v) < K[i]) return v * W[i];
    if (i === 0) {
      // Tail beyond R (Marsaglia 1964): t = −ln(U1)/R, accepted when −2 ln(U2) > t².
      // As uniform() ≥ 2⁻⁵³, every draw is below R + 53 ln 2/R ≈ 13.7 in absolute value.
      let t: number;
      let e: number;
      do {
        t = -ln(rng.uniform()) / R;
        e = -ln(rng.uniform());
      } while (e + e < t * t);
      return v < 0 ? -(R + t) : R + t;
    }
    // Wedge: accept under the density between the layer's edges.
    const x = v * W[i];
    if (F[i] + rng.uniform() * (F[i - 1] - F[i]) < exp(-0.5 * x * x)) return x;
    u = rng.nextU32();
  }
}

/** One N(0, 1) draw; equals `fillGaussians(rng, out, 1)`. */
export function gaussian(rng: WordSource): number {
  const u = rng.nextU32();
  const i = u & 255;
  const v = (u >> 8) + 0.5;
  if (Math.abs(v) < K[i]) return v * W[i];
  return slowPath(rng, u);
}

// Entries waiting for their slow path; grown (rarely, never per step) to the largest n seen.
let pendingIndex = new Int32Array(64);
let pendingWord = new Int32Array(64);

/**
 * Fills out[0..n) with independent N(0, 1) draws. Order of the stream: first one word per entry
 * (in entry order), then, for the entries whose word missed the fast path (in entry order), the
 * further words of their slow path. Each entry is an exact ziggurat draw and the entries are
 * independent (every word is fresh). Deferring the slow path keeps the loop free of calls, so the
 * generator's state stays in registers: ≈ 2× faster than n calls of `gaussian`.
 */
export function fillGaussians(rng: Xoshiro128, out: Float64Array, n: number): void {
  if (n > pendingIndex.length) {
    pendingIndex = new Int32Array(n);
    pendingWord = new Int32Array(n);
  }
  const pIndex = pendingIndex;
  const pWord = pendingWord;
  const st = rng.s;
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let s3 = st[3];
  let pending = 0;
  for (let i = 0; i < n; i++) {
    // xoshiro128** 1.1, the sequence of Xoshiro128.nextU32 (as a signed word).
    const m = Math.imul(s1, 5);
    const u = Math.imul((m << 7) | (m >>> 25), 9);
    const t9 = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t9;
    s3 = (s3 << 11) | (s3 >>> 21);
    const layer = u & 255;
    const v = (u >> 8) + 0.5;
    if (Math.abs(v) < K[layer]) out[i] = v * W[layer];
    else {
      pIndex[pending] = i;
      pWord[pending++] = u;
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
  for (let j = 0; j < pending; j++) out[pIndex[j]] = slowPath(rng, pWord[j]);
}
