// `vite preview` of a build, for the scripts and the bench that drive the built app in a browser.

import { type ChildProcess, spawn } from 'node:child_process';

/** Starts `vite preview` of `outDir` on `port` and resolves once it answers (within 20 s). */
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  // The vite binary itself, not npx, so that its PID is the server's and it can be stopped.
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on port ${port} within 20 s`);
}
