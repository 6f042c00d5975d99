// The cell worker's WebAssembly kernels (src/engine/wasm): dist-kernels/kernels.wasm is an asset of the
// build (a file beside the worker's chunk, found by a relative URL, precached by the service worker
// for offline use), fetched and compiled once per worker before its first cell. Compiling needs
// 'wasm-unsafe-eval' where a policy governs the worker (build/csp.ts). Anything that fails (no
// WebAssembly, a stricter policy, no network and no cache) leaves the JavaScript kernels: the same
// numbers, a little slower.

import { installKernels, webAssemblyAvailable } from '../engine/wasm/kernels';

// Vite turns this pattern into the asset's hashed file name, relative to the worker's chunk.
const KERNELS_URL = new URL('../../dist-kernels/kernels.wasm', import.meta.url);

let loading: Promise<boolean> | null = null;

/** Loads and installs the kernels once; resolves to whether they are in use. Never rejects. */
export function loadKernels(url: URL = KERNELS_URL): Promise<boolean> {
  loading ??= fetchAndInstall(url);
  return loading;
}

async function fetchAndInstall(url: URL): Promise<boolean> {
  if (!webAssemblyAvailable()) return false;
  try {
    const response = await fetch(url);
    if (!response.ok) return false;
    installKernels(await WebAssembly.compile(await response.arrayBuffer()));
    return true;
  } catch {
    return false;
  }
}
