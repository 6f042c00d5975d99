// Which kernel a run gets: WebAssembly once installed in the thread (the test setup installs it, as
// the worker and the CLI do), JavaScript when nothing is installed, when WebAssembly is missing or
// when the module does not compile — and the answers do not depend on it (a tuned cell of each kind).

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KERNELS_WASM } from '../../../../build/wasm.mjs';
import { installCliKernels } from '../../../../src/cli/kernels';
import {
  DELAYED_TUNE_DEFAULTS,
  DelayedRun,
  makeDelayedProblem,
  tuneDelayedSync,
} from '../../../../src/engine/delayed';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { SgdRun } from '../../../../src/engine/quadratic/sgd';
import { TUNE_DEFAULTS, tuneStepSizeSync } from '../../../../src/engine/quadratic/tune';
import {
  installKernels,
  installKernelsFromBytes,
  instanceOrNull,
  kernelFor,
  uninstallKernels,
} from '../../../../src/engine/wasm/kernels';

const module = new WebAssembly.Module(readFileSync(KERNELS_WASM));
const problem = makeDelayedProblem({ family: 'tridiag', d: 20, lambda: 0.2 });
const q = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });

afterEach(() => {
  vi.unstubAllGlobals();
  installKernels(module); // as the setup left it
});

describe('kernel selection', () => {
  it('auto takes WebAssembly when installed, JavaScript when not; js is always JavaScript', () => {
    expect(new DelayedRun(problem).kernel).toBe('wasm');
    expect(new SgdRun(q).kernel).toBe('wasm');
    expect(new DelayedRun(problem, 'js').kernel).toBe('js');
    uninstallKernels();
    expect(kernelFor('auto')).toBeNull();
    expect(new DelayedRun(problem).kernel).toBe('js');
    expect(new SgdRun(q).kernel).toBe('js');
    expect(() => new SgdRun(q, 'wasm')).toThrow(/none are installed/);
  });

  it('falls back to JavaScript where WebAssembly is unavailable, even with a module installed', () => {
    vi.stubGlobal('WebAssembly', undefined);
    expect(kernelFor('auto')).toBeNull();
    expect(new DelayedRun(problem).kernel).toBe('js');
    expect(installKernelsFromBytes(readFileSync(KERNELS_WASM))).toBe(false);
  });

  it('a module that does not compile leaves the JavaScript kernels', () => {
    uninstallKernels();
    expect(installKernelsFromBytes(new Uint8Array([0, 97, 115, 109, 9, 9]))).toBe(false);
    expect(new SgdRun(q).kernel).toBe('js');
    expect(installKernelsFromBytes(readFileSync(KERNELS_WASM))).toBe(true);
    expect(new SgdRun(q).kernel).toBe('wasm');
  });

  it('a run whose instance cannot be made (a browser out of WebAssembly memory) uses JavaScript', () => {
    const refuse = () => {
      throw new RangeError(
        'WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance',
      );
    };
    expect(instanceOrNull('auto', refuse)).toBeNull();
    expect(() => instanceOrNull('wasm', refuse)).toThrow(/Out of memory/);
    expect(instanceOrNull('auto', () => 1)).toBe(1);
  });

  it('the CLI installs the kernels unless SGD_EXPLORER_KERNELS=js', () => {
    uninstallKernels();
    expect(installCliKernels({ SGD_EXPLORER_KERNELS: 'js' })).toBe('js');
    expect(kernelFor('auto')).toBeNull();
    expect(installCliKernels({})).toBe('wasm');
    expect(kernelFor('auto')).not.toBeNull();
  });

  it('a tuned cell has the same answer with either kernel (delayed and quadratic)', () => {
    const delayed = { ...DELAYED_TUNE_DEFAULTS, M: 100, tau: 64, delay: 'uniform' as const, seeds: 2 };
    const quadratic = { ...TUNE_DEFAULTS, M: 10, b: 16, seeds: 2 };
    const withWasm = [tuneDelayedSync(delayed, 1, 'fallback'), tuneStepSizeSync(quadratic, 1, 'fallback')];
    uninstallKernels();
    const withJs = [tuneDelayedSync(delayed, 1, 'fallback'), tuneStepSizeSync(quadratic, 1, 'fallback')];
    expect(withWasm[0].work).toBeGreaterThan(0);
    expect(withWasm).toEqual(withJs);
  });
});
