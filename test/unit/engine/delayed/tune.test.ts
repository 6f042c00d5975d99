import { describe, expect, it } from 'vitest';
import {
  DELAYED_TUNE_DEFAULTS,
  type DelayedTuneParams,
  gammaCrit,
  tuneDelayed,
  tuneDelayedSync,
} from '../../../../src/engine/delayed';
import { TUNE_DEFAULTS, tuneStepSizeSync } from '../../../../src/engine/quadratic/tune';

const base = (over: Partial<DelayedTuneParams>): DelayedTuneParams => ({ ...DELAYED_TUNE_DEFAULTS, ...over });

describe('tuning delayed SGD', () => {
  it('τ = 1 gives exactly the quadratic tuner’s winner and steps (same identity; the start may differ)', () => {
    for (const [M, noise, seeds, b] of [
      [0, 'literal', 1, 1],
      [10, 'literal', 2, 1],
      [10, 'coord', 2, 4],
      [100, 'literal', 1, 16],
    ] as const) {
      for (const search of ['walk', 'exhaustive'] as const) {
        const q = tuneStepSizeSync({ ...TUNE_DEFAULTS, M, noise, seeds, b, search }, 3, `id${M}`);
        for (const delay of ['const', 'uniform'] as const) {
          const r = tuneDelayedSync(base({ M, noise, seeds, b, search, tau: 1, delay }), 3, `id${M}`);
          expect([r.bestK, r.meanSteps, r.stepsPerSeed, r.onEdge]).toEqual([
            q.bestK,
            q.meanSteps,
            q.stepsPerSeed,
            q.onEdge,
          ]);
          // Every point both searches ran to the end has the same mean.
          for (const t of r.tried) {
            const u = q.tried.find((x) => x.k === t.k);
            if (t.status === 'reached' && u?.status === 'reached') expect(t.meanSteps).toBe(u.meanSteps);
          }
        }
      }
    }
  });

  it('constant delay, M = 0: tuned steps grow by about τ (accepted band τ/2 … 2τ; measured 3.92τ/4, 15.5τ/16)', () => {
    const steps = (tau: number) =>
      tuneDelayedSync(base({ tau, delay: 'const', search: 'exhaustive' }), 1, 'm0');
    const one = steps(1);
    expect([one.bestK, one.meanSteps]).toEqual([2, 48]);
    for (const [tau, pinned, k] of [
      [4, 188, 4],
      [16, 744, 6],
    ]) {
      const r = steps(tau);
      const ratio = r.meanSteps! / one.meanSteps!;
      expect(ratio).toBeGreaterThanOrEqual(tau / 2);
      expect(ratio).toBeLessThanOrEqual(2 * tau);
      // Deterministic (no noise): pinned, and the tuned step is inside the grid.
      expect([r.meanSteps, r.bestK, r.onEdge]).toEqual([pinned, k, false]);
      // The tuned step shrinks like 1/τ: γ·τ within a factor 2 of the τ = 1 step.
      const ratioGamma = (r.bestGamma! * tau) / one.bestGamma!;
      expect(ratioGamma).toBeGreaterThanOrEqual(0.5);
      expect(ratioGamma).toBeLessThanOrEqual(2);
    }
  });

  it('with large M (literal, M = 10, i.e. M_eff = 200) a delay of 4 costs nothing: steps within 15% of τ = 1, 3 seeds', () => {
    const one = tuneDelayedSync(base({ M: 10, seeds: 3, tau: 1 }), 1, 'big');
    const four = tuneDelayedSync(base({ M: 10, seeds: 3, tau: 4 }), 1, 'big');
    expect(Math.abs(four.meanSteps! / one.meanSteps! - 1)).toBeLessThan(0.15);
  });

  it('b·τ is what matters: at b·τ = 256 (M = 1, literal, const delay, 3 seeds) the gradients used (steps·b) agree within 15% (measured 11 829, 11 861, 12 459)', () => {
    const grads = [
      [1, 256],
      [16, 16],
      [256, 1],
    ].map(([b, tau]) => {
      const r = tuneDelayedSync(base({ M: 1, b, tau, seeds: 3 }), 1, `bt|${b}|${tau}`);
      return r.meanSteps! * b;
    });
    expect(Math.max(...grads) / Math.min(...grads)).toBeLessThan(1.15);
  });

  it('walk finds exhaustive’s winner (M = 10, τ ∈ {8, 32}, every delay model)', () => {
    for (const delay of ['const', 'uniform', 'hogwild'] as const)
      for (const tau of [8, 32]) {
        const p = base({ M: 10, tau, delay });
        const w = tuneDelayedSync({ ...p, search: 'walk' }, 2, 'we');
        const e = tuneDelayedSync({ ...p, search: 'exhaustive' }, 2, 'we');
        expect([w.bestK, w.meanSteps]).toEqual([e.bestK, e.meanSteps]);
        expect(w.work).toBeLessThan(e.work);
      }
  });

  it('the async driver gives the synchronous result and checkpoints', async () => {
    let checkpoints = 0;
    const p = base({ M: 10, tau: 8, delay: 'hogwild' });
    const r = await tuneDelayed(p, 1, 'async', { checkpoint: () => void checkpoints++ });
    expect(r).toEqual(tuneDelayedSync(p, 1, 'async'));
    expect(checkpoints).toBeGreaterThan(0);
  });

  it('reports no winner and `capped` when the cap is too small', () => {
    const r = tuneDelayedSync(base({ tau: 64, cap: 50 }), 1, 'cap');
    expect(r.bestK).toBeNull();
    expect(r.capped).toBe(true);
  });

  it('γ_crit = 1/(10L(M_eff + bτ))', () => {
    expect(gammaCrit(4, 6, 2, 2)).toBeCloseTo(1 / 400, 15);
  });
});
