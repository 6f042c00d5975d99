// The bench's command line: `npm run bench -- [--quick] [--only <pattern>] [--no-build] [--outdir DIR]
// [--port N] [--page-timeout S]`. Each flag has an environment variable (BENCH_QUICK=1, BENCH_ONLY,
// BENCH_NO_BUILD=1, BENCH_OUTDIR, BENCH_PORT, BENCH_PAGE_TIMEOUT) so that two runs on one machine can
// build and serve side by side.

export interface BenchOptions {
  /** A small subset (the QUICK rows below, one sample each) to check that the bench works. */
  quick: boolean;
  /** Case-insensitive regular expression on row names; null runs every row. */
  only: RegExp | null;
  /** Skip `vite build` and measure what is already in `outDir`. */
  build: boolean;
  /** Where the bench builds the app and what its preview server serves (never the project's dist/). */
  outDir: string;
  port: number;
  /** Seconds a preset may run in the page before its row says "timed out" (a MISS, not a crash). */
  pageTimeoutS: number;
}

/** Rows of a `--quick` run: one of each kind (engine, CLI, page), a few seconds after the build. */
const QUICK: RegExp[] = [
  /^Monte Carlo draws, 1 thread, exp\(1\)/,
  /^link parse/,
  /^quadratic step/,
  /^CLI start-up → first byte, .*\(node /,
  /^CLI 1 core, \[CP\] Fig\. 2/,
  /^navigation → first chart, speedup/,
  /^gzipped JS/,
  /^page, \[SS\] Fig\. 8 /,
];

export const USAGE =
  'usage: npm run bench -- [--quick] [--only <regexp on row names>] [--no-build] [--outdir DIR] [--port N] [--page-timeout S]';

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  let quick = env.BENCH_QUICK === '1';
  let only = env.BENCH_ONLY ?? null;
  let build = env.BENCH_NO_BUILD !== '1';
  let outDir = env.BENCH_OUTDIR ?? 'bench/results/dist';
  let port = env.BENCH_PORT ?? '4175';
  let pageTimeout = env.BENCH_PAGE_TIMEOUT ?? '300';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value. ${USAGE}`);
      return v;
    };
    if (a === '--quick') quick = true;
    else if (a === '--only') only = value();
    else if (a === '--no-build') build = false;
    else if (a === '--outdir') outDir = value();
    else if (a === '--port') port = value();
    else if (a === '--page-timeout') pageTimeout = value();
    else throw new Error(`unknown argument ${JSON.stringify(a)}. ${USAGE}`);
  }
  const portNumber = Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535)
    throw new Error(`--port needs a port number, got ${JSON.stringify(port)}`);
  if (outDir.replace(/\/+$/, '') === 'dist')
    throw new Error('the bench builds into its own directory, not dist/ (used by dev builds and tests)');
  const pageTimeoutS = Number(pageTimeout);
  if (!(pageTimeoutS > 0))
    throw new Error(`--page-timeout needs seconds > 0, got ${JSON.stringify(pageTimeout)}`);
  let onlyRe: RegExp | null = null;
  if (only !== null) {
    try {
      onlyRe = new RegExp(only, 'i');
    } catch (e) {
      throw new Error(`--only ${JSON.stringify(only)} is not a regular expression: ${(e as Error).message}`);
    }
  }
  return { quick, only: onlyRe, build, outDir: outDir.replace(/\/+$/, ''), port: portNumber, pageTimeoutS };
}

/** Whether a row with this name is to be measured (names are known before the measurement runs). */
export type Want = (name: string) => boolean;

export function wantFor(o: Pick<BenchOptions, 'quick' | 'only'>): Want {
  return (name) => (!o.quick || QUICK.some((q) => q.test(name))) && (o.only === null || o.only.test(name));
}
