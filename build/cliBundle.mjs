// The prebuilt CLI: src/cli/main.ts bundled by esbuild into one ES module, dist-cli/sgd-explorer.mjs,
// with the app version inlined. It starts in a fraction of the time tsx needs (no loader hooks, no
// module graph of hundreds of small files), and its worker threads load the same file.
//
// `node build/cliBundle.mjs` builds it (run by `npm run build` and, as `prepare`, by `npm install` and
// `npm ci`), and the WebAssembly kernels it inlines (build/wasm.mjs) before it when they are stale. bin/sgd-explorer.mjs calls ensureCliBundle(), which rebuilds it first when it is missing
// or older than one of the source files it was made from (listed beside it by the build), so an edit
// of src/ is never run stale. Plain JavaScript: the launcher runs it with no TypeScript loader.

import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureKernels, kernelInputs } from './wasm.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'src/cli/main.ts';
export const CLI_BUNDLE = `${ROOT}dist-cli/sgd-explorer.mjs`;
/** The files the bundle was made from (project-relative): what the freshness check compares with. */
const INPUTS = `${ROOT}dist-cli/sgd-explorer.inputs.json`;

/** Dependencies are not listed: `npm ci`/`npm install` rebuild through `prepare`. */
const tracked = (input) => !input.includes('node_modules/');

/** Whether the bundle exists and no file it was built from (nor package.json, nor this file) is newer. */
export function cliBundleIsFresh() {
  try {
    const built = statSync(CLI_BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
    return inputs.every((file) => statSync(`${ROOT}${file}`).mtimeMs <= built);
  } catch {
    return false; // missing bundle, missing list or a listed file gone: build again
  }
}

/** Writes `text` to `file` through a rename, so that a concurrent reader never sees half a file. */
function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export async function buildCliBundle() {
  const started = new Date();
  const { build } = await import('esbuild');
  const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  // The WebAssembly kernels, inlined (src/cli/kernels.ts says why): built first when stale.
  const kernels = readFileSync(await ensureKernels()).toString('base64');
  const result = await build({
    absWorkingDir: ROOT, // the metafile's input paths are relative to it
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // One file: the experiments' dynamic imports (one per view) are inlined, not split.
    splitting: false,
    write: false,
    metafile: true,
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
    define: { __APP_VERSION__: JSON.stringify(version), __KERNELS_WASM__: JSON.stringify(kernels) },
    outfile: CLI_BUNDLE,
  });
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter(tracked),
    'package.json',
    relative(ROOT, fileURLToPath(import.meta.url)),
    ...kernelInputs(),
  ];
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  writeAtomically(INPUTS, `${JSON.stringify(inputs, null, 2)}\n`);
  writeAtomically(CLI_BUNDLE, result.outputFiles[0].text);
  // Dated when the build began: a source saved during the build makes the bundle stale, as it is.
  utimesSync(CLI_BUNDLE, started, started);
  return CLI_BUNDLE;
}

/** The bundle's URL, built first when it is missing or stale. */
export async function ensureCliBundle() {
  if (!cliBundleIsFresh()) await buildCliBundle();
  return pathToFileURL(CLI_BUNDLE);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  buildCliBundle().then(
    (file) => process.stderr.write(`built ${relative(process.cwd(), file)}\n`),
    (e) => {
      process.stderr.write(`cannot build the CLI: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
