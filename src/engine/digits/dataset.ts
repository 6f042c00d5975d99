// The digits as a learning problem: features scaled to [0, 1] (pixel / 16) and a held-out split that
// is a function of the seed alone. The split is stratified — each class gives the same fraction of
// its images to the held-out set — so a small held-out set (≈ 360 images at 20 %) still has every
// class in proportion, and the test error of a model is comparable across seeds.

import { rngFor } from '../random/seed';
import { CLASSES, type DigitImages, PIXEL_MAX, PIXELS } from './decode';

/** A set of examples: row-major n × 64 features in [0, 1], classes 0–9. */
export interface DigitsSet {
  readonly n: number;
  readonly X: Float64Array;
  readonly y: Uint8Array;
  /** Each example's row in the shipped file (ascending). */
  readonly rows: Int32Array;
}

export interface DigitsSplit {
  readonly train: DigitsSet;
  readonly test: DigitsSet;
}

/** The fraction held out when none is given (about 360 of 1,797 images). */
export const HELD_OUT = 0.2;

/** The identity of the split's random stream: it depends on the held-out fraction only. */
export function splitIdentity(heldOut: number): string {
  return `digits-split|heldout=${heldOut}`;
}

/**
 * Splits the images into training and held-out sets: per class, a uniform random permutation of its
 * images (Fisher–Yates, from rngFor(seed, splitIdentity(heldOut))), the first round(heldOut·count)
 * held out. Same seed ⇒ same split; the sets list their images in the file's order.
 */
export function splitDigits(images: DigitImages, seed: number, heldOut = HELD_OUT): DigitsSplit {
  if (!(heldOut > 0 && heldOut < 1)) throw new RangeError(`heldOut must be in (0, 1), got ${heldOut}`);
  const rng = rngFor(seed, splitIdentity(heldOut));
  const isTest = new Uint8Array(images.n);
  for (let c = 0; c < CLASSES; c++) {
    const members: number[] = [];
    for (let i = 0; i < images.n; i++) if (images.labels[i] === c) members.push(i);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(rng.uniform() * (i + 1)));
      const t = members[i];
      members[i] = members[j];
      members[j] = t;
    }
    const held = Math.round(heldOut * members.length);
    for (let k = 0; k < held; k++) isTest[members[k]] = 1;
  }
  const pick = (flag: number): DigitsSet => {
    const rows: number[] = [];
    for (let i = 0; i < images.n; i++) if (isTest[i] === flag) rows.push(i);
    return subset(images, Int32Array.from(rows));
  };
  return { train: pick(0), test: pick(1) };
}

/** The given rows of the images as a set (features pixel / 16). */
export function subset(images: DigitImages, rows: Int32Array): DigitsSet {
  const n = rows.length;
  const X = new Float64Array(n * PIXELS);
  const y = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i = rows[k];
    for (let j = 0; j < PIXELS; j++) X[k * PIXELS + j] = images.pixels[i * PIXELS + j] / PIXEL_MAX;
    y[k] = images.labels[i];
  }
  return { n, X, y, rows };
}
