import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DigitsSet,
  gradientNoise,
  loadDigits,
  MlpModel,
  SoftmaxModel,
  splitDigits,
} from '../../../../src/engine/digits';

let train: DigitsSet;
beforeAll(async () => {
  train = splitDigits(await loadDigits(), 1).train;
});

describe.each([
  ['softmax regression', new SoftmaxModel(0.01)],
  ['64–32–10 tanh network', new MlpModel(0.01)],
])('%s: exact per-example gradient noise', (_name, model) => {
  it('equals (1/n)Σ‖∇fᵢ‖² − ‖∇f‖² (the same quantity by other arithmetic) at the start', () => {
    const w = model.init(4);
    const { grad2, noise } = gradientNoise(model, w, train, new Float64Array(2 * model.dim));
    const gi = new Float64Array(model.dim);
    let second = 0;
    for (let i = 0; i < train.n; i++) {
      model.exampleGradient(w, train, i, gi);
      for (let j = 0; j < model.dim; j++) second += gi[j] * gi[j];
    }
    second /= train.n;
    expect(noise).toBeGreaterThan(0);
    expect(Math.abs(noise - (second - grad2))).toBeLessThan(1e-10 * second);
  });

  it('is zero on a set of one example (no noise to draw)', () => {
    const one: DigitsSet = { ...train, n: 1 };
    const { grad2, noise } = gradientNoise(model, model.init(4), one, new Float64Array(2 * model.dim));
    expect(grad2).toBeGreaterThan(0);
    expect(noise).toBe(0);
  });
});
