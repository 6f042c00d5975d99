// Manual benchmark of the quadratic engine (not a Vitest file: timings are not tests).
//   npx tsx test/unit/engine/quadratic/perf.manual.ts            hot loop + preset M ≤ 1000
//   npx tsx test/unit/engine/quadratic/perf.manual.ts --full     also M = 10⁴ (≈ 10× longer)
// Each figure is the best of several repetitions (CPU time of this process), so other load on the
// machine inflates it less; wall-clock times are printed beside.

import { fillGaussians } from '../../../../src/engine/quadratic/gaussian';
import { makeQuadratic } from '../../../../src/engine/quadratic/problem';
import { type SgdParams, SgdRun } from '../../../../src/engine/quadratic/sgd';
import { streamFor } from '../../../../src/engine/quadratic/stream';
import { type SearchKind, TUNE_DEFAULTS, tuneStepSizeSync } from '../../../../src/engine/quadratic/tune';

const cpuMs = () => process.cpuUsage().user / 1000;
const full = process.argv.includes('--full');

function best<T>(reps: number, f: () => T): { cpu: number; wall: number; value: T } {
  let cpu = Number.POSITIVE_INFINITY;
  let wall = Number.POSITIVE_INFINITY;
  let value!: T;
  for (let r = 0; r < reps; r++) {
    const c0 = cpuMs();
    const w0 = performance.now();
    value = f();
    cpu = Math.min(cpu, cpuMs() - c0);
    wall = Math.min(wall, performance.now() - w0);
  }
  return { cpu, wall, value };
}

const problem = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });
const run = new SgdRun(problem);
const STEPS = 500_000;

function hotLoop(p: Partial<SgdParams>): string {
  const params: SgdParams = {
    M: 1000,
    sigma2: 0,
    noise: 'literal',
    b: 1,
    gamma: 1e-6, // small enough never to reach the target: exactly STEPS steps
    mom: 0,
    target: 'l2d',
    tol: 0.1,
    ...p,
  };
  const r = best(15, () => {
    run.reset(params, streamFor(1, 'perf'));
    run.advance(STEPS);
    return run.steps;
  });
  return `${((r.cpu * 1e6) / r.value).toFixed(0)} ns/step (wall ${((r.wall * 1e6) / r.value).toFixed(0)})`;
}

hotLoop({ b: 7 }); // warm-up: let V8 optimise the loops before anything is timed
console.log(`d = 20, ${STEPS} steps, best of 15:`);
console.log(`  noisy step, b = 1         ${hotLoop({})}`);
console.log(`  noisy step, b = 2^14      ${hotLoop({ b: 16384, gamma: 1e-10 })}`);
console.log(`  noisy step, momentum 0.9  ${hotLoop({ mom: 0.9 })}`);
console.log(`  noiseless step (M = 0)    ${hotLoop({ M: 0, gamma: 1e-9 })}`);
{
  const z = new Float64Array(20);
  const rng = streamFor(1, 'normals');
  const r = best(15, () => {
    for (let t = 0; t < STEPS; t++) fillGaussians(rng, z, 20);
    return STEPS * 20;
  });
  console.log(`  one normal (fillGaussians) ${((r.cpu * 1e6) / r.value).toFixed(2)} ns`);
}

function preset(search: SearchKind, Ms: number[]): void {
  const r = best(3, () => {
    let work = 0;
    for (const M of Ms)
      for (let e = 0; e <= 14; e++) {
        const b = 2 ** e;
        work += tuneStepSizeSync({ ...TUNE_DEFAULTS, M, b, search }, 1, `minibatch|M=${M}|b=${b}`).work;
      }
    return work;
  });
  console.log(
    `  ${search.padEnd(10)} M ∈ {${Ms.join(',')}}: ${(r.cpu / 1000).toFixed(2)} s CPU (wall ${(r.wall / 1000).toFixed(2)} s), ` +
      `${(r.value / 1e6).toFixed(2)}M steps, ${((r.cpu * 1e6) / r.value).toFixed(0)} ns/step overall`,
  );
}

console.log('preset tuning (b = 2^0..2^14, one seed, literal, grid k = 1..20), best of 3:');
for (const search of ['walk', 'exhaustive'] as const) preset(search, [0, 1, 10, 100, 1000]);
if (full) for (const search of ['walk', 'exhaustive'] as const) preset(search, [10000]);
