// Learner completions per second per core of the discrete-event parameter-server simulator
// (src/engine/events): simulatePs for K-async and K-batch-async with Pareto(2,1) and 1+exp(1)
// compute times at P = 20, K = 4, J = 200000 (the Fig. 6 setting, longer), and ksyncAllK
// (P draws per iteration count as P completions). CPU time of this process, best of 5 after a warm-up.

import { ksyncAllK, simulatePs, type Variant } from '../src/engine/events/index';
import { rngFor } from '../src/engine/random/seed';
import { atLeast, type Row } from './rows';

const cpuMs = () => process.cpuUsage().user / 1000;
const GOAL = 20e6;
const P = 20;
const K = 4;
const J = 200_000;
const DISTS = [
  ['Pareto(2,1)', { family: 'pareto', shape: 2, scale: 1 }],
  ['1+exp(1)', { family: 'shexp', shift: 1, rate: 1 }],
] as const;

/** Completions per CPU second, best of 5 (after one warm-up run). */
function perSecond(run: () => number): number {
  let best = 0;
  for (let r = 0; r < 6; r++) {
    const c0 = cpuMs();
    const completions = run();
    const ms = cpuMs() - c0;
    if (r > 0 && ms > 0) best = Math.max(best, (completions / ms) * 1000);
  }
  return best;
}

export function eventRows(): Row[] {
  const rows: Row[] = [];
  for (const variant of ['kbatchasync', 'kasync'] as Variant[])
    for (const [name, dist] of DISTS)
      rows.push(
        atLeast(
          `PS simulator ${variant}, ${name}, P=${P}, K=${K}, J=${J}`,
          perSecond(() => simulatePs({ variant, P, K, J, dist }, rngFor(1, 'bench-events')).completions),
          'completions/s/core',
          GOAL,
        ),
      );
  for (const [name, dist] of DISTS)
    rows.push(
      atLeast(
        `ksyncAllK, ${name}, P=${P}, J=${J / 4} (P draws per iteration)`,
        perSecond(() => {
          ksyncAllK(P, J / 4, dist, rngFor(1, 'bench-events'));
          return P * (J / 4);
        }),
        'completions/s/core',
        GOAL,
      ),
    );
  return rows;
}
