// Gradients per second per core of the digits models (src/engine/digits): exact per-example
// gradients of softmax regression (650 parameters) and of the 64–32–10 tanh network (2410), inside
// plain SGD on the 1,438 training images (seed 1's split), at m = 1 (one update per gradient, as in
// [SS] Fig. 8) and m = 32 (the update's cost shared). Also the exact noise pass of [CP] Eq. 9 (two
// gradients per training image). CPU time of this process, best of several after a warm-up; no goal
// yet (issue 18's budgets are for whole runs: see docs/digits.md). Also runs alone:
// npx tsx bench/digits.ts.

import {
  type DigitsModel,
  type DigitsSet,
  gradientNoise,
  loadDigits,
  MlpModel,
  SoftmaxModel,
  sgd,
  splitDigits,
} from '../src/engine/digits/index';
import { rngFor } from '../src/engine/random/seed';
import { cpuMs } from './machine';
import type { Want } from './options';
import { noGoal, type Row } from './rows';

/** Gradients per CPU second of `work` (which computes `grads` gradients), best of 4 after a warm-up. */
function perSecond(grads: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const c0 = cpuMs();
    work();
    const ms = cpuMs() - c0;
    if (r > 0) best = Math.min(best, ms);
  }
  return (grads / Math.max(best, 1e-3)) * 1000;
}

function sgdRate(model: DigitsModel, train: DigitsSet, mb: number): number {
  const w = model.init(1);
  const rng = rngFor(1, 'bench-digits');
  const grads = 40_000;
  return perSecond(grads, () => sgd(model, train, w, { eta: 0.01, mb, steps: grads / mb }, rng));
}

function noiseRate(model: DigitsModel, train: DigitsSet): number {
  const w = model.init(1);
  const scratch = new Float64Array(2 * model.dim);
  const passes = 5;
  return perSecond(passes * 2 * train.n, () => {
    for (let k = 0; k < passes; k++) gradientNoise(model, w, train, scratch);
  });
}

export async function digitsRows(want: Want = () => true): Promise<Row[]> {
  const { train } = splitDigits(await loadDigits(), 1);
  const rows: Row[] = [];
  for (const [label, make] of [
    ['softmax regression (650 parameters)', () => new SoftmaxModel(1e-4)],
    ['64–32–10 tanh network (2410 parameters)', () => new MlpModel(1e-4)],
  ] as const) {
    for (const mb of [1, 32]) {
      const name = `digits ${label}, SGD m=${mb}`;
      if (want(name)) rows.push(noGoal(name, sgdRate(make(), train, mb), 'gradients/s/core'));
    }
    const name = `digits ${label}, exact noise pass (Eq. 9)`;
    if (want(name)) rows.push(noGoal(name, noiseRate(make(), train), 'gradients/s/core'));
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await import('./rows');
  console.log(table(await digitsRows()));
}
