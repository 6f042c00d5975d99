// The async view ([CP] Sec. 6, Table 1, Sec. 7.1 Fig. 4): src/experiments/async draws these.

import { maskFinding } from '../../experiments/async/maskFinding';
import { NOISE, RATIO, TARGET, TUNING } from './quadraticText';
import type { ViewExplanations } from './types';

const DELAYS =
  'Delay models (link parameter delay): const — every gradient is τ − 1 steps old; uniform — the delay is drawn uniformly from 0…τ − 1 at every step; hogwild — each coordinate is read from its own random iterate of the last τ (inconsistent reads, atomic adds), the appendix’s patterns not being in our text; learners — P learners with random compute times X (dist=, [SS] Async SGD), where the x axis becomes P and the staleness is random, with mean about P − 1 and no bound, so [CP]’s τ (the maximum delay) exceeds P. Before the start every read is x₀.';

const SPARSE_RUNS =
  'These runs have no base noise (all their noise is the sparsity’s), batch 1, and the const delay (uniform if delay=uniform); the base block F is the Sec. 7.1 quadratic, and the target is the block average of the target measure. Delays τ = 1 … 2^staumax.';

export const asyncExplanations: ViewExplanations = {
  byId: {
    'async-speedup': {
      tex: String.raw`\begin{gathered} x_{t+1} = x_t - \gamma\sum_{i<b} g_i(\hat x_t),\quad \hat x_t = x_{t-\delta_t},\ 0 \le \delta_t \le \tau - 1 \\ \frac{\bar T(\tau)/\tau}{\bar T(1)}\ \text{(solid)},\qquad \frac{\bar T_{\mathrm{mb}}(b\tau)}{\bar T_{\mathrm{mb}}(b)}\ \text{(dashed)},\qquad \text{knee near } b\tau = M' + 1 \end{gathered}`,
      where: '[CP] Sec. 7.1, Fig. 4; Theorem 1 (τ = max delay + 1)',
      notice:
        'Solid curves (delayed SGD) follow the 1/τ line and bend near the marks at bτ = M′ + 1, much like the dashed mini-batch curves of the same M at batch bτ. Delay is parallelism too, and it is free only up to the same critical level.',
      details: `T̄(τ) is the mean number of steps to target at delay parameter τ, each at its tuned step. τ workers compute at once, so the parallel time is T̄(τ)/τ, drawn relative to τ = 1; 1/τ is linear speedup. The dashed comparison is mini-batch SGD at batch bτ (the minibatch view’s runs), whose steps are already parallel time. [CP]’s critical quantity is b·τ (b = link parameter b, gradients summed per read).\n\n${DELAYS}\n\n${NOISE}\n\n${TARGET}\n\n${TUNING} tuneon=first tunes on seed 1 and runs the other seeds at that step (held out). ${RATIO}`,
    },
    'async-step': {
      tex: String.raw`\gamma^\star(\tau) = \operatorname*{arg\,min}_{\gamma_k}\bar T_{\gamma_k}(\tau)\qquad\text{beside}\qquad \gamma_{\mathrm{crit}} = \frac{1}{10L\,(M' + b\tau)}`,
      where: '[CP] Theorem 1, Sec. 7.1',
      notice:
        'The tuned step stays within a factor 2 (one grid step) of its value at τ = 1 while bτ is below M′ and falls like 1/τ beyond it, parallel to the safe step γ_crit. The gap between the two comes from Theorem 1’s conservative constant 1/10, not a disagreement.',
      details: `γ⋆ is the grid step with the fewest mean steps to target, per summed gradient. γ_crit is Theorem 1’s step for Algorithm 1 with degree of parallelism b·τ; with delay=learners τ is taken as P (the true maximum delay is larger).\n\n${DELAYS}\n\n${TUNING}`,
    },
    'sparsity-speedup': {
      tex: String.raw`\begin{gathered} f(x) = \sum_{i \le B} F\big([x]_{B_i}\big),\qquad g(x) = B\,\nabla F\big([x]_{B_i}\big) \text{ on a random block } i \\ \Delta = \tfrac1B,\quad M = \tfrac{1-\Delta}{\Delta} = B - 1,\quad \text{linear speedup while } \tau\Delta \le 1 - \Delta;\quad \text{drawn: } \frac{\bar T(\tau)/\tau}{\bar T(1)} \end{gathered}`,
      where: '[CP] Sec. 6.1, Definition 2 (Eq. 7), Corollary 2',
      notice:
        'With a constant delay each curve keeps to the 1/τ line up to about τ = 1/Δ (its mark) and flattens beyond: sparser gradients tolerate longer delays (uniformly random delays, half as long on average, bend later). Δ = 1 means dense, noiseless gradients here (M = 0), so any constant delay costs from the start.',
      details: `The tightness construction of [CP] Sec. 6.1: B copies of a block function F, and a stochastic gradient that touches one uniformly random block, scaled by B so that it is unbiased. Every coordinate is non-zero with probability 1/B, so Δ = 1/B exactly (Eq. 7), and Corollary 2’s bound M ≥ (1 − Δ)/Δ holds with equality. [CP] shows linear speedup up to τ = O(1/Δ) and that this construction cannot do better.\n\n${SPARSE_RUNS}\n\n${TUNING} ${RATIO}`,
    },
    'table-1': {
      tex: String.raw`\begin{gathered} \text{[CP]: } \tau \lesssim \tfrac{1}{\Delta} \qquad \text{Leblond et al.: } \tau \lesssim \min\{\kappa, \Delta^{-1/2}\} \\ \text{Niu et al.: } \tau \lesssim \Delta^{-1/4} \qquad \text{Mania et al.: } \tau \lesssim \tfrac1\Delta\ \ (\|g\|^2 \le G^2) \\ \text{points: } \max\{\tau : \bar T(\tau) \le 2\,\bar T(1)\} \end{gathered}`,
      where: '[CP] Table 1, Sec. 6.1',
      notice:
        'On log–log axes each analysis is a line through τ = 1 at Δ = 1: the steeper the line, the more delay it allows for sparse gradients. The points, measured on B = 1/Δ blocks, show which slope the simulation actually follows.',
      details: `Table 1’s conditions are O(·) statements without constants, so every line is drawn through τ = 1 at Δ = 1 and only the slopes are comparable. Niu et al. 2011’s rate factor is 1 + τρ + τ²Ω√Δ (ρ, Ω taken as constants); Mania et al. 2017 reach 1/Δ but only under bounded gradients ‖g‖² ≤ G²; De Sa et al. 2015 and Nguyen et al. 2019 state no Δ-dependent condition and Chaturapruek et al. 2015 only an unspecified constant, so they are not drawn. κ is the quadratic’s L/μ.\n\nA point is the largest simulated τ whose mean steps to target stay within twice those at τ = 1 (parallel efficiency at least ½) on the sparsity chart’s runs; at the largest τ simulated it is only a lower bound (it says so on hover). ${SPARSE_RUNS}`,
    },
    'mask-steps': {
      tex: String.raw`\begin{gathered} g(x) = \alpha\, m \odot \nabla f(x),\qquad m_j \sim \mathrm{Bernoulli}(1/\alpha),\qquad \Delta = \tfrac1\alpha \\ \text{rate } O(\tau + \alpha);\qquad \text{drawn: } \bar T(\tau)/\tau \end{gathered}`,
      where: '[CP] Sec. 6.2',
      // The comparison is generated from the chart's points (experiments/async/maskFinding).
      notice: (chart) =>
        `The mask makes gradients sparse, which allows longer delays, but it multiplies the noise (M ≥ α − 1), so the rate is O(τ + α). ${maskFinding(chart.type === 'xy' ? chart.series : [])}`,
      details: `A random mask with E[α·m] = 1 keeps the gradient unbiased and makes it Δ-sparse with Δ = 1/α, so [CP] Sec. 6.1 allows delays up to about α — but the mask multiplies the noise (Corollary 2: M ≥ α − 1), and the rate becomes O(τ + α). Unlike the other charts this one is not relative: it is the parallel time T̄(τ)/τ itself, so the curves can be compared with each other.\n\n${SPARSE_RUNS} With seeds ≥ 2 the band is a 95 % interval of the mean.`,
    },
    'sparsity-m': {
      tex: String.raw`\begin{gathered} |\mathbb E X|^2 \le \Delta\,\mathbb E|X|^2 \quad\text{if}\quad \Pr[X \ne 0] \le \Delta \\ \mathbb E\|g - \nabla f\|^2 \ge \frac{1-\Delta}{\Delta}\,\|\nabla f\|^2 \iff 1 + M \ge \frac1\Delta \end{gathered}`,
      where: '[CP] Lemma 1, Corollary 2, Eq. (8)',
      notice:
        'Every point lies on or above the line 1 + M = 1/Δ: a sparse unbiased gradient must be noisy. Without base noise (M₀ = 0) both constructions sit on the line; base noise lifts them above it.',
      details:
        'Lemma 1 applied coordinate by coordinate gives ‖∇f‖² ≤ Δ·E‖g‖² (Eq. 8), and with E‖g‖² = ‖∇f‖² + E‖g − ∇f‖² this is Corollary 2. So sparsity is not free: it is a lower bound on the relative noise M, hence on the critical batch size M + 1.\n\nMeasured by Monte Carlo at 4 random points with 4000 draws each: Δ̂ is the largest fraction of draws in which a coordinate is non-zero, M̂ the mean of ‖g − ∇f‖²/‖∇f‖². Blocks: B = 1/Δ blocks (Sec. 6.1); masks: α = 1/Δ (Sec. 6.2). The base noise is per coordinate M₀‖∇F‖²/d (the coord reading, so M₀ is Property 3’s constant).',
    },
  },
};
