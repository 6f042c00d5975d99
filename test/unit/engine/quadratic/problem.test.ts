import { describe, expect, it } from 'vitest';
import {
  makeQuadratic,
  sineBasis,
  summarize,
  tridiagEigenvalues,
} from '../../../../src/engine/quadratic/problem';

const paper = makeQuadratic({ family: 'tridiag', d: 20, lambda: 0.2 });

describe('the paper quadratic (PAPERS.md [CP] Sec. 7.1)', () => {
  it('has μ = 0.22234, L = 4.17766, κ = 18.79, tr(A + λI) = 44', () => {
    expect(paper.mu).toBeCloseTo(0.22234, 5);
    expect(paper.L).toBeCloseTo(4.17766, 5);
    expect(paper.kappa).toBeCloseTo(18.79, 2);
    expect(paper.trace).toBeCloseTo(44, 12);
  });

  it('has eigenvalues 2 − 2cos(kπ/21) + λ, ascending', () => {
    const h = Array.from(paper.h);
    h.forEach((v, i) => {
      expect(v).toBeCloseTo(2 - 2 * Math.cos(((i + 1) * Math.PI) / 21) + 0.2, 13);
    });
    expect([...h].sort((a, b) => a - b)).toEqual(h);
  });

  it('the sine basis is orthonormal and diagonalises tridiag(−1, 2, −1) (to 1e-13)', () => {
    const d = 20;
    const q = sineBasis(d);
    const a = tridiagEigenvalues(d);
    let worst = 0;
    for (let k = 0; k < d; k++) {
      for (let l = 0; l < d; l++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += q[j * d + k] * q[j * d + l];
        worst = Math.max(worst, Math.abs(dot - (k === l ? 1 : 0)));
      }
      // (A q_k)_j = 2q_jk − q_(j−1)k − q_(j+1)k = a_k q_jk
      for (let j = 0; j < d; j++) {
        const left = j > 0 ? q[(j - 1) * d + k] : 0;
        const right = j < d - 1 ? q[(j + 1) * d + k] : 0;
        worst = Math.max(worst, Math.abs(2 * q[j * d + k] - left - right - a[k] * q[j * d + k]));
      }
    }
    expect(worst).toBeLessThan(1e-13);
  });

  it('starts at y0 = Qᵀ(10·1): the closed form matches the product, even modes exactly 0', () => {
    const d = 20;
    const q = sineBasis(d);
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += q[j * d + k] * 10;
      expect(Math.abs(paper.y0[k] - s)).toBeLessThan(1e-12);
      if ((k + 1) % 2 === 0) expect(paper.y0[k]).toBe(0);
    }
    let n2 = 0;
    for (const v of paper.y0) n2 += v * v;
    expect(Math.sqrt(n2)).toBeCloseTo(Math.sqrt(2000), 11); // ‖x0‖ ≈ 44.72
  });

  it('summarises as plain JSON', () => {
    const s = summarize(paper);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.eigenvalues).toHaveLength(20);
  });
});

describe('the diag family', () => {
  it('has log-spaced Hessian eigenvalues from μ = L/κ to the tridiagonal L, and starts at 10·1', () => {
    const q = makeQuadratic({ family: 'diag', d: 20, lambda: 0.2, kappa: 100 });
    expect(q.L).toBeCloseTo(paper.L, 13);
    expect(q.mu).toBeCloseTo(paper.L / 100, 13);
    expect(q.kappa).toBeCloseTo(100, 10);
    const ratio = q.h[1] / q.h[0];
    for (let i = 1; i < 20; i++) expect(q.h[i] / q.h[i - 1]).toBeCloseTo(ratio, 12);
    expect(Array.from(q.y0)).toEqual(new Array(20).fill(10));
    let tr = 0;
    for (const v of q.h) tr += v;
    expect(q.trace).toBe(tr);
  });

  it('with κ = 18.79… reproduces the paper extremes; d = 1 is a single eigenvalue', () => {
    const q = makeQuadratic({ family: 'diag', d: 20, lambda: 0.2, kappa: paper.kappa });
    expect(q.mu).toBeCloseTo(paper.mu, 12);
    const one = makeQuadratic({ family: 'diag', d: 1, lambda: 0.2, kappa: 5 });
    expect(one.kappa).toBe(1);
  });

  it('rejects invalid parameters', () => {
    expect(() => makeQuadratic({ family: 'tridiag', d: 0, lambda: 0.2 })).toThrow(RangeError);
    expect(() => makeQuadratic({ family: 'tridiag', d: 20, lambda: -1 })).toThrow(RangeError);
    expect(() => makeQuadratic({ family: 'diag', d: 20, lambda: 0.2, kappa: 0.5 })).toThrow(RangeError);
  });
});
