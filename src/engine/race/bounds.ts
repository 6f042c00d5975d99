// [SS] Sec. 5's error bounds for strongly convex, L-smooth F with 2c(F − F⋆) ≤ ‖∇F‖² (PL), and
// mini-batch gradients of size m with variance ≤ σ²/m + (M_G/m)‖∇F‖² ([SS] Sec. 5, Assumptions 1–2):
//  - Lemma 2, K-sync, for η ≤ 1/(2L(M_G/(Km) + 1)):
//      E[F(w_J) − F⋆] ≤ ηLσ²/(2cKm) + (1 − ηc)^J (F(w0) − F⋆ − ηLσ²/(2cKm)).
//  - Theorem 3, K-async, with staleness bound E‖∇F(w_j) − ∇F(w_τ(l,j))‖² ≤ γ E‖∇F(w_j)‖² (γ ≤ 1)
//    and p0 ≤ P(τ(l,j) = j | past), γ' = 1 − γ + p0/2:
//      E[F(w_J)] − F⋆ ≤ ηLσ²/(2cγ'Km) + (1 − ηcγ')^J (E[F(w0)] − F⋆ − ηLσ²/(2cγ'Km)),
//    for η ≤ 1/(2L(M_G/(Km) + 1/K)) as printed — which is K/(2L(M_G/m + 1)) and grows with K,
//    apparently a typo: Lemma 2's 1/(2L(M_G/(Km) + 1)) looks intended. For K > 1 both are checked
//    and reported, the printed one as the theorem's condition; at K = 1 they are the same.
// Both need the step in (0, 1/c) for the contraction, and Theorem 3 needs γ' > 0 and ηcγ' < 1. A
// bound whose condition fails is still computed (the formula is defined) but flagged, never hidden.

import { pow } from '../math';

export interface BoundInputs {
  /** L-smoothness and the PL / strong-convexity constant c. */
  L: number;
  c: number;
  /** Noise: σ² and M_G of one sample's gradient. */
  sigma2: number;
  MG: number;
  /** Mini-batch size m, learners per update K, step η. */
  m: number;
  K: number;
  eta: number;
  /** F(w0) − F⋆. */
  F0: number;
}

export interface AsyncInputs extends BoundInputs {
  /** Staleness bound γ ∈ [0, 1]. */
  gamma: number;
  /** Lower bound on the probability that a gradient is fresh (1/P for exponential times). */
  p0: number;
}

export interface Condition {
  ok: boolean;
  /** In words, with the numbers. */
  text: string;
}

const fmt = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x));

/** The error floor of Lemma 2, ηLσ²/(2cKm). */
export function lemma2Floor(p: BoundInputs): number {
  return (p.eta * p.L * p.sigma2) / (2 * p.c * p.K * p.m);
}

/** Lemma 2's bound after J iterations. */
export function lemma2(p: BoundInputs, J: number): number {
  const floor = lemma2Floor(p);
  return floor + pow(1 - p.eta * p.c, J) * (p.F0 - floor);
}

/** γ' = 1 − γ + p0/2. */
export function gammaPrime(p: AsyncInputs): number {
  return 1 - p.gamma + p.p0 / 2;
}

/** The error floor of Theorem 3, ηLσ²/(2cγ'Km). */
export function theorem3Floor(p: AsyncInputs): number {
  return (p.eta * p.L * p.sigma2) / (2 * p.c * gammaPrime(p) * p.K * p.m);
}

/** Theorem 3's bound after J iterations. */
export function theorem3(p: AsyncInputs, J: number): number {
  const floor = theorem3Floor(p);
  return floor + pow(1 - p.eta * p.c * gammaPrime(p), J) * (p.F0 - floor);
}

/** Lemma 2's conditions, in words. */
export function lemma2Conditions(p: BoundInputs): Condition[] {
  const max = 1 / (2 * p.L * (p.MG / (p.K * p.m) + 1));
  return [
    {
      ok: p.eta <= max,
      text: `Lemma 2 needs η ≤ 1/(2L(M_G/(Km) + 1)) = ${fmt(max)}; η = ${fmt(p.eta)}`,
    },
    { ok: p.eta * p.c < 1, text: `the contraction needs ηc < 1; ηc = ${fmt(p.eta * p.c)}` },
  ];
}

/** Theorem 3's conditions, in words (the printed step-size condition and Lemma 2's form beside it). */
export function theorem3Conditions(p: AsyncInputs): Condition[] {
  const gp = gammaPrime(p);
  const printed = 1 / (2 * p.L * (p.MG / (p.K * p.m) + 1 / p.K));
  const likely = 1 / (2 * p.L * (p.MG / (p.K * p.m) + 1));
  return [
    { ok: p.gamma >= 0 && p.gamma <= 1, text: `the staleness bound needs 0 ≤ γ ≤ 1; γ = ${fmt(p.gamma)}` },
    { ok: gp > 0, text: `Theorem 3 needs γ' = 1 − γ + p0/2 > 0; γ' = ${fmt(gp)}` },
    { ok: p.eta * p.c * gp < 1, text: `Theorem 3 needs ηcγ' < 1; ηcγ' = ${fmt(p.eta * p.c * gp)}` },
    {
      ok: p.eta <= printed,
      text: `Theorem 3 as printed needs η ≤ 1/(2L(M_G/(Km) + 1/K)) = ${fmt(printed)}; η = ${fmt(p.eta)}`,
    },
    // At K = 1 the printed condition is Lemma 2's form: the typo shows, and is checked, only for K > 1.
    ...(p.K === 1
      ? []
      : [
          {
            ok: p.eta <= likely,
            text: `the printed condition equals K/(2L(M_G/m + 1)) and grows with K — apparently a typo; Lemma 2's form 1/(2L(M_G/(Km) + 1)) = ${fmt(likely)} ${p.eta <= likely ? 'holds too' : 'fails'}`,
          },
        ]),
  ];
}
