// Gradients per second per core of the delayed runs (issue 4, "Performance"): delayed SGD with the
// three delay models, the learners model, and the Sec. 6 sparse constructions, on the Sec. 7.1
// quadratic with M = 1000 (literal). A step applies one gradient here (b = 1). CPU time of this
// process, best of several; the step is too small to reach the target, so exactly STEPS run.

import { DelayedRun, LearnersRun, makeDelayedProblem } from '../src/engine/delayed/index';
import { makeQuadratic } from '../src/engine/quadratic/index';
import { xoshiroFor } from '../src/engine/random/seed';
import { BlockRun, MaskRun, makeBlockProblem } from '../src/engine/sparse/index';
import { cpuMs, ratioRow } from './machine';
import type { Want } from './options';
import type { Row } from './rows';

const STEPS = 400_000;
/** The delayed-SGD step's setting, shared by the delayed, kernel and C-yardstick rows. */
export const PROBLEM = { family: 'tridiag' as const, d: 20, lambda: 0.2 };
export const NOISE = { M: 1000, sigma2: 0, noise: 'literal' as const, target: 'l2d' as const, tol: 0.1 };

interface Runnable {
  reset(p: never, rng: ReturnType<typeof xoshiroFor>): void;
  advance(until: number): unknown;
  readonly steps: number;
}

/** Steps per CPU second, best of 5 (after one warm-up run). */
function perSecond(run: Runnable, settings: object): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 6; r++) {
    run.reset(settings as never, xoshiroFor(1, 'bench-delayed'));
    const c0 = cpuMs();
    run.advance(STEPS);
    const ms = cpuMs() - c0;
    if (run.steps !== STEPS) throw new Error(`bench: expected ${STEPS} steps, ran ${run.steps}`);
    if (r > 0) best = Math.min(best, ms);
  }
  return (STEPS / best) * 1000;
}

export function delayedRows(want: Want): Row[] {
  const rows: Row[] = [];
  /** Measures (calls `value`) only when the row is wanted. */
  const row = (label: string, value: () => number) => {
    const name = `${label} (d=20, M=1000)`;
    if (!want(name)) return;
    const speed = value();
    rows.push({ name, value: speed, unit: 'gradients/s/core', goal: '—', pass: null }, ratioRow(name, speed));
  };
  const delayed = makeDelayedProblem(PROBLEM);
  const gamma = 1e-9;
  for (const [delay, tau] of [
    ['const', 16],
    ['const', 16384],
    ['uniform', 16384],
    ['hogwild', 16],
    ['hogwild', 16384],
  ] as const)
    row(`delayed SGD, ${delay}, τ=${tau}`, () =>
      perSecond(new DelayedRun(delayed), { ...NOISE, b: 1, tau, delay, gamma }),
    );
  const q = makeQuadratic(PROBLEM);
  for (const P of [16, 4096])
    row(`learners, P=${P}, exp(1) compute times`, () =>
      perSecond(new LearnersRun(q), { ...NOISE, b: 1, P, dist: { family: 'exp', rate: 1 }, gamma }),
    );
  for (const tau of [1, 4096])
    row(`blocks B=64 (Δ=1/64), const, τ=${tau}`, () =>
      perSecond(new BlockRun(makeBlockProblem({ ...PROBLEM, B: 64 })), {
        ...NOISE,
        tau,
        delay: 'const',
        gamma,
      }),
    );
  row('mask α=8 (Δ=1/8), const, τ=16', () =>
    perSecond(new MaskRun(delayed), { ...NOISE, alpha: 8, tau: 16, delay: 'const', gamma }),
  );
  return rows;
}
