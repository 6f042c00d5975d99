import { describe, expect, it } from 'vitest';
import { crossEntropyResidual, logSumExp } from '../../../../src/engine/digits';

const LN2 = Math.LN2;
const LN10 = Math.LN10;

describe('log-sum-exp and cross-entropy, stable for any finite logits', () => {
  it('log Σ e^z without overflow or underflow', () => {
    expect(logSumExp(Float64Array.of(0, 0), 0, 2)).toBe(LN2);
    expect(logSumExp(Float64Array.of(1000, 1000), 0, 2)).toBe(1000 + LN2); // e^1000 overflows
    expect(logSumExp(Float64Array.of(-1000, -1000), 0, 2)).toBe(-1000 + LN2); // e^−1000 underflows
    expect(logSumExp(Float64Array.of(1e300, 0, -1e300), 0, 3)).toBe(1e300);
    expect(logSumExp(Float64Array.of(9, 1, 2, 3), 1, 3)).toBeCloseTo(
      3 + Math.log(1 + Math.exp(-1) + Math.exp(-2)),
      15,
    );
  });

  it('cross-entropy: ln 10 at equal logits, the logit gap when one class dominates, residual p − e_y', () => {
    const z = new Float64Array(10);
    expect(crossEntropyResidual(z, 10, 3)).toBe(LN10);
    for (let k = 0; k < 10; k++) expect(z[k]).toBeCloseTo(k === 3 ? -0.9 : 0.1, 15);

    const big = new Float64Array(10);
    big[0] = 800; // the true class 1 is 800 below the top: ℓ = 800 (+ e^−800, lost)
    const loss = crossEntropyResidual(big, 10, 1);
    expect(loss).toBe(800);
    expect(big[0]).toBe(1);
    expect(big[1]).toBe(-1);
    let sum = 0;
    for (let k = 0; k < 10; k++) sum += big[k];
    expect(sum).toBe(0);

    const right = new Float64Array(10);
    right[4] = 800; // confidently right: ℓ = log(1 + 9e^−800) rounds to 0, never negative
    expect(crossEntropyResidual(right, 10, 4)).toBe(0);
  });
});
