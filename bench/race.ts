// Gradients per second per core of the race engine (src/engine/race): real SGD driven by the PS
// event model. Quadratic: [CP] Sec. 7.1, d = 20, M = 1, σ² = 1 (coord), P = 8, K = 4, exp(1)
// compute times, m = 1. Logistic: n = 2000, dim = 20, m = 1, P = 8, K = 4 (Fig. 8's setting).
// A fixed small step and no target, so the run goes to its update cap; CPU time of this process,
// best of several after a warm-up. Also runs alone: npx tsx bench/race.ts.

import type { Variant } from '../src/engine/events/index';
import { type RaceParams, type RaceProblem, raceRun } from '../src/engine/race/index';
import { xoshiroFor } from '../src/engine/random/seed';
import { cpuMs, ratioRow } from './machine';
import type { Want } from './options';
import type { Row } from './rows';

const QUAD: RaceProblem = {
  kind: 'quadratic',
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 1,
  sigma2: 1,
  noise: 'coord',
};
const LOGI: RaceProblem = {
  kind: 'logistic',
  n: 2000,
  dim: 20,
  sep: 2,
  flip: 0.05,
  ridge: 0.01,
  dataSeed: 1,
};

/** Applied gradients per CPU second, best of 4 (after one warm-up run). */
function perSecond(p: RaceParams): number {
  let best = Number.POSITIVE_INFINITY;
  let grads = 0;
  for (let r = 0; r < 5; r++) {
    const c0 = cpuMs();
    const res = raceRun(p, xoshiroFor(1, 'bench-race'));
    const ms = cpuMs() - c0;
    grads = res.checkpoints[res.checkpoints.length - 1].gradients;
    if (res.status !== 'horizon') throw new Error(`bench: run ended ${res.status}`);
    if (r > 0) best = Math.min(best, ms);
  }
  return (grads / best) * 1000;
}

export function raceRows(want: Want = () => true): Row[] {
  const rows: Row[] = [];
  const updates = 200_000;
  for (const [label, problem, eta] of [
    ['quadratic d=20', QUAD, 0.01],
    ['logistic n=2000 dim=20', LOGI, 0.01],
  ] as const)
    for (const variant of ['ksync', 'kasync', 'kbatchasync'] as Variant[])
      for (const lr of ['fixed', 'eq13'] as const) {
        const name = `race ${label}, ${variant} P=8 K=4 exp(1) m=1, ${lr}`;
        if (!want(name)) continue;
        const value = perSecond({
          variant,
          P: 8,
          K: 4,
          dist: { family: 'exp', rate: 1 },
          problem,
          mb: 1,
          eta,
          lr,
          maxTime: 1e12,
          maxUpdates: updates,
          checkpoints: 100,
        });
        rows.push({ name, value, unit: 'gradients/s/core', goal: '—', pass: null }, ratioRow(name, value));
      }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await import('./rows');
  console.log(table(raceRows()));
}
