import { murmur3 } from './murmur3';
import { type Rng, Xoshiro128 } from './xoshiro128';

/**
 * The random stream of one cell: seeded from the scenario seed and the cell's identity (its
 * canonical parameter string and repetition index), never from its position in a list, so adding
 * a curve or changing the number of workers changes no other number.
 * The four state words are MurmurHash3 of `${seed}|${identity}` under the hash seeds 0..3.
 */
export function rngFor(seed: number, identity: string): Rng {
  return xoshiroFor(seed, identity);
}

/** The same stream as the concrete generator (hot loops read its state words directly). */
export function xoshiroFor(seed: number, identity: string): Xoshiro128 {
  const key = `${seed}|${identity}`;
  return new Xoshiro128(murmur3(key, 0), murmur3(key, 1), murmur3(key, 2), murmur3(key, 3));
}
