// Types of build/wasm.mjs (plain JavaScript, run by `prepare` with no TypeScript loader).

/** dist-kernels/kernels.wasm, absolute. */
export const KERNELS_WASM: string;
export const ASC_FLAGS: string[];
export function kernelInputs(): string[];
export function kernelsAreFresh(): boolean;
export function buildKernels(): Promise<string>;
export function ensureKernels(): Promise<string>;
