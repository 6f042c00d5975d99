// The WebAssembly kernels: wasm/kernels.ts (AssemblyScript) compiled by the assemblyscript
// devDependency into dist-kernels/kernels.wasm. Built, never committed: `npm install`/`npm ci` build it
// (the `prepare` script, through build/cliBundle.mjs, which inlines it into the CLI), and so do
// `npm run build`, `vite` (a plugin in vite.config.ts) and the unit tests' setup, each only when a
// source is newer than the file. Plain JavaScript, like cliBundle.mjs: run with no TypeScript loader.
//
// Flags: -O3 (speed), the stub runtime (the kernels allocate nothing), no assertions and no abort
// import (they use no bounds-checked arrays), so the module imports only ln/exp's edge cases.

import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = `${ROOT}wasm`;
export const KERNELS_WASM = `${ROOT}dist-kernels/kernels.wasm`;

/** The files the module is made from: its sources, this script and the compiler's version. */
export function kernelInputs() {
  return [
    ...readdirSync(SOURCES)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `wasm/${f}`),
    'build/wasm.mjs',
    'node_modules/assemblyscript/package.json',
  ];
}

/** Whether the module exists and is newer than every input. */
export function kernelsAreFresh() {
  try {
    const built = statSync(KERNELS_WASM).mtimeMs;
    return kernelInputs().every((f) => statSync(`${ROOT}${f}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

export const ASC_FLAGS = ['-O3', '--runtime', 'stub', '--noAssert', '--use', 'abort='];

export async function buildKernels() {
  const asc = (await import('assemblyscript/asc')).default;
  const { error, binary, stderr } = await compile(asc);
  if (error) throw new Error(`${error.message}\n${stderr}`);
  mkdirSync(`${ROOT}dist-kernels`, { recursive: true });
  const tmp = `${KERNELS_WASM}.${process.pid}.tmp`;
  writeFileSync(tmp, binary);
  renameSync(tmp, KERNELS_WASM); // a concurrent reader never sees half a file
  return KERNELS_WASM;
}

async function compile(asc) {
  let binary = null;
  const chunks = [];
  const stderr = { write: (s) => chunks.push(String(s)) };
  const { error } = await asc.main([`${SOURCES}/kernels.ts`, '--outFile', 'kernels.wasm', ...ASC_FLAGS], {
    stdout: stderr,
    stderr,
    // Kept in memory and written by buildKernels, through a rename.
    writeFile: (name, contents) => {
      if (name.endsWith('.wasm')) binary = contents;
    },
  });
  return { error, binary, stderr: chunks.join('') };
}

/** Builds the module when it is missing or stale; returns its path. */
export async function ensureKernels() {
  if (!kernelsAreFresh()) await buildKernels();
  return KERNELS_WASM;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  buildKernels().then(
    (file) => process.stderr.write(`built ${relative(process.cwd(), file)}\n`),
    (e) => {
      process.stderr.write(
        `cannot build the WebAssembly kernels: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exit(1);
    },
  );
}
