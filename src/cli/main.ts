// The CLI's entry (docs/cli.md), bundled into one file by build/cliBundle.mjs. The same file is the
// entry of its worker threads: on the main thread it runs the command line, on a worker thread it
// runs the cells the main thread sends (threads.ts), so the threads need no loader and no other file.

import { isMainThread } from 'node:worker_threads';
import { serveJobs } from './cellThread';
import { runCommandLine } from './commandLine';
import { installCliKernels } from './kernels';

installCliKernels();
if (isMainThread) runCommandLine(process.argv.slice(2), new URL(import.meta.url));
else serveJobs();
