import { describe, expect, it } from 'vitest';
import {
  gammaPrime,
  lemma2,
  lemma2Conditions,
  lemma2Floor,
  theorem3,
  theorem3Conditions,
  theorem3Floor,
} from '../../../../src/engine/race/bounds';

const base = { L: 4, c: 0.5, sigma2: 2, MG: 1, m: 1, K: 4, eta: 0.01, F0: 100 };

describe('[SS] error bounds', () => {
  it('Lemma 2 starts at F0, falls geometrically at rate (1 − ηc) and tends to ηLσ²/(2cKm)', () => {
    expect(lemma2(base, 0)).toBeCloseTo(100, 12);
    expect(lemma2Floor(base)).toBeCloseTo((0.01 * 4 * 2) / (2 * 0.5 * 4 * 1), 15);
    const f = lemma2Floor(base);
    // (B(J+1) − f)/(B(J) − f) = 1 − ηc exactly.
    for (const J of [0, 10, 500])
      expect((lemma2(base, J + 1) - f) / (lemma2(base, J) - f)).toBeCloseTo(1 - 0.005, 12);
    expect(lemma2(base, 1e6)).toBeCloseTo(f, 12);
  });

  it('Theorem 3 with γ = 0 and p0 = 0 has γ′ = 1 and equals Lemma 2', () => {
    const a = { ...base, gamma: 0, p0: 0 };
    expect(gammaPrime(a)).toBe(1);
    for (const J of [0, 7, 300]) expect(theorem3(a, J)).toBeCloseTo(lemma2(base, J), 12);
  });

  it('staleness slows the decay and raises the floor: γ′ = 1 − γ + p0/2 < 1 divides the floor and the rate', () => {
    const a = { ...base, gamma: 0.5, p0: 0.25 };
    expect(gammaPrime(a)).toBeCloseTo(0.625, 15);
    expect(theorem3Floor(a)).toBeCloseTo(lemma2Floor(base) / 0.625, 12);
    expect(theorem3(a, 100)).toBeGreaterThan(lemma2(base, 100));
  });

  it('says which condition fails, in words with the numbers, and flags the printed typo', () => {
    expect(lemma2Conditions(base).every((c) => c.ok)).toBe(true);
    const big = lemma2Conditions({ ...base, eta: 1 });
    expect(big[0].ok).toBe(false);
    expect(big[0].text).toContain('Lemma 2 needs η ≤ 1/(2L(M_G/(Km) + 1)) = 0.1; η = 1');
    const t = theorem3Conditions({ ...base, gamma: 1.2, p0: 0.1 });
    expect(t.find((c) => c.text.startsWith('the staleness bound'))!.ok).toBe(false);
    expect(t.find((c) => c.text.startsWith("Theorem 3 needs γ' ="))!.ok).toBe(false);
    const typo = t.find((c) => c.text.includes('apparently a typo'))!;
    expect(typo.text).toContain('K/(2L(M_G/m + 1))');
    // η = 0.2 meets the printed 1/(2L(M_G/(Km) + 1/K)) = 0.25 but not Lemma 2's form, 0.1.
    const mid = theorem3Conditions({ ...base, eta: 0.2, gamma: 0.5, p0: 0.25 });
    expect(mid.find((c) => c.text.startsWith('Theorem 3 as printed'))!.ok).toBe(true);
    expect(mid.find((c) => c.text.includes('apparently a typo'))!.ok).toBe(false);
    // At K = 1 the printed condition is Lemma 2's form: no second, identical condition.
    const one = theorem3Conditions({ ...base, K: 1, eta: 1, gamma: 0.5, p0: 0.25 });
    expect(one.filter((c) => !c.ok && c.text.includes('η ≤'))).toHaveLength(1);
    expect(one.some((c) => c.text.includes('apparently a typo'))).toBe(false);
  });
});
