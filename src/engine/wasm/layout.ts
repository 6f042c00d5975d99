// Byte offsets in a kernel instance's memory: the same numbers as wasm/layout.ts (the kernels'
// side, which says what each one holds). A mismatch would show as different iterates in
// test/unit/engine/wasm.

export const RNG = 0;
export const P_ALPHA = 16;
export const P_BETA = 24;
export const P_NOISE_SCALE = 32;
export const P_BOUND = 40;
export const P_BLOW2 = 48;
export const P_N2 = 56;
export const P_G2 = 64;
export const P_F2 = 72;
export const P_T = 80;
export const P_THRESHOLD = 88;
export const P_MOM = 96;
export const P_GAMMA = 104;
export const P_SQRT_B = 112;
export const P_D = 128;
export const P_TAU = 132;
export const P_UNIFORM = 136;
export const P_FIXED_DELAY = 140;
export const P_ON_GAP = 144;
export const P_NOISELESS = 148;
export const P_CUR = 152;
export const P_DELAY = 156;
export const P_READ = 160;
export const A_H = 176;
export const A_CONTRACT = 180;
export const A_GBH = 184;
export const A_Z = 188;
export const A_Y = 192;
export const A_V = 196;
export const A_STAMP = 200;
export const A_PENDING_INDEX = 204;
export const A_PENDING_WORD = 208;
export const ZIG_K = 256;
export const ZIG_W = ZIG_K + 2048;
export const ZIG_F = ZIG_W + 2048;
export const ARRAYS = ZIG_F + 2048;
