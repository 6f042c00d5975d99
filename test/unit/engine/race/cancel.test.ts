// A race run must reach a checkpoint (a yield of raceRunGen) after a bounded amount of work at
// every setting, so a worker can cancel it promptly: the work is counted, not timed — examples
// drawn for mini-batch gradients (one uniform() of the run's own stream each) between two yields,
// and yields while a logistic model (data set, f⋆ by Newton's method) is built.

import { describe, expect, it } from 'vitest';
import {
  hasLogisticData,
  type LogisticRaceProblem,
  logisticData,
  logisticDataGen,
  type RaceParams,
  raceRun,
  raceRunAsync,
  raceRunGen,
} from '../../../../src/engine/race';
import { xoshiroFor } from '../../../../src/engine/random/seed';
import { Xoshiro128 } from '../../../../src/engine/random/xoshiro128';

/** The run's own stream, counting the uniform() draws: a logistic gradient draws one per example. */
class Counting extends Xoshiro128 {
  draws = 0;
  override uniform(): number {
    this.draws++;
    return super.uniform();
  }
}

function counting(identity: string): Counting {
  const x = xoshiroFor(1, identity);
  return new Counting(x.nextU32(), x.nextU32(), x.nextU32(), x.nextU32());
}

/** The schema's logistic defaults; `dataSeed` keeps each test's model out of the others' cache. */
function logistic(over: Partial<LogisticRaceProblem>): LogisticRaceProblem {
  return { kind: 'logistic', n: 1000, dim: 10, sep: 3, flip: 0.05, ridge: 0.001, dataSeed: 1, ...over };
}

function params(over: Partial<RaceParams>): RaceParams {
  return {
    variant: 'kbatchasync',
    P: 8,
    K: 4,
    dist: { family: 'exp', rate: 1 },
    problem: logistic({}),
    mb: 1,
    eta: 0.05,
    lr: 'fixed',
    maxTime: 20,
    maxUpdates: 5_000_000,
    checkpoints: 120,
    ...over,
  };
}

/** Most examples drawn between two yields of the run, and the total. */
function examplesPerChunk(p: RaceParams, rng: Counting): { max: number; total: number; yields: number } {
  const gen = raceRunGen(p, rng);
  let max = 0;
  let last = 0;
  let yields = 0;
  for (let r = gen.next(); ; r = gen.next()) {
    max = Math.max(max, rng.draws - last);
    last = rng.draws;
    if (r.done) break;
    yields++;
  }
  return { max, total: rng.draws, yields };
}

/** ≈ 6–15 ms of mini-batch gradients at dim = 10; CHUNK_EVENTS = 4096 arrivals were 4·10⁷ at m = 10⁴. */
const MAX_EXAMPLES_PER_CHUNK = 30_000;

class Cancelled extends Error {}

describe('race runs yield after a bounded amount of work', () => {
  it('at m = 10⁴ (the largest mini-batch) every few gradients', () => {
    const p = params({ mb: 10_000, maxTime: 10 });
    const { max, total, yields } = examplesPerChunk(p, counting('mb'));
    expect(total).toBeGreaterThan(10 * p.mb); // the run spans many chunks
    expect(yields).toBeGreaterThan(10);
    expect(max).toBeLessThanOrEqual(MAX_EXAMPLES_PER_CHUNK);
  });

  it('at the ss-fig9 preset (P = 40, m = 250) and at m = 1, for every variant', () => {
    for (const variant of ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'] as const)
      for (const [P, mb, maxTime] of [
        [40, 250, 50],
        [8, 1, 2000],
      ]) {
        const p = params({ variant, P, K: variant === 'kasync' ? 1 : Math.min(4, P), mb, maxTime });
        const { max, yields } = examplesPerChunk(p, counting(`${variant}${mb}`));
        expect(yields, `${variant} P=${P} m=${mb}`).toBeGreaterThanOrEqual(3);
        expect(max, `${variant} P=${P} m=${mb}`).toBeLessThanOrEqual(MAX_EXAMPLES_PER_CHUNK);
      }
  });

  it('a run cancelled at its first checkpoint stops after a few gradients (model cached)', async () => {
    const p = params({ mb: 10_000, problem: logistic({ dataSeed: 2 }) });
    logisticData(p.problem as LogisticRaceProblem);
    const rng = counting('first');
    const run = raceRunAsync(p, rng, {
      checkpoint() {
        throw new Cancelled();
      },
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(rng.draws).toBeLessThanOrEqual(MAX_EXAMPLES_PER_CHUNK);
  });

  it('yields do not change a number', async () => {
    const p = params({ mb: 250, P: 40, K: 1, variant: 'kasync', lr: 'eq13', maxTime: 5 });
    const sync = raceRun(p, xoshiroFor(3, 'same'));
    let calls = 0;
    const async = await raceRunAsync(p, xoshiroFor(3, 'same'), { checkpoint: () => void calls++ });
    expect(calls).toBeGreaterThan(3);
    expect(async).toEqual(sync);
  });
});

describe('a logistic model is built with checkpoints', () => {
  it('at n = 20 000 a run cancelled at its first checkpoint builds nothing and draws nothing', async () => {
    const problem = logistic({ n: 20_000, dataSeed: 5 });
    const rng = counting('build');
    const run = raceRunAsync(params({ problem }), rng, {
      checkpoint() {
        throw new Cancelled();
      },
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(hasLogisticData(problem)).toBe(false);
    expect(rng.draws).toBe(0);
  });

  it('yields in proportion to the work (data set, Newton, the Gram matrix), and caches the result', () => {
    const yieldsOf = (problem: LogisticRaceProblem) => {
      const gen = logisticDataGen(problem);
      let yields = 0;
      let r = gen.next();
      for (; !r.done; r = gen.next()) yields++;
      return { yields, data: r.value };
    };
    // (seed 3 converges in 6 Newton steps; at n = 20 000 some seeds take all 100, for seconds)
    const small = yieldsOf(logistic({ n: 2000, dataSeed: 3 }));
    const large = yieldsOf(logistic({ n: 20_000, dataSeed: 3 }));
    // 20 000 × 10 features: 10 chunks for the data, ≈ 13 per Newton step, 2 for the Gram matrix
    expect(large.yields).toBeGreaterThan(50);
    expect(large.yields).toBeGreaterThan(4 * small.yields);
    // cached: the same object, built once, and no yield the second time
    expect(hasLogisticData(logistic({ n: 20_000, dataSeed: 3 }))).toBe(true);
    const again = yieldsOf(logistic({ n: 20_000, dataSeed: 3 }));
    expect(again.yields).toBe(0);
    expect(again.data).toBe(large.data);
    expect(large.data.fStar).toBeGreaterThan(0);
    expect(large.data.L).toBeGreaterThan(0.25);
  }, 20_000);
});
