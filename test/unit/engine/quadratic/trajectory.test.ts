import { describe, expect, it } from 'vitest';
import { gridGamma } from '../../../../src/engine/quadratic/grid';
import {
  type TrajectoryParams,
  trajectory,
  trajectorySync,
} from '../../../../src/engine/quadratic/trajectory';
import { TUNE_DEFAULTS, tuneStepSizeSync } from '../../../../src/engine/quadratic/tune';

const base: TrajectoryParams = {
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 100,
  sigma2: 0,
  noise: 'literal',
  b: 4,
  gamma: gridGamma(5, 100, 1.1),
  mom: 0,
  target: 'l2d',
  tol: 0.1,
  cap: 1_000_000,
};

describe('one-run trajectory', () => {
  it('starts at x0, rises in steps, ends at the target; only the last record is inside it', () => {
    const t = trajectorySync(base, 1, 'traj');
    expect(t.status).toBe('reached');
    expect(t.steps[0]).toBe(0);
    expect(t.measure[0]).toBeCloseTo(Math.sqrt(2000) / 20, 12);
    for (let i = 1; i < t.steps.length; i++) expect(t.steps[i]).toBeGreaterThan(t.steps[i - 1]);
    expect(t.steps.at(-1)).toBe(t.stepsToTarget);
    expect(t.endStep).toBe(t.stepsToTarget);
    expect(t.measure.at(-1)).toBeLessThanOrEqual(0.1);
    expect(t.measure.slice(0, -1).every((m) => m > 0.1)).toBe(true);
    expect(t.grad2.every((g) => g > 0 && Number.isFinite(g))).toBe(true);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('gives the same steps as the tuning run with the same stream identity', () => {
    const identity = 'minibatch|M=100|b=4';
    const r = tuneStepSizeSync({ ...TUNE_DEFAULTS, M: 100, b: 4 }, 9, identity);
    const t = trajectorySync({ ...base, gamma: r.bestGamma! }, 9, `${identity}|k=${r.bestK}|rep=0`);
    expect(t.stepsToTarget).toBe(r.stepsPerSeed[0]);
  });

  it('a run to the cap has ≈ 200 log-spaced records', () => {
    const t = trajectorySync({ ...base, gamma: 1e-7, cap: 100_000 }, 1, 'slow');
    expect(t.status).toBe('capped');
    expect(t.stepsToTarget).toBeNull();
    expect(t.steps.at(-1)).toBe(100_000);
    expect(t.steps.length).toBeGreaterThan(120); // small steps collapse to the integers 1, 2, 3, …
    expect(t.steps.length).toBeLessThanOrEqual(201);
    // From step 100 on, consecutive records are a constant ratio 10^(5/200) ≈ 1.059 apart.
    for (let i = 1; i < t.steps.length; i++)
      if (t.steps[i - 1] >= 100) expect(t.steps[i] / t.steps[i - 1]).toBeCloseTo(1.0593, 1);
  });

  it('a diverging run says so and records only finite values', () => {
    const t = trajectorySync({ ...base, gamma: 0.1 }, 1, 'boom');
    expect(t.status).toBe('diverged');
    expect(t.stepsToTarget).toBeNull();
    expect(Number.isInteger(t.endStep)).toBe(true);
    expect(t.measure.every(Number.isFinite)).toBe(true);
    expect(t.grad2.every(Number.isFinite)).toBe(true);
  });

  it('gap and rms targets report f − f⋆ and ‖x‖/√d', () => {
    const gap = trajectorySync({ ...base, target: 'gap', tol: 0.01 }, 1, 'gap');
    expect(gap.measure[0]).toBeCloseTo(300, 9); // f(10·1) = 50·(1ᵀA1 + λd) = 50·(2 + 4)
    expect(gap.measure.at(-1)).toBeLessThanOrEqual(0.01);
    const rms = trajectorySync({ ...base, target: 'rms', tol: 0.1 }, 1, 'rms');
    expect(rms.measure[0]).toBeCloseTo(10, 12);
  });

  it('the async version returns the same and checkpoints', async () => {
    let calls = 0;
    const p = { ...base, b: 1 };
    const a = await trajectory(p, 2, 'async', {
      checkpoint() {
        calls++;
      },
    });
    expect(a).toEqual(trajectorySync(p, 2, 'async'));
    // ≈ 44 000 steps: a checkpoint every 4096.
    expect(calls).toBeGreaterThanOrEqual(Math.floor(a.endStep / 4096) - 1);
  });
});
