// The minibatch view ([CP] Sec. 7.1, Fig. 3): src/experiments/minibatch draws these.

import { NOISE, PROBLEM, RATIO, TARGET, TUNING } from './quadraticText';
import type { ViewExplanations } from './types';

const UPDATE = String.raw`x_{t+1} = x_t - \gamma\sum_{i<b} g_i(x_t),\quad g_i = \nabla f + u_i`;

export const minibatchExplanations: ViewExplanations = {
  byId: {
    'steps-vs-b': {
      tex: String.raw`\begin{gathered} ${UPDATE} \\ \frac{\bar T(b)}{\bar T(1)} = \frac{\tfrac1b\,T(b,\varepsilon)}{T(1,\varepsilon)},\qquad \text{predicted: } \frac{M' + b}{b\,(M'+1)} \end{gathered}`,
      where: '[CP] Sec. 7.1, Fig. 3; prediction Sec. 5',
      notice:
        'Each solid curve follows the 1/b line (linear speedup) while b is small and flattens near its mark at b = M′ + 1; the dashed curve of the same colour is the closed-form prediction. M = 0 (exact gradients) is flat from the start: batching exact gradients never helps.',
      details: `T̄(b) is the mean number of mini-batch steps to reach the target at batch b, each at its tuned step. A step costs b gradients, so with T(b, ε) counting gradients T̄(b)/T̄(1) is the paper’s relative parallel time (1/b)·T(b, ε)/T(1, ε), and the line 1/b is linear speedup.\n\n${PROBLEM}\n\n${NOISE}\n\n${TARGET}\n\n${TUNING}\n\n${RATIO} The prediction ignores σ² and is, like Sec. 5’s, good up to constants.`,
    },
    'tuned-step-averaged': {
      tex: String.raw`b\,\gamma^\star(b),\quad \gamma^\star(b) = \operatorname*{arg\,min}_{\gamma_k}\bar T_{\gamma_k}(b),\quad \gamma_k = \frac{1.1}{1+M}\,2^{-k}\qquad\text{beside}\quad b\cdot\frac{2\,(1-\beta)}{L\,(M'+b)}`,
      where: '[CP] Fig. 2 (right), Sec. 5 (Learning rate); measured on Sec. 7.1',
      notice:
        'Multiplied by b, the tuned step is the step of an averaged mini-batch: it grows about like b (the linear scaling rule) while b is below M′ and stays about flat beyond. The flat level is near gradient descent’s best step, of order 1/L.',
      details: `Measured: γ⋆ is the grid step with the fewest mean steps to target (the same tuning as the steps chart); b·γ⋆ is what an averaged update x ← x − (γ_mb/b)·Σg would need to do the same, γ_mb = b·γ⋆ ([CP] Sec. 5). A point on the grid’s edge says so on hover: the best step may lie beyond it.\n\nThe dashed line is Theorem 1’s shape γ ∝ 1/(L(M′ + b)) with the constant 2 fitted to the paper’s preset (Theorem 1’s safe 1/10 is far below the best step); β is the heavy-ball momentum (link parameter mom, 0 by default), which multiplies the long-run step by 1/(1 − β).\n\n${NOISE}\n\n${TUNING}`,
    },
    'tuned-step-summed': {
      tex: String.raw`\gamma^\star(b) = \operatorname*{arg\,min}_{\gamma_k}\bar T_{\gamma_k}(b),\quad \gamma_k = \frac{1.1}{1+M}\,2^{-k}\qquad\text{beside}\quad \frac{2\,(1-\beta)}{L\,(M'+b)}`,
      where: '[CP] Theorem 1, Fig. 2 (right); measured on Sec. 7.1',
      notice:
        'Per summed gradient the best step stays within a factor 2 (one grid step) of its value at b = 1 while b is below M′ and falls like 1/b beyond it. On a log–log plot that is a knee near b = M′ (within a factor 4), as in the steps chart.',
      details: `The step is per gradient of the summed update x ← x − γ·Σg ([CP] Algorithm 1), as tuned. Theorem 1’s γ_crit = 1/(10L(M + τ)) with τ = b has this shape; the dashed line uses the constant 2 instead of 1/10, fitted to the paper’s preset, and β is the heavy-ball momentum (mom).\n\n${NOISE}\n\n${TUNING}`,
    },
    'one-run': {
      tex: String.raw`\begin{gathered} ${UPDATE} \\ \text{drawn: } \|x_t\|/d \text{ against } t,\quad \text{target } \|x_t\|/d \le \mathrm{tol} \end{gathered}`,
      where: '[CP] Sec. 7.1 (what “tuned” means)',
      notice:
        'The tuned step reaches the target line first. A smaller step crawls down all the way; a larger one falls fast, then stalls on a noise floor above the target — or diverges.',
      details: `One run, seed = the link’s seed, at (M, b) = (runM, runb): once at the tuned grid step and once at your γ (link parameter gamma, per summed gradient, on the grid or off it). The y axis is the target’s measure (‖x‖/d by default; target=rms and target=gap change it). A run that diverges or hits the cap ends with a note.\n\nWith momentum (mom = β > 0) the update is v ← βv + Σg, x ← x − γv.\n\n${NOISE}\n\n${TARGET}`,
    },
    problem: {
      tex: String.raw`\begin{gathered} f(x) = \tfrac12\langle Ax, x\rangle + \tfrac\lambda2\|x\|^2,\qquad A = \operatorname{tridiag}(-1, 2, -1) \\ \operatorname{eig}(A + \lambda I) = 2 - 2\cos\frac{k\pi}{d+1} + \lambda,\quad L = \max,\ \mu = \min,\ \kappa = L/\mu \end{gathered}`,
      where: '[CP] Sec. 7.1',
      notice:
        'The constants every chart of this view depends on: L bounds the stable step, κ = L/μ sets how many steps even gradient descent needs. The last rows say what each M amounts to as Property 3’s constant M′.',
      details: `${PROBLEM} With matrix=diag, A + λI is diagonal with log-spaced eigenvalues and condition number kappa.\n\n${NOISE}\n\nThe runs are simulated exactly in law in the eigenbasis of A + λI, and a batch of b Gaussian-noise gradients taken at one point is drawn as one Gaussian of b times the variance, so a step costs O(d) whatever b.`,
    },
  },
};
