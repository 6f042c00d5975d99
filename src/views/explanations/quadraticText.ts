// Conventions of the [CP] Sec. 7.1 quadratic shared by the minibatch, async and estimator views'
// explanations (src/engine/quadratic: noise.ts, target.ts, grid.ts say the same in code).

export const PROBLEM =
  'The problem is [CP] Sec. 7.1’s quadratic f(x) = ½⟨Ax, x⟩ + (λ/2)‖x‖² with A = tridiag(−1, 2, −1), d = 20, λ = 0.2 (L ≈ 4.178, μ ≈ 0.222, κ ≈ 18.8), started at x₀ = 10·1 (‖x₀‖ ≈ 44.7); the link parameters d, lambda and matrix change it.';

export const NOISE =
  'Noise: g = ∇f + u with u ~ N(0, s²·I_d). The paper prints s² = M‖∇f‖², yet states E‖g − ∇f‖² ≤ M‖∇f‖² — a factor d apart ([CP] Sec. 7.1 against Property 3). noise=literal (the default, as printed) gives Property 3’s constant M′ = d·M; noise=coord uses s² = M‖∇f‖²/d, so M′ = M. The predictions use M′, so their marks move by the factor d between the two readings. An additive σ² (link parameter sigma2) is added per coordinate the same way.';

export const TARGET =
  'Target: the paper’s “(1/d)‖x_t‖ ≤ 0.1” read as ‖x‖/d ≤ tol (target=l2d, the default: ‖x‖ ≤ 2 for d = 20, a 22× reduction); target=rms reads it as ‖x‖/√d ≤ tol (a 100× reduction) and target=gap uses f(x) − f⋆ ≤ tol.';

export const TUNING =
  'Step sizes: for every point the step is tuned over the paper’s grid γ_k = 1.1/(1 + M)·2^(−k), k = 1…20 (kmin, kmax), keeping the one with the fewest mean steps to target (search=walk starts at the predicted step and walks to better neighbours; search=exhaustive tries every grid step). The grid does not depend on b, which only works because gradients are summed: the effective step bγ grows with b. A run that diverges or reaches the iteration cap gets no number and says so on hover.';

export const RATIO =
  'Each point is a ratio of means over the seeds (seeds=); with two or more seeds the band is a delta-method 95 % interval for that ratio.';
