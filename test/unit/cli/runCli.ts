// Runs the CLI as a user does (`npx sgd-explorer …`, `npm run sim -- …`): the launcher, which runs the
// prebuilt one-file bundle after rebuilding it if it is older than src/ (build/cliBundle.mjs).

import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const LAUNCHER = 'bin/sgd-explorer.mjs';
export const BUNDLE = 'dist-cli/sgd-explorer.mjs';

/** The version the build inlines into the bundle. */
export const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** `node <script> …args`, synchronously; a generous timeout, as the machine may be busy. */
export function runNode(script: string, ...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: 120_000,
  });
}

export const sim = (...args: string[]) => runNode(LAUNCHER, ...args);
