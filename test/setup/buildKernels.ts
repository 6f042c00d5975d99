// Vitest's global setup: builds dist-kernels/kernels.wasm when it is missing or older than wasm/
// (as `npm install` does), so that the tests never run stale kernels.

import { ensureKernels } from '../../build/wasm.mjs';

export default async function setup(): Promise<void> {
  await ensureKernels();
}
