// Manual benchmark of delayed SGD (not a Vitest file: timings are not tests).
//   npx tsx test/unit/engine/delayed/perf.manual.ts             hot loops, τ = 1, 64, 16384
//   npx tsx test/unit/engine/delayed/perf.manual.ts --preset    also the Fig. 4 preset's tuning
// Gradients per second per core: one process is one core; a step of batch b is b gradients.
// Each figure is the best of several repetitions (CPU time of this process).

import {
  DELAYED_TUNE_DEFAULTS,
  type DelayedParams,
  DelayedRun,
  type DelayModel,
  makeDelayedProblem,
  tuneDelayedSync,
} from '../../../../src/engine/delayed';
import { SgdRun } from '../../../../src/engine/quadratic/sgd';
import { streamFor } from '../../../../src/engine/quadratic/stream';

const cpuMs = () => process.cpuUsage().user / 1000;

function best<T>(reps: number, f: () => T): { cpu: number; value: T } {
  let cpu = Number.POSITIVE_INFINITY;
  let value!: T;
  for (let r = 0; r < reps; r++) {
    const c0 = cpuMs();
    value = f();
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  return { cpu, value };
}

const problem = makeDelayedProblem({ family: 'tridiag', d: 20, lambda: 0.2 });
const run = new DelayedRun(problem);
const STEPS = 400_000;

function hot(delay: DelayModel, tau: number, M: number): string {
  const p: DelayedParams = {
    M,
    sigma2: 0,
    noise: 'literal',
    b: 1,
    tau,
    delay,
    gamma: 1e-9,
    target: 'l2d',
    tol: 0.1,
  };
  const r = best(7, () => {
    run.reset(p, streamFor(1, 'perf'));
    run.advance(STEPS);
    return run.steps;
  });
  const ns = (r.cpu * 1e6) / r.value;
  return `${ns.toFixed(0).padStart(4)} ns/step  ${(1e3 / ns).toFixed(1).padStart(5)} M gradients/s/core`;
}

hot('hogwild', 64, 1000);
hot('uniform', 64, 1000);
hot('const', 64, 1000); // warm-up
{
  const sgd = new SgdRun(problem.q);
  const r = best(7, () => {
    sgd.reset(
      { M: 1000, sigma2: 0, noise: 'literal', b: 1, gamma: 1e-9, mom: 0, target: 'l2d', tol: 0.1 },
      streamFor(1, 'perf'),
    );
    sgd.advance(STEPS);
    return sgd.steps;
  });
  const ns = (r.cpu * 1e6) / r.value;
  console.log(`d = 20, ${STEPS} steps, b = 1, best of 7 (CPU time)`);
  console.log(
    `  SgdRun (reference), M = 1000       ${ns.toFixed(0).padStart(4)} ns/step  ${(1e3 / ns).toFixed(1).padStart(5)} M gradients/s/core`,
  );
}
for (const M of [1000, 0])
  for (const delay of ['const', 'uniform', 'hogwild'] as const)
    for (const tau of [1, 64, 16384])
      console.log(
        `  ${delay.padEnd(8)} τ = ${String(tau).padEnd(6)} M = ${String(M).padEnd(5)} ${hot(delay, tau, M)}`,
      );

if (process.argv.includes('--preset')) {
  // Fig. 4: M ∈ {10, 100, 1000}, τ = 2^0 … 2^14, 20-point grid, walk, `seeds` seeds.
  const seeds = Number(process.argv[process.argv.indexOf('--preset') + 1]) || 1;
  for (const delay of ['const', 'uniform', 'hogwild'] as const) {
    let work = 0;
    const c0 = cpuMs();
    for (const M of [10, 100, 1000]) {
      const row: string[] = [];
      for (let e = 0; e <= 14; e++) {
        const tau = 2 ** e;
        const r = tuneDelayedSync(
          { ...DELAYED_TUNE_DEFAULTS, M, tau, delay, seeds },
          1,
          `fig4|${delay}|${M}|${tau}`,
        );
        work += r.work;
        row.push(`${r.meanSteps === null ? '—' : (r.meanSteps / tau).toFixed(0)}${r.onEdge ? '*' : ''}`);
      }
      console.log(`  ${delay} M = ${M}: steps/τ for τ = 2^0…2^14: ${row.join(' ')}`);
    }
    const cpu = cpuMs() - c0;
    console.log(
      `  ${delay}: ${seeds} seed(s): ${(work / 1e6).toFixed(1)} M steps, ${(cpu / 1000).toFixed(1)} s CPU, ${(work / cpu / 1e3).toFixed(1)} M steps/s`,
    );
  }
}
