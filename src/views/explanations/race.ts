// The race view ([SS] Figs. 7–9, Lemma 2, Theorems 3–4, Eq. 13; the map where [SS] meets [CP]):
// src/experiments/race draws these.

import type { Chart, Series } from '../../experiments/contract';
import { boundsFinding, eq13Finding, errorFinding } from '../../experiments/race/findings';
import type { ViewExplanations } from './types';

const xySeries = (chart: Chart): Series[] => (chart.type === 'xy' ? chart.series : []);

const CONTESTANTS =
  'Contestants: sync is K-sync with K = P (fully synchronous), Async is K-async with K = 1, and K-batch-async uses the link’s K. Time per update comes from the same event simulation as the kvariants view; each learner’s gradient is computed at the parameters it last read, averaged over a mini-batch of m = mb examples.';

const PROBLEM =
  'The problem (problem=): a synthetic ridge logistic regression standing in for the paper’s MNIST (n, dim, sep, flip, ridge; the same dataset as the estimator view’s), [CP] Sec. 7.1’s quadratic with relative noise M (literal reading), or softmax regression on 1,797 real 8×8 handwritten digits (UCI, Alpaydin and Kaynak 1998, CC BY 4.0; ridge λ on every parameter, 20 % of each class held out, chosen by the seed). Error is F(w) − F⋆, except on the digits, whose f⋆ is not computed: there it is the training loss f(w) itself, and the bounds are not drawn. Curves are the mean over seeds= runs on a common time grid, the band the 10–90 % range of the runs; a run that diverges says so on hover.';

const RULES =
  'Learning-rate rules (lr=): fixed η; Eq. 13 (η_max = etamax, C = comp; a fresh gradient gets η_max); η/(s + 1) for staleness s (Zhang et al. 2016 divide the step by the staleness; the +1 keeps a fresh gradient at η); AdaSync (η fixed, K grows as the error falls).';

export const raceExplanations: ViewExplanations = {
  byId: {
    'bounds-vs-time': {
      tex: String.raw`\begin{gathered} \text{sync, Lemma 2 } (K = P)\text{: } \frac{\eta L\sigma^2}{2cKm} + (1-\eta c)^J\Big(F_0 - \frac{\eta L\sigma^2}{2cKm}\Big),\quad J = \frac{t}{\mathbb E[X_{P:P}]} \\ \text{Async, Theorem 3 } (K = 1)\text{: } \frac{\eta L\sigma^2}{2c\gamma' Km} + (1-\eta c\gamma')^J\Big(F_0 - \frac{\eta L\sigma^2}{2c\gamma' Km}\Big),\quad J = \frac{tP}{\mathbb E[X]} \\ \gamma' = 1 - \gamma + p_0/2 \end{gathered}`,
      where: '[SS] Fig. 7, Lemma 2, Theorem 3 (Eq. 9), Lemmas 3–4',
      // Where the bounds cross is generated from the chart's points (experiments/race/findings).
      notice: (chart) =>
        `Async makes many more updates per unit of time than sync, but each of its updates contracts the bound by 1 − ηcγ′ instead of 1 − ηc, towards a floor ηLσ²/(2cγ′m), higher than sync’s ηLσ²/(2cPm) whenever γ′ < P. ${boundsFinding(xySeries(chart))}`,
      details:
        'Both are bounds on E[F(w_J) − F⋆] after J updates for c-strongly convex, L-smooth F with gradient variance ≤ σ²/m + (M_G/m)‖∇F‖², from F(w₀) − F⋆ = F₀ = 1. Iterations become wall-clock time through [SS] Sec. 4: a sync update takes E[X_{P:P}] (Lemma 3 with K = P), an Async update E[X]/P on average (renewal theory, Lemma 4 with K = 1). The constants are the sliders Lip (L), conv (c), sigma2 (σ²), MG (M_G), mb (m), eta (η), stale (γ) and p0; p0 = 0 means p₀ = 1/P, the value for exponential times.\n\nTheorem 3’s staleness assumption E‖∇F(w_j) − ∇F(w_τ(l,j))‖² ≤ γ·E‖∇F(w_j)‖² needs γ ≤ 1, and the bound needs γ′ > 0 and ηcγ′ < 1; Lemma 2 needs η ≤ 1/(2L(M_G/(Km) + 1)). As printed, Theorem 3’s step condition η ≤ 1/(2L(M_G/(Km) + 1/K)) grows with K, which looks like a typo for Lemma 2’s form (at K = 1, drawn here, the two coincide): the chart’s summary lists every condition that fails.',
    },
    'error-vs-time': {
      tex: String.raw`\begin{gathered} w_{j+1} = w_j - \frac1K\sum_{l \le K} \eta_l\, g\big(w_{\tau(l,j)}, \xi_{l,j}\big) \\ \eta_l = \eta\ \ (\text{fixed}),\qquad \min\Big\{\frac{C}{\|w_j - w_{\tau(l,j)}\|^2},\ \eta_{\max}\Big\}\ \ (\text{Eq. 13}),\qquad \frac{\eta}{s+1}\ \ (\text{staleness } s) \end{gathered}`,
      where: '[SS] Fig. 8, Sec. 6; Eq. (2)–(3)',
      // Who leads mid-run and at the end is generated from the chart's points.
      notice: (chart) =>
        `Async and K-batch-async update far more often than sync; the paper’s Fig. 8 shows their error falling sooner but staying higher, where the slower sync ends lower. ${errorFinding(xySeries(chart))}`,
      details: `${CONTESTANTS}\n\n${PROBLEM}\n\n${RULES}\n\nThe dashed bounds (fixed rule only): Lemma 2 for sync with the problem’s L, c, σ² and M_G; Theorem 3 for Async with γ the largest ‖∇F(w_j) − ∇F(w_τ)‖²/‖∇F(w_j)‖² the runs measured and p₀ their fraction of fresh gradients. Those are averages, not the infimum the theorem asks for, so that curve is an estimate and is labelled one. The paper’s Fig. 8: MNIST, X ~ exp(1), P = 8, K = 4, η = 0.01, m = 1 (its gallery preset).`,
    },
    'test-error-vs-time': {
      tex: String.raw`\text{held-out error}(w) = \frac{1}{|T|}\sum_{i \in T} \mathbf 1\big[\arg\max_k z_k(w; x_i) \ne y_i\big],\qquad z(w; x) = W^\top x + b`,
      where: '[SS] Fig. 9 (test error beside training loss); digits: UCI, Alpaydin and Kaynak 1998',
      notice:
        'Held-out error is what a trained model is for: training loss can keep falling while the error on unseen images stops improving. The images scored here never enter a gradient; which ones are held out is fixed by the seed.',
      details: `Shown only with problem=digits. The same runs as the training-loss chart: at each checkpoint the PS’s current parameters classify the held-out images T (20 % of each class, about 360 images), the predicted class being the largest logit. Curves are the mean over seeds= runs, the band the 10–90 % range.\n\n${CONTESTANTS}\n\nThe data: the test set of the UCI Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998; doi:10.24432/C50P49), CC BY 4.0, shipped with the app.`,
    },
    'adasync-schedule': {
      tex: String.raw`K_0 = 1,\qquad K \leftarrow \min\{2K,\ K_{\max}\}\ \text{ when } F(w) - F^\star \text{ first falls below } 10^{-n}\big(F(w_0) - F^\star\big),\ n = 1, 2, \ldots`,
      where: '[SS] journal follow-up (Dutta, Wang, Joshi 2021), AdaSync',
      notice:
        'Each contestant starts asynchronous (K = 1) and waits for more learners every time its error falls tenfold: fast early progress from staleness, a lower floor later from synchrony. Async’s own K is capped at 1, so it stays flat.',
      details: `Shown only with lr=adasync. K_max is the contestant’s K (P for sync, 1 for Async, the link’s K for K-batch-async); K changes only between updates, and the curve is the mean over the runs. The journal paper’s exact schedule is not in our text: doubling K once per decade of error is this explorer’s reading, with η fixed.\n\n${CONTESTANTS}`,
    },
    'eq13-vs-fixed': {
      tex: String.raw`w_{j+1} = w_j - \eta_j\, g\big(w_{\tau(j)}, \xi_j\big),\qquad \eta_j = \min\Big\{\frac{C}{\|w_j - w_{\tau(j)}\|_2^2},\ \eta_{\max}\Big\}\ \ \text{against}\ \ \eta_j = \eta`,
      where: '[SS] Eq. (13), Theorem 4, Fig. 9',
      // How the two steps end is generated from the chart's points.
      notice: (chart) =>
        `Eq. 13 shrinks the step of a gradient computed far from the current parameters; in the paper’s Fig. 9 that keeps Async stable where a fixed step goes unstable. ${eq13Finding(xySeries(chart))}`,
      details: `Theorem 4 replaces Theorem 3’s staleness assumption by η_j·E‖w_j − w_τ(j)‖² ≤ C (Eq. 11), giving error-floor terms η_j²Lσ²/(2m) + CL²/2 (Eq. 12); Eq. 13 is the step that enforces it. The PS keeps the parameters each learner last read; a fresh gradient (w_τ(j) = w_j) gets η_max.\n\nThe paper’s Fig. 9 is CIFAR-10 with X ~ exp(20), m = 250, P = 40, η_max = 0.01, C = 0.005·η_max; on the synthetic stand-in the same instability shows at larger steps (the gallery preset: P = 40, X ~ exp(20), m = 250, η = η_max = 8, C = 0.04). ${PROBLEM}`,
    },
    'who-wins': {
      tex: String.raw`\begin{gathered} \text{colour} = \frac{\min\{T_{\text{Async}},\ T_{K\text{-batch-async}}\}}{\min\{T_{\text{sync}},\ T_{K\text{-batch-sync}}\}},\qquad T = \text{wall-clock time to } f - f^\star \le \varepsilon \\ \text{hypothesis: the winner changes near } P = \tau_{\mathrm{crit}} = \sigma_\star^2/\varepsilon + M + 1 = M + 1 \end{gathered}`,
      where: '[SS] Lemmas 3–4 × [CP] Theorem 1; no figure in either paper',
      notice:
        'Below 1 an asynchronous racer reached the target first, above 1 a synchronous one; hover a cell for the winner and its margin. Compare the cells on either side of P = M + 1: the chart’s summary counts async’s wins on each side.',
      details:
        '[SS] prices the time per update, [CP] the updates needed; time to target is their product. Per gradient, sync with P learners costs E[X_{P:P}]/P and Async E[X]/P, so waiting costs a factor E[X_{P:P}]/E[X] (≈ H_P for exponential times). What each gradient buys is [CP]’s question: sync is mini-batch SGD with b = P, Async has staleness about P − 1, and both keep near-linear speedup only while P ≲ τ_crit. If b = P and τ ≈ P entered [CP]’s bound the same way, async would win by E[X_{P:P}]/E[X] everywhere; they do not quite, since [CP]’s τ is the maximum delay (unbounded for random times) and async’s step must shrink with it. Whether the winner changes near τ_crit is a hypothesis this map tests, not a result of either paper.\n\nThe map: [CP] quadratic (d = 20, noise read as coord so that M′ = M, σ⋆ = 0), P up to Pmax and M up to Mmax, X ~ dist, m = mb, target ε = eps. Four racers — sync (K = P), K-batch-sync (K = P), Async (K = 1), K-batch-async (K = P) — each at its best of three steps η ∈ {η₀, η₀/2, η₀/4}, η₀ = min(1, 2b/(M + b))/L with b = K·m ([CP]’s best averaged step), 3 seeds per step; a step counts only if every seed reached ε within the horizon 100(1 + M)·E[X]. A blank cell: one family never got there.',
    },
  },
};
