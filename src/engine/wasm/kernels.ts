// Which kernel a run uses: the WebAssembly one (wasm/, built to dist-kernels/kernels.wasm) once a
// compiled module has been installed in this thread, else the JavaScript one, which is the
// reference and gives the same bits (test/unit/engine/wasm checks it). The engine loads no file:
// whoever owns the thread installs the module (the page's cell worker, the CLI, the test setup),
// so the engine stays the same pure code in the page, in Node and in tests.

/** What a run is asked to use: `auto` takes WebAssembly when installed, else JavaScript. */
export type KernelChoice = 'auto' | 'js' | 'wasm';

let installed: WebAssembly.Module | null = null;

/** Makes `module` (compiled dist-kernels/kernels.wasm) the kernels of runs created from now on. */
export function installKernels(module: WebAssembly.Module): void {
  installed = module;
}

/** Back to the JavaScript kernels for runs created from now on (tests). */
export function uninstallKernels(): void {
  installed = null;
}

/** Whether this JavaScript engine has WebAssembly at all (it may be disabled, or missing). */
export function webAssemblyAvailable(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.Instance === 'function';
}

/**
 * The module a new run with this choice uses, or null for JavaScript: `auto` falls back to
 * JavaScript when nothing is installed or WebAssembly is unavailable; `wasm` insists (and throws).
 */
export function kernelFor(choice: KernelChoice): WebAssembly.Module | null {
  if (choice === 'js') return null;
  const module = webAssemblyAvailable() ? installed : null;
  if (choice === 'wasm' && module === null)
    throw new Error('WebAssembly kernels requested but none are installed in this thread');
  return module;
}

/**
 * `make()` (a run's kernel instance), or null when it fails under `auto`: a browser may refuse a new
 * WebAssembly memory while many wait for the garbage collector ("Out of memory: Cannot allocate Wasm
 * memory"); the run then uses the JavaScript kernel, with the same numbers.
 */
export function instanceOrNull<T>(choice: KernelChoice, make: () => T): T | null {
  try {
    return make();
  } catch (e) {
    if (choice === 'wasm') throw e;
    return null;
  }
}

/** Compiles and installs the kernels from the bytes of dist-kernels/kernels.wasm; false if it cannot. */
export function installKernelsFromBytes(bytes: Uint8Array): boolean {
  if (!webAssemblyAvailable()) return false;
  try {
    installKernels(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>));
    return true;
  } catch {
    return false; // a policy that forbids compiling (CSP) or a broken file: JavaScript it is
  }
}
