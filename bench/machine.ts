// The machine the bench runs on, against the reference machine its budgets are stated for (issue 16:
// budgets "on a 2-core machine", relative to the machine so that a slower one does not read as a
// miss). Its speed is the bench's calibration loop — a bare binary-heap loop of K-batch-async events
// with Pareto(2,1) draws, plain JS like the engine — in completions per CPU second of one core; its
// cores are what the page's worker pool gets (one worker per core).
//
// A budget here = the budget on the reference × (reference speed ÷ speed here) × (reference cores ÷
// cores here): a machine half as fast gets twice the time, one with twice the cores half of it
// (the page's simulations are spread over one worker per core). Throughput goals scale the other
// way, by speed alone (they are per core).

import { cpus } from 'node:os';
import { makeDistribution } from '../src/engine/distributions/index';
import { rngFor } from '../src/engine/random/seed';
import { fmt, type Row } from './rows';

/** The machine the budgets were set on: 2 cores, the calibration loop at the speed it ran there. */
export const REFERENCE = {
  cores: 2,
  /** Completions per CPU second of the calibration loop (the 2026-12-08 01:17 UTC run, quiet). */
  speed: 20.73e6,
};

export interface Machine {
  cores: number;
  /** The calibration loop here, completions per CPU second of one core. */
  speed: number;
}

const P = 20;
const K = 4;
const J = 200_000;
export const REFERENCE_LOOP = `reference: bare binary-heap loop, K-batch-async events, Pareto(2,1), P=${P}, K=${K}, J=${J}`;

/** CPU time of this process in ms: other load on a shared machine inflates it less than wall time. */
export const cpuMs = () => process.cpuUsage().user / 1000;

/** Completions per CPU second, best of 5 (after one warm-up run). */
export function bestPerSecond(run: () => number): number {
  let best = 0;
  for (let r = 0; r < 6; r++) {
    const c0 = cpuMs();
    const completions = run();
    const ms = cpuMs() - c0;
    if (r > 0 && ms > 0) best = Math.max(best, (completions / ms) * 1000);
  }
  return best;
}

let measured: Machine | null = null;

/** Measures the machine once per bench (≈ 0.3 s), when the first row needs it. */
export function machine(): Machine {
  measured ??= { cores: cpus().length, speed: bestPerSecond(bareHeapLoop) };
  return measured;
}

/** How much slower than the reference this machine's core is (> 1: slower). */
export const slowness = (m: Machine) => REFERENCE.speed / m.speed;

/** The budget of a page run here, from its budget on the reference machine. */
export function scaledBudgetMs(rawMs: number, m: Machine): number {
  return rawMs * slowness(m) * (REFERENCE.cores / m.cores);
}

/** A time against its budget: the goal states the raw budget and how it was scaled. */
export function withinBudget(
  name: string,
  ms: number,
  rawMs: number,
  m: Machine,
): Row & { budget: { rawMs: number; scaledMs: number } } {
  const scaledMs = Math.round(scaledBudgetMs(rawMs, m));
  return {
    name,
    value: ms,
    unit: 'ms',
    goal: `≤ ${scaledMs} ms (${rawMs / 1000} s on ${REFERENCE.cores} reference cores × ${slowness(m).toFixed(2)} slowness × ${REFERENCE.cores}/${m.cores} cores)`,
    pass: ms <= scaledMs,
    budget: { rawMs, scaledMs },
  };
}

/** A per-core throughput goal set on the reference machine, scaled by this machine's speed. */
export function atLeastScaled(name: string, value: number, unit: string, rawGoal: number, m: Machine): Row {
  const goal = rawGoal / slowness(m);
  return {
    name,
    value,
    unit,
    goal: `≥ ${fmt(goal)} ${unit} (${fmt(rawGoal)} on the reference ÷ ${slowness(m).toFixed(2)} slowness)`,
    pass: value >= goal,
  };
}

/**
 * A throughput (per second, per core) as a multiple of the calibration loop's completions per second:
 * a slower machine slows both alike, so the ratio compares machines where the raw number cannot.
 */
export function ratioRow(name: string, perSecond: number): Row {
  return {
    name: `${name} ÷ reference loop`,
    value: perSecond / machine().speed,
    unit: '×',
    goal: '—',
    pass: null,
  };
}

/** The rows that say what machine the numbers are from. */
export function machineRows(m: Machine): Row[] {
  return [
    { name: REFERENCE_LOOP, value: m.speed, unit: 'completions/s/core', goal: '—', pass: null },
    {
      name: `machine: slowness against the reference (its calibration loop ${fmt(REFERENCE.speed)}/s ÷ this one's)`,
      value: slowness(m),
      unit: '×',
      goal: '—',
      pass: null,
    },
    {
      name: 'machine: cores (workers of the page’s pool)',
      value: m.cores,
      unit: 'cores',
      goal: '—',
      pass: null,
    },
  ];
}

/** The K-batch-async event loop with nothing but the heap and the draws (the calibration loop). */
export function bareHeapLoop(): number {
  const dist = makeDistribution({ family: 'pareto', shape: 2, scale: 1 });
  const rng = rngFor(1, 'bench-events');
  const ht = new Float64Array(P);
  const hl = new Int32Array(P);
  const buf = new Float64Array(256);
  let bi = 256;
  const less = (t1: number, l1: number, t2: number, l2: number) => t1 < t2 || (t1 === t2 && l1 < l2);
  for (let n = 0; n < P; n++) {
    if (bi === 256) {
      dist.sampleInto(rng, buf, 256);
      bi = 0;
    }
    const t = buf[bi++];
    let i = n;
    while (i > 0 && less(t, n, ht[(i - 1) >> 1], hl[(i - 1) >> 1])) {
      ht[i] = ht[(i - 1) >> 1];
      hl[i] = hl[(i - 1) >> 1];
      i = (i - 1) >> 1;
    }
    ht[i] = t;
    hl[i] = n;
  }
  let completions = 0;
  for (let u = 0; u < J * K; u++) {
    const a = ht[0];
    const l = hl[0];
    completions++;
    if (bi === 256) {
      dist.sampleInto(rng, buf, 256);
      bi = 0;
    }
    const t = a + buf[bi++];
    let i = 0;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= P) break;
      if (m + 1 < P && less(ht[m + 1], hl[m + 1], ht[m], hl[m])) m++;
      if (less(t, l, ht[m], hl[m])) break;
      ht[i] = ht[m];
      hl[i] = hl[m];
      i = m;
    }
    ht[i] = t;
    hl[i] = l;
  }
  return completions;
}
