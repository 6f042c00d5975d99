// The random mask of [CP] Sec. 6.2: m_j ~ Bernoulli(1/α) i.i.d. per coordinate, α integer ≥ 1, so
// that α·m∘v is unbiased for v and every coordinate is in the support with probability Δ = 1/α.
// Stream order (part of the link format), per call:
//  - α = 1: no words, every coordinate kept;
//  - α = 2^k, k ≥ 1: ⌊32/k⌋ coordinates per 32-bit word: coordinate j reads bits
//    [k·(j mod c), k·(j mod c) + k) of word ⌊j/c⌋ (c = ⌊32/k⌋, a fresh word when j mod c = 0; the
//    leftover high bits are dropped) and is kept iff those k bits are all 0 (probability 2^−k);
//  - any other α: one boundedInt(α) per coordinate (Lemire, exact), kept iff it is 0.

import { boundedInt } from '../delayed/run';
import type { Xoshiro128 } from '../random/xoshiro128';

/** Largest α accepted (2³⁰: k < 32 bits per field). */
export const MAX_ALPHA = 1073741824;

export function checkAlpha(alpha: number): void {
  if (!Number.isInteger(alpha) || alpha < 1 || alpha > MAX_ALPHA)
    throw new RangeError(`alpha must be an integer in [1, ${MAX_ALPHA}], got ${alpha}`);
}

/** log₂ α when α is a power of two, else −1. */
export function maskBits(alpha: number): number {
  if ((alpha & (alpha - 1)) !== 0) return -1;
  let k = 0;
  while (1 << k !== alpha) k++;
  return k;
}

/**
 * Draws one mask over d coordinates; writes the kept coordinates, ascending, to keep[0..n) and
 * returns n. `bits` = maskBits(α), `threshold` = rejectThreshold(α) (hoisted by the callers).
 */
export function drawMask(
  rng: Xoshiro128,
  alpha: number,
  bits: number,
  threshold: number,
  d: number,
  keep: Int32Array,
): number {
  let n = 0;
  if (alpha === 1) {
    for (let j = 0; j < d; j++) keep[j] = j;
    return d;
  }
  if (bits > 0) {
    const perWord = Math.floor(32 / bits);
    const fieldMask = alpha - 1;
    let word = 0;
    let used = perWord;
    for (let j = 0; j < d; j++) {
      if (used === perWord) {
        word = rng.nextU32();
        used = 0;
      }
      if (((word >>> (bits * used)) & fieldMask) === 0) keep[n++] = j;
      used++;
    }
    return n;
  }
  for (let j = 0; j < d; j++) if (boundedInt(rng, alpha, threshold) === 0) keep[n++] = j;
  return n;
}
