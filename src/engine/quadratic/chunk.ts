/** Quadratic SGD steps between two checkpoints (../control.ts): ≈ 0.1–0.5 ms of work at d = 20. */
export const CHUNK_STEPS = 4096;
