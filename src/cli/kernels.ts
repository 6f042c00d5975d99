// The CLI's WebAssembly kernels (src/engine/wasm), installed on every thread before any cell runs.
// The prebuilt bundle carries the module inlined as base64 (build/cliBundle.mjs defines
// __KERNELS_WASM__), so the one file is the whole CLI, its worker threads included, and no second
// file can go missing or stale beside it; run unbundled (tsx, in tests), it reads
// dist-kernels/kernels.wasm, which `npm install` builds. SGD_EXPLORER_KERNELS=js keeps the JavaScript
// kernels (same numbers; for measuring one against the other). No module, no WebAssembly, or a module
// that does not compile: the JavaScript kernels, silently — the numbers are the same.

import { readFileSync } from 'node:fs';
import { installKernelsFromBytes } from '../engine/wasm/kernels';

declare const __KERNELS_WASM__: string | undefined;

function kernelBytes(): Uint8Array | null {
  if (typeof __KERNELS_WASM__ === 'string') return Buffer.from(__KERNELS_WASM__, 'base64');
  try {
    return readFileSync(new URL('../../dist-kernels/kernels.wasm', import.meta.url));
  } catch {
    return null;
  }
}

/** Installs the kernels in this thread unless told not to; returns which kernels runs will use. */
export function installCliKernels(env: NodeJS.ProcessEnv = process.env): 'wasm' | 'js' {
  if (env.SGD_EXPLORER_KERNELS === 'js') return 'js';
  const bytes = kernelBytes();
  return bytes && installKernelsFromBytes(bytes) ? 'wasm' : 'js';
}
