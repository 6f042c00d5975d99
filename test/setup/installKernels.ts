// Every unit test file runs with the WebAssembly kernels installed, as the page's workers and the
// CLI do: the golden tests then pin the numbers the kernels give. (test/unit/engine/wasm creates
// runs with an explicit kernel to compare the two.) Not silently: a module that fails to load fails
// every test file.

import { readFileSync } from 'node:fs';
import { KERNELS_WASM } from '../../build/wasm.mjs';
import { installKernels } from '../../src/engine/wasm/kernels';

installKernels(new WebAssembly.Module(readFileSync(KERNELS_WASM)));
