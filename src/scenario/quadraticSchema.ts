import { seedsParam } from './common';
import { int, num, word } from './params';

/** The [CP] Sec. 7.1 quadratic: problem, noise, tuning grid. Shared by the views that run it. */
export const quadraticParams = {
  d: int({
    label: 'Dimension d',
    help: 'Size of the quadratic (paper: 20).',
    default: 20,
    min: 1,
    max: 1000,
  }),
  lambda: num({
    label: 'Ridge λ',
    help: 'f(x) = ½⟨Ax, x⟩ + (λ/2)‖x‖² (paper: 0.2).',
    default: 0.2,
    min: 0,
    max: 100,
    slider: { min: 0.001, max: 10, log: true },
  }),
  matrix: word({
    label: 'Matrix A',
    help: 'tridiag(−1, 2, −1) as in the paper, or diagonal with a chosen condition number κ.',
    default: 'tridiag',
    options: [
      { value: 'tridiag', label: 'tridiag(−1,2,−1)' },
      { value: 'diag', label: 'diagonal, κ' },
    ],
  }),
  kappa: num({
    label: 'Condition number κ (diagonal A)',
    help: 'κ = L/μ of A + λI when A is diagonal; eigenvalues log-spaced.',
    default: 100,
    min: 1,
    max: 1e6,
    slider: { min: 1, max: 1e6, log: true },
  }),
  noise: word({
    label: 'Noise covariance',
    help: 'How strong the gradient noise is. literal: every coordinate gets variance M‖∇f‖², as [CP] Sec. 7.1 prints it, so the total noise is d·M‖∇f‖² and the effective noise level M′ (where the speedup bends) is d·M; coord: every coordinate gets M‖∇f‖²/d, so the total is M‖∇f‖² as Property 3 states and M′ = M.',
    default: 'literal',
    options: [
      { value: 'literal', label: 'literal: as printed (M′ = d·M)' },
      { value: 'coord', label: 'coord: total M‖∇f‖² (M′ = M)' },
    ],
  }),
  sigma2: num({
    label: 'Additive noise σ²',
    help: 'Noise that does not vanish at the optimum (σ⋆² of Property 3), added per coordinate as the convention says.',
    default: 0,
    min: 0,
    max: 1e6,
    slider: { min: 0.001, max: 1e4, log: true },
  }),
  target: word({
    label: 'Target',
    help: 'When a run counts as done. l2d: the distance to the optimum divided by d, ‖x‖/d ≤ tol (our reading of the paper’s “(1/d)‖x‖”); rms: the root-mean-square coordinate, ‖x‖/√d ≤ tol; gap: the excess loss, f − f⋆ ≤ tol.',
    default: 'l2d',
    options: [
      { value: 'l2d', label: 'distance/d: ‖x‖/d' },
      { value: 'rms', label: 'RMS: ‖x‖/√d' },
      { value: 'gap', label: 'excess loss: f − f⋆' },
    ],
  }),
  tol: num({
    label: 'Target threshold tol',
    help: 'The paper uses 0.1.',
    default: 0.1,
    min: 0,
    exclusiveMinTo: 1e-9,
    max: 1e6,
    slider: { min: 1e-4, max: 10, log: true },
  }),
  mom: num({
    label: 'Heavy-ball momentum',
    help: 'v ← mom·v + Σg, x ← x − γv; 0 is plain SGD (the paper’s CIFAR runs used 0.9).',
    default: 0,
    min: 0,
    max: 0.99,
  }),
  kmin: int({
    label: 'Grid: smallest k',
    help: 'Step sizes γ_k = 1.1/(1+M)·2^(−k) for k = kmin…kmax (paper: 1…20).',
    default: 1,
    min: -10,
    max: 60,
  }),
  kmax: int({ label: 'Grid: largest k', help: 'See kmin.', default: 20, min: -10, max: 60 }),
  search: word({
    label: 'Step-size search',
    help: 'walk: from the predicted step to its neighbours while the mean improves (tested to pick the same step as exhaustive on the paper’s preset); exhaustive: every grid step, pruned runs stop once they cannot win.',
    default: 'walk',
    options: [
      { value: 'walk', label: 'walk' },
      { value: 'exhaustive', label: 'exhaustive' },
    ],
  }),
  cap: int({
    label: 'Iteration cap',
    help: 'A run stops here and counts as capped (shown, never plotted as a number).',
    default: 10_000_000,
    min: 1000,
    max: 1_000_000_000,
    slider: { min: 1000, max: 1e9, log: true },
  }),
  seeds: seedsParam(1),
};
