// The C yardstick (issue 16: "step cost ≤ 1.5× C"): the delayed-SGD step, DelayedRun.advanceWhole,
// written out in C (bench/c/delayed.c), compiled here with gcc and run on the same problem,
// settings and random stream. Its iterates must be the JS ones bit for bit — else the two would not
// be doing the same work and the row says so — and then the engine's step (DelayedRun as the app
// runs it: JavaScript, or a WebAssembly kernel where one is installed) is stated as a multiple of C's
// CPU cost. Without gcc the rows say so instead of failing: the yardstick is optional, the
// app and its tests need only Node.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { type DelayedParams, DelayedRun, makeDelayedProblem } from '../src/engine/delayed/index';
import { noiseCoefficients } from '../src/engine/quadratic/noise';
import { xoshiroFor } from '../src/engine/random/seed';
import { PROBLEM } from './delayed';
import { cpuMs } from './machine';
import type { Want } from './options';
import { atMost, type Row } from './rows';

const SOURCE = 'bench/c/delayed.c';
const BINARY = 'bench/results/yardstick-delayed';
/** The C compiler: gcc, or $CC (clang takes the same flags). */
const CC = process.env.CC ?? 'gcc';
const FLAGS = ['-O2', '-ffp-contract=off'];
const STEPS = 400_000;
const REPS = 6;
/** Issue 16: the JS step within 1.5× of C's. */
const GOAL = 1.5;
/** τ = 1 is sequential SGD: the quadratic engine's step (SgdRun), same arithmetic and stream. */
const SETTINGS = [
  ['const', 1],
  ['const', 16],
  ['uniform', 16384],
] as const;

let compiled: { ok: true } | { ok: false; why: string } | null = null;

/** Compiles the yardstick once per bench; the reason when it cannot (no gcc, a compile error). */
function compile(): { ok: true } | { ok: false; why: string } {
  if (compiled) return compiled;
  mkdirSync('bench/results', { recursive: true });
  const r = spawnSync(CC, [...FLAGS, '-o', BINARY, SOURCE, '-lm'], { encoding: 'utf8' });
  if (r.error) compiled = { ok: false, why: `no ${CC} on this machine: not measured` };
  else if (r.status !== 0) compiled = { ok: false, why: `gcc failed: ${r.stderr.split('\n')[0]}` };
  else compiled = { ok: true };
  return compiled;
}

const bitsOf = (x: number) => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x, true);
  return v.getBigUint64(0, true).toString(16).padStart(16, '0');
};

interface Measured {
  jsNs: number;
  cNs: number;
  identical: boolean;
}

function measure(delay: 'const' | 'uniform', tau: number): Measured {
  const problem = makeDelayedProblem(PROBLEM);
  const params: DelayedParams = {
    M: 1000,
    sigma2: 0,
    noise: 'literal',
    target: 'l2d',
    tol: 0.1,
    b: 1,
    tau,
    delay,
    gamma: 1e-9,
  };
  const run = new DelayedRun(problem);
  // The C input: the same problem, settings and stream (the run's state after reset).
  run.reset(params, xoshiroFor(1, 'bench-yardstick'));
  const rng = xoshiroFor(1, 'bench-yardstick');
  const internal = run as unknown as { bound: number; blow2: number; onGap: boolean };
  const { alpha, beta } = noiseCoefficients(params, PROBLEM.d);
  const { h, y0 } = problem.q;
  const input = Buffer.alloc(5 * 4 + 8 * 8 + 4 * 4 + 2 * 8 * PROBLEM.d);
  let o = 0;
  for (const v of [PROBLEM.d, tau, delay === 'uniform' ? 1 : 0, STEPS, REPS]) o = input.writeInt32LE(v, o);
  const onGap = internal.onGap ? 1 : 0;
  for (const v of [alpha, beta, params.gamma, params.b, internal.bound, internal.blow2, onGap, run.grad2])
    o = input.writeDoubleLE(v, o);
  for (const v of rng.s) o = input.writeInt32LE(v, o);
  for (const v of [...h, ...y0]) o = input.writeDoubleLE(v, o);
  const runC = () => {
    const r = spawnSync(BINARY, [], { input, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: the C yardstick failed (exit ${r.status}): ${r.stderr}`);
    const [ns, n2, ...coords] = r.stdout.trim().split('\n');
    return { ns: Number(ns), n2, coords };
  };
  // C before and after the JS, the better of the two: load that comes and goes hits both sides alike.
  const before = runC();
  // JS: CPU ns per step, best of REPS − 1 after a warm-up (as bench/delayed.ts times it).
  let jsNs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < REPS; r++) {
    run.reset(params, xoshiroFor(1, 'bench-yardstick'));
    const c0 = cpuMs();
    run.advance(STEPS);
    const ns = ((cpuMs() - c0) * 1e6) / STEPS;
    if (run.steps !== STEPS) throw new Error(`bench: the yardstick's JS run stopped at ${run.steps}`);
    if (r > 0) jsNs = Math.min(jsNs, ns);
  }
  const after = runC();
  const identical =
    before.n2 === bitsOf(run.norm2) &&
    before.coords.length === PROBLEM.d &&
    Array.from(run.coordinates()).every((x, i) => bitsOf(x) === before.coords[i]);
  return { jsNs, cNs: Math.min(before.ns, after.ns), identical };
}

export function yardstickRows(want: Want): Row[] {
  const rows: Row[] = [];
  for (const [delay, tau] of SETTINGS) {
    const what = `delayed SGD, ${delay}, τ=${tau} (d=20, M=1000)`;
    const cName = `C yardstick (${CC === 'gcc' ? 'gcc' : 'cc'} ${FLAGS.join(' ')}): ${what}`;
    const ratioName = `${what}: engine step ÷ C yardstick (identical iterates)`;
    if (!want(cName) && !want(ratioName)) continue;
    const c = compile();
    if (!c.ok) {
      // Said, not failed: no number, no goal.
      rows.push({ name: cName, value: 0, unit: 'ns/step', goal: '—', pass: null, note: c.why });
      rows.push({ name: ratioName, value: 0, unit: '×', goal: `≤ ${GOAL} ×`, pass: null, note: c.why });
      continue;
    }
    const m = measure(delay, tau);
    rows.push({ name: cName, value: m.cNs, unit: 'ns/step', goal: '—', pass: null });
    const ratio = atMost(ratioName, m.jsNs / m.cNs, '×', GOAL);
    rows.push(
      m.identical
        ? ratio
        : { ...ratio, pass: false, note: 'iterates differ from the C copy: not comparable' },
    );
  }
  return rows;
}
