import { effectiveM, makeQuadratic } from '../../engine/quadratic';
import { formatNumber, formatSignificant } from '../../scenario/params';
import type { Scenario } from '../../scenario/views';
import type { Chart } from '../contract';
import { gridRange, tuneParams } from '../quadratic/fromScenario';

const fmt = (x: number) => formatSignificant(x, 6);

/** The problem's constants (L, μ, κ) and the noise each M amounts to, in one table. */
export function problemTable(s: Scenario<'minibatch'>): Chart {
  const q = makeQuadratic(tuneParams(s, 0, 1));
  const { kmin, kmax } = gridRange(s);
  const noise = s.noise === 'coord' ? ('coord' as const) : ('literal' as const);
  return {
    type: 'table',
    id: 'problem',
    title: 'The quadratic and its noise',
    cite: '[CP] Sec. 7.1',
    columns: ['quantity', 'value'],
    rows: [
      ['matrix', s.matrix === 'diag' ? `diagonal, κ = ${fmt(s.kappa)}` : 'tridiag(−1, 2, −1)'],
      ['d, λ', `${s.d}, ${fmt(s.lambda)}`],
      ['L (largest eigenvalue of A + λI)', fmt(q.L)],
      ['μ (smallest)', fmt(q.mu)],
      ['κ = L/μ', fmt(q.kappa)],
      ['tr(A + λI)', fmt(q.trace)],
      ['start x₀', `10·1_d, ‖x₀‖ = ${fmt(Math.sqrt(q.x0Norm2))}`],
      ['step grid', `γ_k = 1.1/(1+M)·2^(−k), k = ${kmin}…${kmax}, ${s.search} search`],
      ...s.M.map((M): [string, string] => [
        `Property 3's M for M = ${formatNumber(M)}`,
        fmt(effectiveM({ M, sigma2: s.sigma2, noise }, s.d)),
      ]),
    ],
  };
}
