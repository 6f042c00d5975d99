// The distribution families, one entry each (family.ts says what an entry declares). A new family is
// one file exporting its entry plus one line here; its tests are separate. The order is the order
// of every list shown to a user (the syntax help, the "unknown family" notice, the editor presets).
// Besides these, two compound forms have their own syntax: `mix(p,dist,dist)` and
// `quantiles(q1,…,qn)` (spec.ts; parsed in scenario/distributionSyntax.ts).

import { detFamily } from './deterministic';
import { expFamily, shexpFamily } from './exponential';
import type { Family, ParamSpec } from './family';
import { gammaFamily } from './gamma';
import { lognormalFamily } from './lognormal';
import { paretoFamily } from './pareto';
import type { DistSpec } from './spec';
import type { Distribution } from './types';
import { uniformFamily } from './uniform';
import { weibullFamily } from './weibull';

export const PARAMETRIC_FAMILIES = [
  expFamily,
  shexpFamily,
  paretoFamily,
  uniformFamily,
  lognormalFamily,
  weibullFamily,
  detFamily,
  gammaFamily,
] as const;

type Entry = (typeof PARAMETRIC_FAMILIES)[number];

/** The spec of any parametric family, derived from the entries: `{ family: 'weibull'; shape; scale }`, … */
export type ParametricSpec = Entry extends infer F
  ? F extends Family<infer N, infer P>
    ? ParamSpec<N, P>
    : never
  : never;

export type ParametricFamily = ParametricSpec['family'];

/** The compound forms, with their syntax and editor presets (their parsers are in scenario/distributionSyntax.ts). */
export const COMPOUND_FORMS = [
  {
    name: 'mix',
    signature: 'mix(p,dist,dist)',
    parameterisation: 'mix(p,X,Y) draws X with probability p, else Y',
    presets: [{ text: 'mix(0.95,det(1),det(10))', label: '5 % of tasks 10× slower' }],
  },
  {
    name: 'quantiles',
    signature: 'quantiles(q1,…,qn)',
    parameterisation: 'quantiles(…) of measured times',
    presets: [],
  },
] as const;

const BY_NAME = new Map<string, Family>(PARAMETRIC_FAMILIES.map((f) => [f.name, f as Family]));

/** The entry of a parametric family named in a link, or undefined (never another family's). */
export function familyNamed(name: string): Family | undefined {
  return BY_NAME.get(name);
}

/**
 * The entry of a spec and its parameters by name, or null for the compound forms. A parametric spec
 * always has its entry (ParametricSpec is derived from PARAMETRIC_FAMILIES); the record view of
 * its numbers is the one untyped step, taken here for every family.
 */
export function familyOf(spec: DistSpec): { family: Family; params: Record<string, number> } | null {
  if (spec.family === 'mix' || spec.family === 'quantiles') return null;
  const family = BY_NAME.get(spec.family);
  if (!family) throw new RangeError(`no distribution family ${spec.family}`);
  return { family, params: spec as unknown as Record<string, number> };
}

/** The distribution object of a parametric spec. */
export function makeParametric(spec: ParametricSpec): Distribution {
  const f = familyOf(spec);
  if (!f) throw new RangeError(`${spec.family} is not a parametric family`);
  return f.family.make(spec as never);
}

/**
 * The rate μ when X is exponential (exp, shexp with shift 0, weibull with shape 1, …: each family
 * says when), else null. The one answer to "is this exponential?" ([SS] Theorem 2, Corollary 1,
 * Lemma 5's equality, K-batch-sync's Erlang law).
 */
export function exponentialRate(spec: DistSpec): number | null {
  const f = familyOf(spec);
  return f?.family.exponentialRate?.(f.params) ?? null;
}

/** Whether E[X_{K:P}] has a closed form ([SS] Sec. 4) for this spec, else it needs quadrature. */
export function hasClosedFormOrderStatistic(spec: DistSpec): boolean {
  return familyOf(spec)?.family.orderStatistic !== undefined;
}

/** Every family's name in registry order, the compound forms last. */
export const FAMILY_NAMES: readonly string[] = [
  ...PARAMETRIC_FAMILIES.map((f) => f.name),
  ...COMPOUND_FORMS.map((f) => f.name),
];

/** `name(p1,…,pn)` for every family, the compound forms last, e.g. "exp(rate), shexp(shift,rate), …". */
export const FAMILY_SIGNATURES: readonly string[] = [
  ...PARAMETRIC_FAMILIES.map((f) => `${f.name}(${f.params.map((p) => p.name).join(',')})`),
  ...COMPOUND_FORMS.map((f) => f.signature),
];
