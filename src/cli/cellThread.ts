// A CLI worker thread (threads.ts): runs the jobs the main thread sends it, one at a time, and posts
// each result back with its job key. Started from the CLI's own file (main.ts), not a file of its own.

import { parentPort } from 'node:worker_threads';
import { runCell } from '../experiments/runCell';
import type { Job, Reply } from './threads';

export function serveJobs(): void {
  parentPort!.on('message', async ({ key, cell, seed }: Job) => {
    let reply: Reply;
    try {
      reply = { key, ok: true, result: await runCell(cell, seed, { checkpoint() {} }) };
    } catch (e) {
      reply = { key, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}
