// `vite preview` of a build, for the scripts and the bench that drive the built app in a browser.

import { type ChildProcess, spawn } from 'node:child_process';

/** Starts `vite preview` of `outDir` on `port` and resolves once it answers (within 20 s). */
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  // A server left on the port (an earlier run cut short) would answer for this one: its build would
  // be measured instead, silently.
  if (await answers(port)) throw new Error(`port ${port} is already in use: stop what serves it first`);
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
    if (await answers(port)) {
      // --strictPort: a server that could not take the port exits; this one is the one answering.
      if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
      return server;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on port ${port} within 20 s`);
}

async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://localhost:${port}/`)).ok;
  } catch {
    return false; // not listening
  }
}
