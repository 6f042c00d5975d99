// What one parametric distribution family declares (its file, e.g. weibull.ts, exports it; registry.ts
// lists them all). Everything else is derived from these entries: the spec type `DistSpec`
// (spec.ts), `makeDistribution`, the link syntax (scenario/distributionSyntax parses, formats and
// describes from `params` and `describe`), the distribution editor, the closed-form dispatch of
// E[X_{K:P}] and every "is this exponential?" question. A family is written `name(p1,…,pn)` in a
// link, its numbers in the order of `params`: that text is part of cell identities (it seeds random
// streams), so an existing family's name and parameter order never change.

import type { AgingClass } from './aging';
import type { Distribution } from './types';

/**
 * One numeric parameter: its name in the syntax and the range a link may give it. Finite ranges keep
 * every mean, variance and draw a finite double, and every mean positive, so time ratios are defined.
 */
export interface ParamRange<Name extends string = string> {
  name: Name;
  min: number;
  max: number;
  /** Words for the lower limit, e.g. "> 0 (at least 1e-6)"; default "at least <min>". */
  minWords?: string;
}

/** The spec of a parametric family: its name and one number per parameter. */
export type ParamSpec<N extends string, P extends string> = { family: N } & { [K in P]: number };

/** A parametric family. `P` is the union of its parameter names. */
export interface Family<N extends string = string, P extends string = string> {
  name: N;
  /** The parameters in link order, with the ranges a link may give them (clamped with a notice). */
  params: readonly ParamRange<P>[];
  /** Constraints across parameters (after each is clamped): the values to use, or null with a notice. */
  refine?(
    v: { [K in P]: number },
    formatNumber: (x: number) => string,
    notices: string[],
  ): { [K in P]: number } | null;
  /** The engine's distribution object (throws a RangeError on invalid parameters). */
  make(spec: ParamSpec<N, P>): Distribution;
  /** The shape in words, from the parameters as the link writes them, e.g. "Weibull with shape k 2 and scale λ 1". */
  describe(p: { [K in P]: string }): string;
  /** The parameterisation in a few words for the explanations, e.g. "weibull(k,λ) with shape k and scale λ". */
  parameterisation: string;
  /** Editor presets: a link text and its label. */
  presets?: readonly { text: string; label: string }[];
  /** The ageing class where known in closed form ([SS] Definition 3); otherwise the numerical check decides. */
  ageing?(p: { [K in P]: number }): AgingClass;
  /** μ when X is exponential with rate μ for these parameters, else null (Theorem 2, Corollary 1, Lemma 5 equality). */
  exponentialRate?(p: { [K in P]: number }): number | null;
  /** E[X_{K:P}] in closed form ([SS] Sec. 4); families without one get quadrature. */
  orderStatistic?: {
    /** The formula in words, for the read-out. */
    formula: string;
    /** E[X_{K:P}] for 1 ≤ K ≤ P; Infinity when infinite. */
    value(p: { [K in P]: number }, K: number, P: number): number;
  };
}

/** Declares a family; the identity function, there to infer `N` and `P` from the literal. */
export function defineFamily<const N extends string, const P extends string>(f: Family<N, P>): Family<N, P> {
  return f;
}
