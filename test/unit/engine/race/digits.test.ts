// The race on the shipped digits (softmax regression): its error is the training loss, each checkpoint
// carries the held-out error, and a run is a function of its seed.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadDigits } from '../../../../src/engine/digits';
import { type RaceParams, raceRun } from '../../../../src/engine/race';
import { problemInfo } from '../../../../src/engine/race/models';
import { xoshiroFor } from '../../../../src/engine/random/seed';

beforeAll(async () => {
  await loadDigits(); // the model reads the images synchronously (the race cells await this)
});

const DIGITS = { kind: 'digits' as const, ridge: 0.001, splitSeed: 1 };

function params(over: Partial<RaceParams>): RaceParams {
  return {
    variant: 'kasync',
    P: 8,
    K: 1,
    dist: { family: 'exp', rate: 1 },
    problem: DIGITS,
    mb: 1,
    eta: 0.05,
    lr: 'fixed',
    maxTime: 60,
    maxUpdates: 1_000_000,
    checkpoints: 12,
    ...over,
  };
}

describe('race on the digits', () => {
  it('starts at ln 10 (w = 0: every class equally likely) and a held-out error of 1 − (held-out 0s)/359', () => {
    const r = raceRun(params({}), xoshiroFor(1, 'digits-race'));
    const first = r.checkpoints[0];
    expect(first.error).toBeCloseTo(Math.LN10, 12);
    // all logits 0: the first largest is class 0, right for the 36 held-out zeros of 359 images
    expect(first.testError).toBe(1 - 36 / 359);
  });

  it('learns: the training loss and the held-out error fall, every checkpoint has a held-out error in [0, 1]', () => {
    const r = raceRun(params({}), xoshiroFor(1, 'digits-race'));
    expect(r.status).toBe('horizon');
    const last = r.checkpoints[r.checkpoints.length - 1];
    expect(last.error).toBeLessThan(1);
    expect(last.testError).toBeLessThan(0.3);
    for (const c of r.checkpoints) {
      expect(c.testError).toBeGreaterThanOrEqual(0);
      expect(c.testError).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic: same stream, same checkpoints; another stream, others', () => {
    for (const variant of ['ksync', 'kasync', 'kbatchasync'] as const) {
      const p = params({ variant, K: variant === 'ksync' ? 8 : variant === 'kasync' ? 1 : 4, maxTime: 20 });
      const a = raceRun(p, xoshiroFor(1, 'digits-race'));
      const b = raceRun(p, xoshiroFor(1, 'digits-race'));
      const c = raceRun(p, xoshiroFor(2, 'digits-race'));
      expect(b).toEqual(a);
      expect(c.checkpoints.at(-1)!.error).not.toBe(a.checkpoints.at(-1)!.error);
    }
  });

  it('has no bound constants (its f⋆ is not computed), and says so', () => {
    expect(() => problemInfo(DIGITS)).toThrow(/f⋆ is not computed/);
  });
});
