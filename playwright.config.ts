import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './test/browser/chromiumPath';

// Browser tests run real Chromium against the built app (`npm run test:browser` builds first).
// The browser is resolved here, once per process, with a top-level await: launchOptions cannot
// be async, and a missing browser must fail the run with a message, never skip it.
const executablePath = await chromiumPath();

// PW_PORT and PW_OUTDIR let two runs (say, two people on one machine) build and serve side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);
const OUTDIR = process.env.PW_OUTDIR ?? 'dist';
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'test/browser',
  // Two cores: one test at a time keeps the timing assertions (long tasks, Monte Carlo) honest.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    acceptDownloads: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --outDir ${OUTDIR} --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
