import { describe, expect, it } from 'vitest';
import {
  criticalBatch,
  criticalStepAveraged,
  criticalStepSummed,
  relativeIterations,
  speedup,
} from '../../../src/engine/criticalBatch';

describe('[CP] Sec. 5 speedup and critical batch size', () => {
  it('b_crit = σ⋆²/ε + M + 1', () => {
    expect(criticalBatch(100, 0, 0.01)).toBe(101);
    expect(criticalBatch(0, 1, 0.01)).toBeCloseTo(101, 12);
    expect(criticalBatch(0, 0, 1)).toBe(1); // gradient descent: no parallel speedup
  });

  it('S(b) = b(M+1)/(M+b) in the low-accuracy regime, with S(1) = 1', () => {
    for (const M of [0, 1, 10, 100, 1e4]) {
      expect(speedup(1, M, 0, 0.01)).toBeCloseTo(1, 14);
      for (const b of [2, 16, 1024]) expect(speedup(b, M, 0, 0.01)).toBeCloseTo((b * (M + 1)) / (M + b), 10);
    }
  });

  it('is about b/2 at b = b_crit and tends to b_crit for b → ∞', () => {
    const M = 1000;
    const bc = criticalBatch(M, 0, 1);
    // S(b_crit) = b_crit²/(2 b_crit − 1) ≈ b_crit/2
    expect(speedup(bc, M, 0, 1)).toBeCloseTo((bc * bc) / (2 * bc - 1), 9);
    expect(speedup(1e12, M, 0, 1) / bc).toBeCloseTo(1, 6);
  });

  it('relative iterations are the reciprocal (Fig. 1)', () => {
    expect(relativeIterations(64, 10, 0.5, 0.1)).toBeCloseTo(1 / speedup(64, 10, 0.5, 0.1), 14);
    expect(relativeIterations(64, 10, 0, 1)).toBeCloseTo((64 + 10) / (64 * 11), 14);
  });

  it('γ_mb grows linearly for b ≪ M and saturates at 1/(10L) for b ≫ M (Fig. 2 right)', () => {
    const M = 1e4;
    expect(criticalStepAveraged(2, M) / criticalStepAveraged(1, M)).toBeCloseTo(2, 3);
    expect(criticalStepAveraged(1e9, M)).toBeCloseTo(0.1, 5);
    expect(criticalStepSummed(1, 0)).toBeCloseTo(0.1, 14);
  });
});
