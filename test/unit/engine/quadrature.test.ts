import { describe, expect, it } from 'vitest';
import { integrate, integratePanels } from '../../../src/engine/distributions/quadrature';

describe('adaptive Gauss–Kronrod quadrature', () => {
  it('integrates polynomials of degree ≤ 23 exactly on one interval (K15: 3·7 + 2)', () => {
    for (let d = 0; d <= 23; d++) {
      const r = integrate((x) => x ** d, 0, 2, { maxIntervals: 1 });
      const exact = 2 ** (d + 1) / (d + 1);
      expect(Math.abs(r.value - exact) / exact, `degree ${d}`).toBeLessThan(2e-15);
    }
    // Degree 24 is the first the rule misses: the test can tell a wrong node or weight.
    const r24 = integrate((x) => x ** 24, -1, 1, { maxIntervals: 1 });
    expect(Math.abs(r24.value - 2 / 25)).toBeGreaterThan(1e-10);
  });

  it('reaches the tolerance on smooth integrands', () => {
    const sin = integrate(Math.sin, 0, Math.PI);
    expect(sin.value).toBeCloseTo(2, 13);
    expect(sin.converged).toBe(true);
    const gauss = integrate((x) => Math.exp(-x * x), -10, 10);
    expect(Math.abs(gauss.value - Math.sqrt(Math.PI))).toBeLessThan(1e-12);
  });

  it('subdivides around a kink and a jump', () => {
    const kink = integrate((x) => Math.abs(x - 0.3), 0, 1, { relTol: 1e-12 });
    expect(Math.abs(kink.value - 0.29)).toBeLessThan(1e-11);
    expect(kink.intervals).toBeGreaterThan(1);
    const jump = integrate((x) => (x < 1 / 3 ? 1 : 5), 0, 1, { relTol: 1e-10 });
    expect(Math.abs(jump.value - (1 / 3 + (5 * 2) / 3))).toBeLessThan(1e-9);
  });

  it('returns 0 for an empty interval and reports non-convergence honestly', () => {
    expect(integrate(() => 1, 1, 1).value).toBe(0);
    const capped = integrate((x) => 1 / Math.sqrt(x), 0, 1, { relTol: 1e-15, maxIntervals: 5 });
    expect(capped.converged).toBe(false);
  });

  it('integratePanels adds the panels', () => {
    const r = integratePanels((x) => Math.exp(x), [0, 0.1, 1, 3]);
    expect(Math.abs(r.value - (Math.exp(3) - 1)) / (Math.exp(3) - 1)).toBeLessThan(1e-12);
  });
});
