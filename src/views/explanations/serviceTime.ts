// The compute-time distribution X of [SS]'s learners: text shared by the runtime, kvariants and
// race views' explanations (src/experiments/serviceTime and src/engine/distributions draw it).

import { COMPOUND_FORMS, PARAMETRIC_FAMILIES } from '../../engine/distributions';
import type { Explanation } from './types';

/** The paper's three families first, then every other family of the registry in its own words. */
const PAPER_FAMILIES = new Set(['exp', 'shexp', 'pareto']);
const OTHERS = [...PARAMETRIC_FAMILIES.filter((f) => !PAPER_FAMILIES.has(f.name)), ...COMPOUND_FORMS].map(
  (f) => f.parameterisation,
);

export const PARAMETERISATIONS = `Parameterisations (the paper does not state them): exp(μ) has rate μ, mean 1/μ; shexp(s, μ) is the shift s plus an exp(μ), so 1+exp(1) is shexp(1,1), mean 2; pareto(α, xₘ) has shape α and scale xₘ, mean αxₘ/(α − 1), so Pareto(2,1) has mean 2 — equal to shexp(1,1)’s — and infinite variance. Also ${OTHERS.join('; ')} (the link parameter dist).`;

/** Each family's closed form as its registry entry states it; quadrature for the rest. */
const CLOSED_FORMS = PARAMETRIC_FAMILIES.flatMap((f) =>
  f.orderStatistic ? [`${f.name}: ${f.orderStatistic.formula}`] : [],
);

export const ORDER_STATS = `E[X_{K:P}], the mean of the K-th smallest of P independent draws, is exact in closed form for ${CLOSED_FORMS.join('; ')}. For any other distribution it is the quadrature ∫₀¹ F⁻¹(u)·Beta(u; K, P − K + 1) du with the Beta normaliser taken through log-gamma.`;

export const densityExplanation: Explanation = {
  tex: String.raw`\begin{gathered} \exp(\mu):\ \mu e^{-\mu x} \qquad \mathrm{shexp}(s,\mu):\ \mu e^{-\mu (x - s)},\ x \ge s \\ \mathrm{Pareto}(\alpha, x_m):\ \frac{\alpha\, x_m^{\alpha}}{x^{\alpha+1}},\ x \ge x_m \end{gathered}`,
  where: '[SS] Sec. 2 (system model), Figs. 5–6',
  notice:
    'The time one learner needs for one mini-batch gradient. What matters for stragglers is the right tail: the longer it is, the more a synchronous step that waits for the slowest learner costs.',
  details: `Each curve is the density f_X of a distribution of the link, drawn over the range holding about 99.5 % of its mass. Point masses (det, or mixtures with det) have no density and are left out.\n\n${PARAMETERISATIONS}`,
};

export const tailExplanation: Explanation = {
  tex: String.raw`\Pr[X > x] \qquad \mathrm{Pareto}(\alpha, x_m):\ (x_m/x)^{\alpha} \qquad \exp(\mu):\ e^{-\mu x}`,
  where: '[SS] Sec. 4–5 (Lemma 5, Fig. 6)',
  notice:
    'On log–log axes a power-law tail (Pareto) is a straight line and an exponential tail drops off a cliff. The straight line means rare, very slow tasks: K-sync cancels them, K-async waits for them.',
  details: `The survival function of each distribution, from its 1 % quantile to where only 10⁻⁴ of the mass is left.\n\n${PARAMETERISATIONS}`,
};

export const ageing =
  'New-longer-than-used (Definition 3): Pr[X > u + t | X > t] ≤ Pr[X > u] for all t, u ≥ 0 — a task that has run for a while needs no more time than a fresh one (exp, shifted exp, uniform, gamma and Weibull with shape ≥ 1). New-shorter-than-used is the reverse (hyper-exponential, gamma and Weibull with shape < 1). Many distributions are neither: Pareto with xₘ > 0 is new-longer for t < xₘ and new-shorter for large t, likewise lognormal and two-point mixtures. The class is checked numerically over the distribution’s range.';
