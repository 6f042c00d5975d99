// Aging classes of a compute-time distribution, for [SS] Lemma 5 and Definition 3.
//
// With S(x) = P(X > x): X is new-longer-than-used (in reliability: new-better-than-used, NBU) when
// P(X > u + t | X > t) ≤ P(X > u), i.e. S(t + u) ≤ S(t)·S(u), for all t, u ≥ 0 — a learner that has
// already run for t has no more remaining time than a fresh one. New-shorter-than-used (NWU) is the
// reverse inequality. The exponential is both (equality: memoryless). Many distributions are
// neither: Pareto with scale x_m > 0 (NBU-like for t < x_m, NWU-like in the tail), the lognormal
// (hazard rises then falls), two-point mixtures.
//
// Numerical check (not a proof). Grid G (`agingGrid`): the lower end of the support F⁻¹(0), the
// quantiles F⁻¹(q) at the levels LEVELS (1e-4 … 0.999) and F⁻¹(1 − v) at the upper-tail levels
// UPPER (1e-4 … 1e-15: heavy and subexponential tails show their new-shorter-than-used side only far
// out, e.g. the lognormal with a small σ), each of those also multiplied by 1/4, 1/2 and 3/4 (to
// probe below the support's lower end, where S = 1: the new-longer-than-used region of the shifted
// exponential and of Pareto, t < x_m), and 0. For every pair (t, u) in G × G with
// S(t)·S(u) ≥ 1e-280, it compares S(t + u) with S(t)·S(u): a violation of NBU is
// S(t + u) > S(t)·S(u)·(1 + 1e-9), of NWU is S(t + u) < S(t)·S(u)·(1 − 1e-9). 'both' if neither is
// violated anywhere, 'nbu' / 'nwu' if only the other one is, 'neither' otherwise. The relative
// tolerance 1e-9 absorbs the rounding of exp(−μ(t + u)) against exp(−μt)·exp(−μu) while catching
// real violations (the Weibull with shape 1.001 comes out NBU, not both). A measured-quantiles
// distribution gets whatever its interpolated survival function says.
//
// A family that knows its class in closed form declares it (`ageing` of its registry entry, e.g.
// Weibull by the sign of k − 1); `agingClass` returns that, and a unit test checks each declaration
// against this numerical check.

import { familyOf } from './registry';
import type { Distribution } from './types';

export type AgingClass = 'nbu' | 'nwu' | 'both' | 'neither';

/** User-facing names ([SS] Definition 3's wording). */
export const AGING_LABEL: Record<AgingClass, string> = {
  nbu: 'new-longer-than-used',
  nwu: 'new-shorter-than-used',
  both: 'new-longer-than-used and new-shorter-than-used (memoryless)',
  neither: 'neither new-longer- nor new-shorter-than-used',
};

const LEVELS = [
  1e-4, 1e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999,
];
const UPPER = [1e-4, 1e-5, 1e-6, 1e-8, 1e-10, 1e-12, 1e-15];
const SCALES = [1, 0.25, 0.5, 0.75];
const RTOL = 1e-9;
const TINY = 1e-280;

/** The grid of agingClass (sorted, distinct, finite, ≥ 0). */
export function agingGrid(dist: Distribution): number[] {
  const base = [
    dist.quantile(0),
    ...LEVELS.map((q) => dist.quantile(q)),
    ...UPPER.map((v) => dist.quantileUpper(v)),
  ];
  const pts = new Set<number>([0]);
  for (const x of base) for (const s of SCALES) if (Number.isFinite(x) && x >= 0) pts.add(x * s);
  return [...pts].sort((a, b) => a - b);
}

/** Whether the distribution is new-longer-than-used ('nbu'), new-shorter ('nwu'), both or neither: its family's word, else on a grid. */
export function agingClass(dist: Distribution): AgingClass {
  const f = familyOf(dist.spec);
  return f?.family.ageing?.(f.params) ?? agingClassNumerical(dist);
}

/** The numerical check of the header, whatever the family declares. */
export function agingClassNumerical(dist: Distribution): AgingClass {
  const g = agingGrid(dist);
  const S = g.map((x) => dist.survival(x));
  let nbu = true;
  let nwu = true;
  for (let i = 0; i < g.length; i++) {
    for (let j = i; j < g.length; j++) {
      const prod = S[i] * S[j];
      if (prod < TINY) continue;
      const s = dist.survival(g[i] + g[j]);
      if (s > prod * (1 + RTOL)) nbu = false;
      if (s < prod * (1 - RTOL)) nwu = false;
      if (!nbu && !nwu) return 'neither';
    }
  }
  return nbu ? (nwu ? 'both' : 'nbu') : nwu ? 'nwu' : 'neither';
}
