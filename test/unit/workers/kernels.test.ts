// The cell worker's kernels (src/workers/kernels.ts): fetched and compiled once, installed when that
// works, and the JavaScript kernels kept, without an error, when it does not. data: URLs stand in
// for the built asset so that no server is needed.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KERNELS_WASM } from '../../../build/wasm.mjs';
import { installKernels } from '../../../src/engine/wasm/kernels';

const bytes = readFileSync(KERNELS_WASM);
const dataUrl = (b: Uint8Array) =>
  new URL(`data:application/wasm;base64,${Buffer.from(b).toString('base64')}`);

/**
 * A fresh copy of the worker's module (it loads once per worker), and of the engine's kernel
 * registry it installs into (resetModules renews both).
 */
async function freshLoader() {
  vi.resetModules();
  const { loadKernels } = await import('../../../src/workers/kernels');
  const engine = await import('../../../src/engine/wasm/kernels');
  engine.uninstallKernels();
  return Object.assign(loadKernels, { installed: () => engine.kernelFor('auto') !== null });
}

afterEach(() => {
  vi.unstubAllGlobals();
  installKernels(new WebAssembly.Module(bytes)); // as the setup left it
});

describe('the cell worker loads its kernels', () => {
  it('installs the fetched module, once', async () => {
    const load = await freshLoader();
    expect(load.installed()).toBe(false);
    const first = load(dataUrl(bytes));
    expect(await first).toBe(true);
    expect(load.installed()).toBe(true);
    expect(load(dataUrl(new Uint8Array(4)))).toBe(first); // the same promise: not fetched again
  });

  it('keeps the JavaScript kernels when the file does not compile, is missing or WebAssembly is absent', async () => {
    const broken = await freshLoader();
    expect(await broken(dataUrl(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99])))).toBe(false);
    expect(broken.installed()).toBe(false);
    vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
    expect(await (await freshLoader())(dataUrl(bytes))).toBe(false);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    expect(await (await freshLoader())(dataUrl(bytes))).toBe(false);
    vi.unstubAllGlobals();
    vi.stubGlobal('WebAssembly', undefined);
    const none = await freshLoader();
    expect(await none(dataUrl(bytes))).toBe(false);
    vi.unstubAllGlobals();
    expect(none.installed()).toBe(false);
  });
});
