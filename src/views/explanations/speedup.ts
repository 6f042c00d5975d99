// The speedup view ([CP] Sec. 5, Figs. 1–2): closed forms only, drawn from src/engine/criticalBatch.ts.

import type { ViewExplanations } from './types';

const CLOSED_FORM =
  'These are closed forms, not simulations: the ratio of two upper bounds of [CP] Theorem 1 (iterations to ε-accuracy at parallelism τ = b against τ = 1), so they predict the shape up to constants — drawn dashed as approximations. T(b, ε) counts gradient evaluations; with b gradients computed at once the parallel time is T(b, ε)/b.';

const SIGMA =
  'σ⋆² is the noise at the optimum (Property 3, Eq. 5) and ε the target accuracy; only their ratio σ⋆²/ε enters. With the default σ⋆² = 0 (the low-accuracy regime of Fig. 2 left) b_crit = M + 1. Deterministic gradients (M = σ⋆ = 0) give b_crit = 1: every extra gradient in a batch is wasted.';

export const speedupExplanations: ViewExplanations = {
  byId: {
    'speedup-vs-b': {
      tex: String.raw`\begin{gathered} S(b) = \frac{T(1,\varepsilon)}{\tfrac1b\,T(b,\varepsilon)} = b\cdot\frac{\sigma_\star^2/\varepsilon + M + 1}{\sigma_\star^2/\varepsilon + M + b} \\ b_{\mathrm{crit}} = \sigma_\star^2/\varepsilon + M + 1 \end{gathered}`,
      where: '[CP] Sec. 5 (unnumbered display), Fig. 2 (left)',
      notice:
        'Each curve hugs the line S = b while b is well below its b_crit mark, then bends and levels off at about b_crit. A noisier problem (larger M) has a later bend: noise is what makes parallel gradients worth computing.',
      details: `${CLOSED_FORM}\n\n${SIGMA}\n\nAt b = b_crit the speedup is b_crit²/(2b_crit − 1) ≈ b_crit/2, half of linear; as b → ∞ it tends to b_crit. The link parameter plot=iterations draws the reciprocal instead (Fig. 1).`,
    },
    'iterations-vs-b': {
      tex: String.raw`\begin{gathered} \frac{\tfrac1b\,T(b,\varepsilon)}{T(1,\varepsilon)} = \frac{1}{S(b)} = \frac{\sigma_\star^2/\varepsilon + M + b}{b\,(\sigma_\star^2/\varepsilon + M + 1)} \\ \sigma_\star = 0:\quad \frac{b + M}{b + bM} \end{gathered}`,
      where: '[CP] Fig. 1, Sec. 5',
      notice:
        'Iterations (parallel steps) fall like 1/b while b is below b_crit, then flatten at 1/b_crit: past that point a bigger batch buys no fewer steps. The flat level is lower, and reached later, for noisier problems.',
      details: `${CLOSED_FORM}\n\n${SIGMA}\n\nFig. 1 prints (b + M)/(b + bM), the σ⋆ = 0 case of this formula. The default link (plot=speedup) draws its reciprocal, the speedup of Fig. 2 (left).`,
    },
    'lr-averaged-vs-b': {
      tex: String.raw`\begin{gathered} x_{t+b} = x_t - \frac{\gamma_{\mathrm{mb}}}{b}\sum_{i<b} g_{t+i},\qquad \gamma_{\mathrm{mb}} = b\,\gamma_{\mathrm{crit}} = \frac{b}{10L\,(M+b)} \\ \text{linear scaling rule: } \gamma_{\mathrm{mb}}(b) = b\,\gamma_{\mathrm{mb}}(1) = \frac{b}{10L\,(M+1)} \end{gathered}`,
      where: '[CP] Sec. 5 (Learning rate), Fig. 2 (right), Theorem 1',
      notice:
        'With averaged mini-batches the step follows the linear scaling rule (the thin line of the same colour) only up to about b = M (the marks); beyond it the step stops growing. So "scale the learning rate with the batch" is right exactly in the regime where the batch still buys speed.',
      details:
        'Theorem 1’s safe step for the summed update of Algorithm 1 is γ_crit = 1/(10L(M + τ)) with τ = b. Averaging the b gradients instead of summing divides the step by b, so the averaged step that does the same is γ_mb = b·γ_crit ∝ b/(M + b): linear in b for b ≪ M, constant (1/(10L)) for b ≫ M.\n\nThe y axis is γ_mb·L, so L drops out. The constant 1/10 is Theorem 1’s and is conservative; the tuned steps of the minibatch view sit above it, with the same shape. σ⋆²/ε does not enter the step size (Theorem 1’s γ_crit has only M + τ). The linear-scaling line is drawn up to b = 8(M + 1), past where it parts from γ_mb.',
    },
    'lr-summed-vs-b': {
      tex: String.raw`x_{t+b} = x_t - \gamma\sum_{i<b} g_{t+i},\qquad \gamma_{\mathrm{crit}} = \frac{1}{10L\,(M+\tau)},\quad \tau = b`,
      where: '[CP] Theorem 1, Algorithm 1',
      notice:
        'Per summed gradient, the safe step is nearly flat while b is below M and falls like 1/b beyond it. Flat means each extra gradient moves the iterate as far as a sequential step would: that is linear speedup.',
      details:
        '[CP] Algorithm 1 sums the gradients of a batch (each worker adds −γg to the shared x), so the degree of parallelism τ equals b for mini-batch SGD and τ = max delay + 1 for delayed SGD; the same γ_crit covers both. The y axis is γ·L.\n\nγ_crit is a step for which Theorem 1’s bounds hold, not the best step; the best step is larger by a constant but scales the same way (see the minibatch view’s tuned steps).',
    },
  },
};
