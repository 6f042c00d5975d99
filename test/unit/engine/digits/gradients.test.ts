// Every gradient of the two digits models against central finite differences, to 1e-6 relative, at
// random points (fast-check, fixed seed): random parameters of random scale, a random example, a
// random mini-batch, a random ridge λ.
//
// The difference quotient is Richardson-extrapolated, (4·D(h/2) − D(h))/3 with
// D(h) = (f(w + h·e_j) − f(w − h·e_j))/(2h) and h = 1e-3: its truncation error is O(h⁴) (≈ 1e-12) and
// its rounding error ≈ ε·|f|/h ≈ 1e-12 for losses of a few units. A component passes when
// |g_j − fd_j| ≤ 1e-6·|g_j| + 1e-10: relative 1e-6, with an absolute floor only for components that
// are zero or nearly so (a zero pixel's weights have exactly zero gradient; the floor is 100× the
// difference quotient's own error). The whole vector must also agree to 1e-6 relative in norm.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DigitsModel,
  type DigitsSet,
  loadDigits,
  MlpModel,
  SoftmaxModel,
  splitDigits,
} from '../../../../src/engine/digits';
import { rngFor } from '../../../../src/engine/random/seed';

let train: DigitsSet;
beforeAll(async () => {
  train = splitDigits(await loadDigits(), 1).train;
});

const REL = 1e-6;
const FLOOR = 1e-10;
const H = 1e-3;

function finiteDifference(f: (w: Float64Array) => number, w: Float64Array): Float64Array {
  const fd = new Float64Array(w.length);
  const central = (j: number, h: number) => {
    const wj = w[j];
    w[j] = wj + h;
    const up = f(w);
    w[j] = wj - h;
    const down = f(w);
    w[j] = wj;
    return (up - down) / (2 * h);
  };
  for (let j = 0; j < w.length; j++) fd[j] = (4 * central(j, H / 2) - central(j, H)) / 3;
  return fd;
}

/** The worst component's |g − fd| / (REL·|g| + FLOOR) (≤ 1 passes) and the relative error in norm. */
function compare(g: Float64Array, fd: Float64Array): { worst: number; normRel: number } {
  let worst = 0;
  let diff2 = 0;
  let g2 = 0;
  for (let j = 0; j < g.length; j++) {
    const e = Math.abs(g[j] - fd[j]);
    worst = Math.max(worst, e / (REL * Math.abs(g[j]) + FLOOR));
    diff2 += e * e;
    g2 += g[j] * g[j];
  }
  return { worst, normRel: Math.sqrt(diff2 / g2) };
}

function randomPoint(model: DigitsModel, seed: number, scale: number): Float64Array {
  const rng = rngFor(seed, 'gradient-test-point');
  const w = new Float64Array(model.dim);
  for (let j = 0; j < w.length; j++) w[j] = scale * rng.normal();
  return w;
}

const point = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  scale: fc.double({ min: 0.01, max: 1, noNaN: true }),
  lambda: fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 0.1, noNaN: true })),
  example: fc.nat(),
  batch: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
});

const MODELS: [string, (lambda: number) => DigitsModel, number][] = [
  ['softmax regression', (l) => new SoftmaxModel(l), 12],
  ['64–32–10 tanh network', (l) => new MlpModel(l), 6],
];

describe.each(MODELS)('%s: exact gradients', (_name, make, runs) => {
  it('per-example gradient = finite differences of fᵢ, to 1e-6 relative', () => {
    fc.assert(
      fc.property(point, ({ seed, scale, lambda, example }) => {
        const model = make(lambda);
        const w = randomPoint(model, seed, scale);
        const i = example % train.n;
        const g = new Float64Array(model.dim);
        model.exampleGradient(w, train, i, g);
        const { worst, normRel } = compare(
          g,
          finiteDifference((v) => model.exampleLoss(v, train, i), w),
        );
        expect(worst).toBeLessThanOrEqual(1);
        expect(normRel).toBeLessThanOrEqual(REL);
      }),
      { seed: 18, numRuns: runs },
    );
  });

  it('mini-batch gradient = finite differences of the batch’s mean fᵢ, and = the mean of the per-example gradients', () => {
    fc.assert(
      fc.property(point, ({ seed, scale, lambda, batch }) => {
        const model = make(lambda);
        const w = randomPoint(model, seed, scale);
        const idx = batch.map((b) => b % train.n);
        const m = idx.length;
        const g = new Float64Array(model.dim);
        const meanLoss = model.batchGradient(w, train, idx, m, g);
        const batchLoss = (v: Float64Array) => {
          let s = 0;
          for (const i of idx) s += model.exampleLoss(v, train, i);
          return s / m;
        };
        expect(meanLoss + model.ridge(w)).toBeCloseTo(batchLoss(w), 12);
        const { worst, normRel } = compare(g, finiteDifference(batchLoss, w));
        expect(worst).toBeLessThanOrEqual(1);
        expect(normRel).toBeLessThanOrEqual(REL);
        const mean = new Float64Array(model.dim);
        const gi = new Float64Array(model.dim);
        for (const i of idx) {
          model.exampleGradient(w, train, i, gi);
          for (let j = 0; j < mean.length; j++) mean[j] += gi[j] / m;
        }
        for (let j = 0; j < mean.length; j++) expect(Math.abs(g[j] - mean[j])).toBeLessThan(1e-13);
      }),
      { seed: 19, numRuns: runs },
    );
  });

  it('full gradient = finite differences of f over a set', () => {
    const model = make(0.01);
    const w = randomPoint(model, 3, 0.3);
    const small: DigitsSet = { ...train, n: 40 }; // the first 40 examples
    const g = new Float64Array(model.dim);
    model.fullGradient(w, small, g);
    const { worst, normRel } = compare(
      g,
      finiteDifference((v) => model.loss(v, small), w),
    );
    expect(worst).toBeLessThanOrEqual(1);
    expect(normRel).toBeLessThanOrEqual(REL);
  });
});
