// The models learn under plain SGD, and a run is a function of its seed: same seed, bit-identical
// parameters; another seed, other parameters. The pinned values guard the numbers a digits link will
// show: a change to the data, the split, the initialisation, the sampling or the order of the
// arithmetic changes them (and then links' numbers: CHANGELOG.md, DESIGN.md "Numbers are part of the
// contract").

import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DigitsModel,
  type DigitsSplit,
  loadDigits,
  MlpModel,
  SoftmaxModel,
  sgd,
  splitDigits,
} from '../../../../src/engine/digits';
import { rngFor } from '../../../../src/engine/random/seed';

let images: Awaited<ReturnType<typeof loadDigits>>;
let split: DigitsSplit;
beforeAll(async () => {
  images = await loadDigits();
  split = splitDigits(images, 1);
});

function run(model: DigitsModel, seed: number, eta: number, steps: number): Float64Array {
  const w = model.init(seed);
  sgd(model, splitDigits(images, seed).train, w, { eta, mb: 10, steps }, rngFor(seed, 'digits-sgd-test'));
  return w;
}

const same = (a: Float64Array, b: Float64Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe.each([
  ['softmax regression', () => new SoftmaxModel(1e-4), 0.5],
  ['64–32–10 tanh network', () => new MlpModel(1e-4), 0.2],
] as const)('%s under SGD (m = 10)', (_name, make, eta) => {
  it('300 steps take the training loss from its start below 0.4 and the held-out error below 15 %', () => {
    const model = make();
    const w0 = model.init(1);
    const start = model.loss(w0, split.train);
    expect(start).toBeGreaterThan(2.2); // ≈ ln 10: no class preferred yet
    expect(model.errorRate(w0, split.test)).toBeGreaterThan(0.7);
    const w = run(model, 1, eta, 300);
    expect(model.loss(w, split.train)).toBeLessThan(0.4);
    expect(model.errorRate(w, split.test)).toBeLessThan(0.15);
  });

  it('same seed ⇒ bit-identical parameters; another seed ⇒ other parameters', () => {
    const a = run(make(), 1, eta, 100);
    const b = run(make(), 1, eta, 100);
    const c = run(make(), 2, eta, 100);
    expect(same(a, b)).toBe(true);
    expect(same(a, c)).toBe(false);
  });
});

describe('pinned numbers (seed 1, 100 steps of m = 10)', () => {
  it('softmax regression', () => {
    const model = new SoftmaxModel(1e-4);
    const w = run(model, 1, 0.5, 100);
    expect(model.loss(w, split.train)).toBe(0.44844801647321403);
    expect(model.errorRate(w, split.test)).toBe(35 / 359);
  });

  it('64–32–10 tanh network', () => {
    const model = new MlpModel(1e-4);
    expect(model.init(1)[0]).toBe(0.015748112956561647);
    const w = run(model, 1, 0.2, 100);
    expect(model.loss(w, split.train)).toBe(0.5162882256596133);
    expect(model.errorRate(w, split.test)).toBe(45 / 359);
  });
});
