// Where things live in a kernel instance's memory (byte offsets). Each run owns one instance, so
// the layout is fixed: the generator's state, a parameter block the JS side writes before a call
// and reads after it, the ziggurat's tables, then the run's arrays (laid out by the JS side, which
// passes their offsets in the parameter block). src/engine/wasm/layout.ts holds the same numbers;
// test/unit/engine/wasm checks that they agree (a mismatch shows as different iterates).

/** xoshiro128** state words s0..s3 (i32). */
export const RNG: usize = 0;

// Parameter block: f64 fields.
export const P_ALPHA: usize = 16;
export const P_BETA: usize = 24;
/** γ√b: the step's noise is noiseScale·s(x̂)·z (delayed, plain quadratic). */
export const P_NOISE_SCALE: usize = 32;
export const P_BOUND: usize = 40;
export const P_BLOW2: usize = 48;
/** ‖x‖², ‖∇f‖², 2f at the current iterate (in and out). */
export const P_N2: usize = 56;
export const P_G2: usize = 64;
export const P_F2: usize = 72;
/** Steps done (in and out). */
export const P_T: usize = 80;
/** boundedInt's rejection threshold 2³² mod τ. */
export const P_THRESHOLD: usize = 88;
/** Momentum: mom, γ and √b. */
export const P_MOM: usize = 96;
export const P_GAMMA: usize = 104;
export const P_SQRT_B: usize = 112;

// Parameter block: i32 fields.
export const P_D: usize = 128;
export const P_TAU: usize = 132;
/** 1 when the delay is drawn uniformly (delay model `uniform`, τ > 1). */
export const P_UNIFORM: usize = 136;
export const P_FIXED_DELAY: usize = 140;
/** 1 when the target is on 2f (the optimality gap), 0 when on ‖x‖². */
export const P_ON_GAP: usize = 144;
export const P_NOISELESS: usize = 148;
/** Ring slot of the current iterate (in and out); delay and read slot of the last step (out). */
export const P_CUR: usize = 152;
export const P_DELAY: usize = 156;
export const P_READ: usize = 160;

// Parameter block: offsets of the run's arrays (i32).
export const A_H: usize = 176;
export const A_CONTRACT: usize = 180;
/** γbh (delayed) or bh (momentum). */
export const A_GBH: usize = 184;
export const A_Z: usize = 188;
/** The iterate y (quadratic) or the ring of τ iterates (delayed). */
export const A_Y: usize = 192;
/** Momentum's velocity v (quadratic) or the ring's ‖∇f‖² per slot (delayed). */
export const A_V: usize = 196;
/** The ring's step number per slot (delayed). */
export const A_STAMP: usize = 200;
/** fillGaussians' deferred entries: index and word (i32 each). */
export const A_PENDING_INDEX: usize = 204;
export const A_PENDING_WORD: usize = 208;

/** The ziggurat's tables K, W, F (256 f64 each), copied from the JS ones at instantiation. */
export const ZIG_K: usize = 256;
export const ZIG_W: usize = ZIG_K + 2048;
export const ZIG_F: usize = ZIG_W + 2048;
/** First byte free for the run's arrays. */
export const ARRAYS: usize = ZIG_F + 2048;
