// The kvariants view's cells: a J = 10⁶ cell stops soon after it is cancelled (work counted in
// draws from the cells' rngs, not in milliseconds), and the closed forms' inputs computed in a
// worker cell give exactly the numbers the charts used to compute on the main thread.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHUNK_DRAWS,
  type ClosedFormInputs,
  kasyncBound,
  ksyncTime,
  type Variant,
} from '../../../src/engine/events';
import { CellCancelled, type CellSpec } from '../../../src/experiments/cells';
import type { Chart, TableChart, XYChart } from '../../../src/experiments/contract';
import { kvariantsExperiment } from '../../../src/experiments/kvariants';
import {
  closedCell,
  curveCell,
  curveParts,
  detailCell,
  type KCurveParams,
} from '../../../src/experiments/kvariants/cells';
import { runCell } from '../../../src/experiments/runCell';
import { distributionOf } from '../../../src/experiments/serviceTime/distributions';
import { defaultScenario } from '../../../src/scenario/codec';
import type { Scenario } from '../../../src/scenario/views';

/** Every draw from any rng the cells make (rngFor wrapped with a counter). */
const drawn = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../src/engine/random/seed', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../../src/engine/random/seed')>();
  return {
    ...orig,
    rngFor(seed: number, identity: string) {
      const r = orig.rngFor(seed, identity);
      return {
        nextU32: () => {
          drawn.n++;
          return r.nextU32();
        },
        uniform: () => {
          drawn.n++;
          return r.uniform();
        },
        normal: () => {
          drawn.n++;
          return r.normal();
        },
      };
    },
  };
});

type S = Scenario<'kvariants'>;
const VARIANTS: Variant[] = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'];
const noCheck = { checkpoint() {} };

/** A cancel raised at the cell's first checkpoint (the worker throws at the next one: here, at once). */
async function cancelledAtFirstCheckpoint(cell: CellSpec): Promise<{ draws: number; checkpoints: number }> {
  drawn.n = 0;
  let checkpoints = 0;
  const ctl = {
    checkpoint() {
      checkpoints++;
      throw new CellCancelled();
    },
  };
  await expect(runCell(cell, 1, ctl)).rejects.toBeInstanceOf(CellCancelled);
  return { draws: drawn.n, checkpoints };
}

describe('kvariants cells at J = 10⁶ stop at their first checkpoint', () => {
  const base = (dist: string, variant: Variant, comm: number): KCurveParams => ({
    dist: distributionOf(dist).spec,
    distText: dist,
    variant,
    P: 20,
    J: 1_000_000,
    comm,
    speeds: [],
    reps: [0, 1, 2, 3, 4],
  });
  // exp draws one uniform per compute time; one buffer refill (256) and one sync iteration of slack
  const limit = CHUNK_DRAWS + 256 + 2 * 20;
  for (const comm of [0, 0.1])
    for (const variant of VARIANTS)
      for (const kind of ['curve', 'detail'] as const)
        it(`${kind} cell, ${variant}, comm = ${comm}: cancelled after ≤ ${limit} of its ≥ 5·10⁶ draws`, async () => {
          const p = base('exp(1)', variant, comm);
          const cell = kind === 'curve' ? curveCell(p) : detailCell({ ...p, K: 4 });
          const r = await cancelledAtFirstCheckpoint(cell);
          expect(r.checkpoints).toBe(1);
          expect(r.draws).toBeGreaterThan(0);
          expect(r.draws).toBeLessThanOrEqual(limit);
        });
});

describe('curves that run each K on their own are split into parts of K', () => {
  it('the parts cover K = 1..P in order, each K once; K-async parts have Σ K ≈ P', () => {
    for (const P of [1, 2, 3, 7, 20, 64, 200])
      for (const variant of ['kasync', 'ksync'] as Variant[]) {
        const parts = curveParts({ variant, P });
        const ks = parts.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
        expect(ks).toEqual(Array.from({ length: P }, (_, i) => i + 1));
        expect(parts.length).toBeLessThanOrEqual(32);
        if (variant === 'kasync' && P <= 64)
          for (const [a, b] of parts.slice(0, -1)) {
            const sum = ((a + b) * (b - a + 1)) / 2;
            expect(sum).toBeGreaterThanOrEqual(P);
            expect(sum).toBeLessThan(2 * P + b); // the last K added overshoots by less than itself
          }
      }
    // P = 20: 1–6, 7–9, 10–11, 12–13, 14–15, 16–17, 18–19, 20.
    expect(curveParts({ variant: 'kasync', P: 20 })).toEqual([
      [1, 6],
      [7, 9],
      [10, 11],
      [12, 13],
      [14, 15],
      [16, 17],
      [18, 19],
      [20, 20],
    ]);
  });

  for (const [variant, comm] of [
    ['kasync', 0],
    ['ksync', 0.2],
  ] as [Variant, number][])
    it(`${variant}, comm = ${comm}: the parts joined equal the whole curve bit for bit`, async () => {
      const p: KCurveParams = {
        dist: distributionOf('pareto(2,1)').spec,
        distText: 'pareto(2,1)',
        variant,
        P: 9,
        J: 300,
        comm,
        speeds: [],
        reps: [0, 1, 2],
      };
      const whole = (await runCell(curveCell(p), 5, noCheck)) as number[][];
      const parts = curveParts(p);
      expect(parts.length).toBeGreaterThan(1);
      const pieces = await Promise.all(
        parts.map((ks) => runCell(curveCell({ ...p, ks }), 5, noCheck) as Promise<number[][]>),
      );
      const joined = p.reps.map((_, i) => pieces.flatMap((r) => r[i]));
      expect(joined).toEqual(whole);
      expect(whole[0]).toHaveLength(9);
      expect(new Set(parts.map((ks) => curveCell({ ...p, ks }).id)).size).toBe(parts.length);
    });
});

/** E[X_{K:P}] of exp(μ) by the Rényi representation: Σ_{i<K} 1/(μ(P − i)). */
function expOrderStat(mu: number, K: number, P: number): number {
  let sum = 0;
  for (let i = 0; i < K; i++) sum += 1 / (mu * (P - i));
  return sum;
}

async function closedInputs(dist: string, P: number): Promise<ClosedFormInputs> {
  const cell = closedCell({ dist: distributionOf(dist).spec, distText: dist, P });
  return (await runCell(cell, 1, noCheck)) as ClosedFormInputs;
}

describe('kvariants closed forms from the worker cell', () => {
  it('exp(2), P = 30: E[X_{K:P}] = Σ 1/(μ(P − i)) (relative 1e-12), memoryless (both ageing classes)', async () => {
    const inputs = await closedInputs('exp(2)', 30);
    expect(inputs.aging).toBe('both');
    expect(inputs.orderStats).toHaveLength(30);
    inputs.orderStats.forEach((v, i) => {
      const exact = expOrderStat(2, i + 1, 30);
      expect(Math.abs(v! / exact - 1)).toBeLessThan(1e-12);
    });
  });

  it('uniform(1,3), P = 9: E[X_{K:P}] = a + (b − a)·K/(P + 1); new-longer-than-used', async () => {
    const inputs = await closedInputs('uniform(1,3)', 9);
    expect(inputs.aging).toBe('nbu');
    inputs.orderStats.forEach((v, i) => {
      expect(v).toBeCloseTo(1 + (2 * (i + 1)) / 10, 12);
    });
  });

  it('pareto(0.9,1), P = 6: infinite (null) exactly where α(P − K + 1) ≤ 1, i.e. at K = P', async () => {
    const inputs = await closedInputs('pareto(0.9,1)', 6);
    expect(inputs.orderStats.slice(0, 5).every((v) => v !== null && Number.isFinite(v))).toBe(true);
    expect(inputs.orderStats[5]).toBeNull();
    expect(ksyncTime(distributionOf('pareto(0.9,1)'), 6, 6, 10, inputs)?.value).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  for (const dist of [
    'exp(1)',
    'shexp(1,1)',
    'pareto(2,1)',
    'lognormal(0,1)',
    'weibull(0.5,1)',
    'weibull(2,1)',
    'mix(0.9,exp(1),pareto(1.5,1))',
  ])
    it(`${dist}, P = 12: Lemmas 3 and 5 from the cell equal the ones computed in place, bit for bit`, async () => {
      const P = 12;
      const J = 2000;
      const d = distributionOf(dist);
      const inputs = await closedInputs(dist, P);
      for (let K = 1; K <= P; K++) {
        expect(ksyncTime(d, P, K, J, inputs)).toEqual(ksyncTime(d, P, K, J));
        expect(kasyncBound(d, P, K, J, inputs)).toEqual(kasyncBound(d, P, K, J));
      }
    });

  it('inputs of another P are refused, not misread', async () => {
    const inputs = await closedInputs('exp(1)', 5);
    expect(() => ksyncTime(distributionOf('exp(1)'), 6, 2, 10, inputs)).toThrow(RangeError);
  });
});

describe('kvariants charts read the closed-form cell', () => {
  const s = { ...defaultScenario('kvariants'), dist: ['exp(1)'], P: 6, J: 100, seeds: 2 } as S;
  let empty: Chart[];
  let withClosed: Chart[];
  beforeAll(async () => {
    empty = kvariantsExperiment.charts(s, new Map());
    const results = new Map<string, unknown>();
    for (const cell of kvariantsExperiment.cells(s).filter((c) => c.kind === 'kclosed'))
      results.set(cell.id, await runCell(cell, s.seed, noCheck));
    withClosed = kvariantsExperiment.charts(s, results);
  });
  const ids = (charts: Chart[]) =>
    (charts.find((c) => c.id === 'time-vs-k-exp-1') as XYChart).series.map((x) => x.id).sort();

  it('plans one closed-form cell per distribution, first', () => {
    const cells = kvariantsExperiment.cells({ ...s, dist: ['exp(1)', 'pareto(2,1)'] } as S);
    expect(cells.slice(0, 2).map((c) => c.kind)).toEqual(['kclosed', 'kclosed']);
    expect(cells.filter((c) => c.kind === 'kclosed')).toHaveLength(2);
  });

  it('before the cell: Lemmas 3 and 5 not drawn yet, the products (Erlang, Lemma 4) at once', () => {
    expect(ids(empty)).toEqual([
      'kasync',
      'kbatchasync',
      'kbatchasync-closed-form',
      'kbatchsync',
      'kbatchsync-closed-form',
      'ksync',
    ]);
    const t = empty.find((c) => c.id === 'distributions') as TableChart;
    expect(t.rows[0].slice(4)).toEqual(['computing…', 'computing…']);
  });

  it('after it: J·Σ 1/(P − i) for K-sync and K-async (Lemma 5 with equality), and the table filled in', () => {
    const c = withClosed.find((x) => x.id === 'time-vs-k-exp-1') as XYChart;
    for (const id of ['ksync-closed-form', 'kasync-closed-form']) {
      const series = c.series.find((x) => x.id === id)!;
      expect(series.kind).toBe('theory');
      series.points.forEach((p, i) => {
        expect(Math.abs(p.y! / (100 * expOrderStat(1, i + 1, 6)) - 1)).toBeLessThan(1e-12);
      });
    }
    const t = withClosed.find((x) => x.id === 'distributions') as TableChart;
    expect(t.rows[0][5]).toContain('memoryless');
    expect(Number(t.rows[0][4])).toBeCloseTo(expOrderStat(1, 4, 6), 5);
  });
});
