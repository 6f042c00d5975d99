// Finds a Chromium for Playwright without its blocked browser download (../shared/STACK.md):
// CHROMIUM_PATH, then a system Chromium/Chrome, then the npm package @sparticuz/chromium.
// A missing browser is an error that says how to get one: browser tests never skip silently.

import { accessSync, constants } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Chromium quiet on a machine without internet (it floods the network otherwise). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
  }
  const system = SYSTEM_PATHS.find(executable);
  if (system) return system;
  let packageError = 'the package is not installed';
  try {
    // Unpacks a headless Chromium into the temp directory (~2.5 s the first time).
    const { default: chromium } = await import('@sparticuz/chromium');
    const path = await chromium.executablePath();
    if (executable(path)) return path;
    packageError = `it unpacked ${path}, which is not executable`;
  } catch (e) {
    packageError = e instanceof Error ? e.message : String(e);
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      `Tried CHROMIUM_PATH (unset), ${SYSTEM_PATHS.join(', ')} and @sparticuz/chromium (${packageError}).`,
      'Get one with any of:',
      '  npm install (installs the devDependency @sparticuz/chromium, Linux x64 only);',
      '  sudo apt-get install -y chromium   (Debian/Ubuntu);',
      '  export CHROMIUM_PATH=/path/to/chrome-or-chromium.',
      'Do not run `npx playwright install`: its download is blocked here.',
    ].join('\n'),
  );
}
