// The estimator view ([CP] Eq. 9, Sec. 7.2–7.3, Figs. 5–8): src/experiments/estimator draws these.

import { NOISE, RATIO, TARGET, TUNING } from './quadraticText';
import type { ViewExplanations } from './types';

const BHAT = String.raw`\hat b(x) = 1 + \frac{\mathbb E\|g(x) - \nabla f(x)\|^2}{\|\nabla f(x)\|^2 + \hat\varepsilon_T}`;

const STAND_IN =
  'The paper measured b̂ while training ResNet-8/18 on CIFAR-10, which cannot run in a browser page; these runs are synthetic stand-ins with the noise known exactly.';

const EPS_HAT =
  'ε̂_T, the paper’s estimate of ‖∇f‖² at the end of training, is the mean of ‖∇f‖² over the last 10 epochs, so it is known only when the run is over: the solid “final” curve uses it, the dashed “live” curve uses the smallest ‖∇f‖² seen so far as a stand-in. b̂_crit is the largest final b̂ up to the first step that reaches the target (over the whole run if it never does). The schedule: the run is cut into decays + 1 equal phases and the step divided by factor at each boundary (the vertical marks).';

export const estimatorExplanations: ViewExplanations = {
  byId: {
    'bhat-quadratic': {
      tex: String.raw`\begin{gathered} ${BHAT} \\ \mathbb E\|g - \nabla f\|^2 = M'\|\nabla f\|^2 + \sigma'^2,\qquad \hat b_{\mathrm{crit}} = \max_{t \le t_{\mathrm{target}}} \hat b(x_t) \end{gathered}`,
      where: '[CP] Eq. (9), Sec. 7.2–7.3, Figs. 5–6',
      notice:
        'While the gradient is large b̂ sits near 1 + M′; as ‖∇f‖² shrinks towards the noise floor it rises, with a jump after each step decay (vertical marks). Its largest value up to the target (the horizontal mark) is the estimate of b_crit that the next chart puts to the test.',
      details: `The noise of one example is known in closed form on the quadratic, so b̂ is exact along the simulated path: M′ = d·M and σ′² = d·σ² under noise=literal, M′ = M and σ′² = σ² under coord. It is per example whatever the run’s mini-batch m (mb=), which only changes the path. Eq. (9)’s bound b̂ ≤ 1 + σ⋆²/max{‖∇f‖², ε̂_T} + M shows why b̂ grows late in training only when σ⋆² > 0: with σ² = 0 it never exceeds 1 + M′.\n\n${EPS_HAT} The quadratic has no dataset, so an “epoch” is epoch= steps.\n\n${STAND_IN}\n\n${NOISE}`,
    },
    'steps-vs-b-estimator': {
      tex: String.raw`\frac{\bar T(b)}{\bar T(1)} \text{ against } b,\qquad x_{t+1} = x_t - \gamma^\star(b)\sum_{i<b} g_i(x_t),\qquad \text{mark at } \hat b_{\mathrm{crit}}`,
      where: '[CP] Figs. 7–8, Sec. 7.3',
      notice:
        'If the estimate is good, the vertical mark sits near the knee where the simulated points leave the 1/b line. Left of it a bigger batch pays almost in full; right of it, less and less.',
      details: `Each point is mini-batch SGD (summed gradients) on the same quadratic, M and σ² as the first chart, with the step tuned per b; T̄(b) is the mean number of steps to target. The paper checks its ResNet estimate the same way: linear speedup up to b̂_crit (Fig. 7), iterations to a test error against b (Fig. 8).\n\n${TARGET}\n\n${TUNING} ${RATIO}`,
    },
    'bhat-logistic': {
      tex: String.raw`\begin{gathered} f(w) = \frac1n\sum_{i=1}^n \log\big(1 + e^{-y_i\langle x_i, w\rangle}\big) + \frac\lambda2\|w\|^2 \\ \operatorname{tr}\Sigma = \frac1n\sum_{i=1}^n \|\nabla f_i(w) - \nabla f(w)\|^2,\qquad B_{\mathrm{simple}} = \frac{\operatorname{tr}\Sigma}{\|\nabla f\|^2},\qquad \hat b = 1 + \frac{\operatorname{tr}\Sigma}{\|\nabla f\|^2 + \hat\varepsilon_T} \end{gathered}`,
      where: '[CP] Eq. (9), Sec. 7.2–7.3; McCandlish et al. 2018',
      notice:
        'Along the run B_simple grows by orders of magnitude (jaggedly: it is one SGD path), because label noise keeps per-example gradients apart even at the optimum. The estimate b̂ follows it while ‖∇f‖² is large but is held below about 1 + tr Σ/ε̂_T by the ε̂_T in its denominator; both jump after each step decay.',
      details: `Ridge logistic regression on a synthetic dataset (table below), trained by SGD with averaged mini-batches of m examples drawn with replacement. At about 100 log-spaced checkpoints the per-example noise tr Σ = E‖∇f_i − ∇f‖² (uniform i) is computed exactly over the whole dataset. McCandlish et al.’s B_simple = tr(Σ)/‖G‖² is b̂ − 1 with ε̂ = 0; Yin et al.’s gradient-diversity bound n·Δ_S = 1 + E‖∇f_i − ∇f‖²/‖∇f‖² is the same quantity plus one.\n\n${EPS_HAT} Here ε̂_T averages ‖∇f‖² at 50 checkpoints in the last 10 epochs (1 epoch = ⌈n/m⌉ steps).\n\n${STAND_IN}`,
    },
    'logistic-dataset': {
      tex: String.raw`x_i \sim \mathcal N(0, I),\quad \Pr[y_i = +1] = \sigma(\langle x_i, w_{\mathrm{true}}\rangle),\ \text{then flipped with prob. } p;\qquad \sigma_\star^2 = \frac1n\sum_i \|\nabla f_i(w^\star)\|^2`,
      where: '[CP] Sec. 7.2–7.3 (stand-in for CIFAR-10)',
      notice:
        'σ⋆², the per-example gradient noise at the optimum, is what makes b̂ grow late in training; flipped labels keep it away from zero. ε̂_T and b̂_crit are the two numbers the logistic chart is built from.',
      details: `The dataset is generated from the link’s seed: n examples (n=), dimension dim=, ‖w_true‖ = sep=, label flips with probability flip=, ridge λ = ridge=. f⋆ and w⋆ come from damped Newton’s method; ∇f(w⋆) = 0 up to the printed residual, so σ⋆² = (1/n)Σ‖∇f_i(w⋆)‖² is Property 3’s σ⋆² for one example.\n\n${STAND_IN}`,
    },
  },
};
