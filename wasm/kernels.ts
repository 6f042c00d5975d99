// The WebAssembly kernels (AssemblyScript): the entry point build/wasm.mjs compiles to
// dist-kernels/kernels.wasm. src/engine/wasm/ instantiates it, one instance per run.

export { delayedAdvanceWhole } from './delayed';
export { kbatchasyncStep } from './events';
export { exp, ln } from './math';
export { sgdAdvanceMomentum, sgdAdvanceNoiseless, sgdAdvancePlain } from './quadratic';
