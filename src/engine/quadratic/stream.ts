// The random stream of one run: `rngFor(seed, identity)`'s generator (src/engine/random), typed as
// the concrete class so the step loops (sgd.ts) can read its state words directly.

import type { Rng } from '../random/xoshiro128';

export { xoshiroFor as streamFor } from '../random/seed';
export { Xoshiro128 as Xoshiro128Stream } from '../random/xoshiro128';

/** What the Gaussian sampler needs from a generator. */
export type WordSource = Pick<Rng, 'nextU32' | 'uniform'>;
