#!/usr/bin/env node
// `npx sgd-explorer '<link>'` and `npm run sim -- '<link>'` (docs/cli.md): runs the prebuilt one-file
// CLI, dist-cli/sgd-explorer.mjs, after rebuilding it if it is missing or older than its sources
// (build/cliBundle.mjs), so that what runs is always what src/ says.

import { ensureCliBundle } from '../build/cliBundle.mjs';

let bundle;
try {
  bundle = await ensureCliBundle();
} catch (e) {
  process.stderr.write(`cannot build the CLI: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
await import(bundle.href);
