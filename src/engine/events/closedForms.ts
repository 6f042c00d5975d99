// Closed forms of [SS] Sec. 4 for the expected total time E[T] of J updates (comm = 0, all speeds 1),
// to draw next to the simulator's curves. Each returns null where it does not apply, and a short
// formula string for the chart read-out. Lemmas 3 and 5 need E[X_{K:P}] (quadrature for most
// families) and the ageing class (a numerical check): milliseconds each, too slow for the page's
// main thread at every K, so a worker computes them once per distribution and P
// (`closedFormInputsAsync`) and Lemmas 3 and 5 take them as `inputs`.

import { type Checkpointer, drainAsync } from '../control';
import { type Distribution, type DistSpec, exponentialRate, makeDistribution } from '../distributions';
import { type AgingClass, agingClass } from '../distributions/aging';
import { ln } from '../math';
import { expectedOrderStatistic, orderStatisticFormula } from '../orderStatistics';
import { harmonicDifference } from '../special';

export interface ClosedForm {
  /** E[T] (or the bound / ratio); Infinity when infinite. */
  value: number;
  formula: string;
}

export interface KasyncBound extends ClosedForm {
  /** 'equal' for exponential X (Lemma 5 holds with equality), 'upper' for other new-longer-than-used X. */
  kind: 'equal' | 'upper';
}

function asDist(d: Distribution | DistSpec): Distribution {
  return 'spec' in d ? d : makeDistribution(d);
}

/** The costly parts of Lemmas 3 and 5 for one distribution and P (plain data: a cell's result). */
export interface ClosedFormInputs {
  P: number;
  /** E[X_{K:P}] for K = 1..P (index K − 1); null where it is infinite. */
  orderStats: (number | null)[];
  aging: AgingClass;
}

function* inputsGen(dist: Distribution | DistSpec, P: number): Generator<void, ClosedFormInputs> {
  const d = asDist(dist);
  const aging = agingClass(d);
  const orderStats: (number | null)[] = [];
  for (let K = 1; K <= P; K++) {
    yield;
    const e = expectedOrderStatistic(d, K, P);
    orderStats.push(e.finite ? e.value : null);
  }
  return { P, orderStats, aging };
}

/** E[X_{K:P}] for every K and the ageing class, awaiting ctl.checkpoint() before each K (one quadrature: a few ms at most). */
export function closedFormInputsAsync(
  dist: Distribution | DistSpec,
  P: number,
  ctl: Checkpointer,
): Promise<ClosedFormInputs> {
  return drainAsync(inputsGen(dist, P), ctl);
}

/** E[X_{K:P}] and its formula: from `inputs` when given (nothing computed), else computed here. */
function orderStatistic(
  d: Distribution,
  K: number,
  P: number,
  inputs: ClosedFormInputs | undefined,
): { value: number; formula: string } {
  if (!inputs) return expectedOrderStatistic(d, K, P);
  if (inputs.P !== P) throw new RangeError(`closed-form inputs are for P = ${inputs.P}, not ${P}`);
  return { value: inputs.orderStats[K - 1] ?? Number.POSITIVE_INFINITY, formula: orderStatisticFormula(d) };
}

function validK(P: number, K: number, J: number): boolean {
  return Number.isInteger(P) && P >= 1 && Number.isInteger(K) && K >= 1 && K <= P && J >= 0;
}

/** Lemma 3: K-sync E[T] = J·E[X_{K:P}] (1 ≤ K ≤ P). */
export function ksyncTime(
  dist: Distribution | DistSpec,
  P: number,
  K: number,
  J: number,
  inputs?: ClosedFormInputs,
): ClosedForm | null {
  if (!validK(P, K, J)) return null;
  const d = asDist(dist);
  const os = orderStatistic(d, K, P, inputs);
  return { value: J * os.value, formula: `J·E[X_{K:P}] (Lemma 3; ${os.formula})` };
}

/** Lemma 4 (renewal theory, large-J limit): K-batch-async E[T] = J·K·E[X]/P (any K ≥ 1). */
export function kbatchasyncTime(
  dist: Distribution | DistSpec,
  P: number,
  K: number,
  J: number,
): ClosedForm | null {
  if (!(Number.isInteger(P) && P >= 1 && Number.isInteger(K) && K >= 1 && J >= 0)) return null;
  const d = asDist(dist);
  return { value: (J * K * d.mean) / P, formula: 'J·K·E[X]/P (Lemma 4, large-J limit)' };
}

/**
 * K-batch-sync with exponential X (rate μ): each iteration is Erlang(K, Pμ), E[T] = J·K/(P·μ) and
 * Var T = J·K/(P·μ)² (J independent iterations). Null otherwise.
 */
export function kbatchsyncExpTime(
  dist: Distribution | DistSpec,
  P: number,
  K: number,
  J: number,
): (ClosedForm & { variance: number }) | null {
  if (!(Number.isInteger(P) && P >= 1 && Number.isInteger(K) && K >= 1 && J >= 0)) return null;
  const mu = exponentialRate(asDist(dist).spec);
  if (mu === null) return null;
  const rate = P * mu;
  return {
    value: (J * K) / rate,
    variance: (J * K) / (rate * rate),
    formula: 'J·K/(P·μ) (Erlang(K, Pμ) per update, exponential X)',
  };
}

/**
 * Lemma 5: K-async E[T] ≤ J·E[X_{K:P}] when X is new-longer-than-used (checked numerically by
 * agingClass), with equality for exponential X. Null for any other distribution (new-shorter-than-
 * used, or neither: Pareto, lognormal, two-point mixtures), where K-async can be slower than K-sync.
 */
export function kasyncBound(
  dist: Distribution | DistSpec,
  P: number,
  K: number,
  J: number,
  inputs?: ClosedFormInputs,
): KasyncBound | null {
  if (!validK(P, K, J)) return null;
  const d = asDist(dist);
  const aging = inputs ? inputs.aging : agingClass(d);
  if (aging !== 'nbu' && aging !== 'both') return null;
  const os = orderStatistic(d, K, P, inputs);
  const equal = exponentialRate(d.spec) !== null;
  return {
    value: J * os.value,
    kind: equal ? 'equal' : 'upper',
    formula: equal
      ? 'J·E[X_{K:P}] (Lemma 5, equality for exponential X)'
      : 'E[T] ≤ J·E[X_{K:P}] (Lemma 5, X new-longer-than-used)',
  };
}

/**
 * Theorem 2 (exponential X): E[T_K-async]/E[T_K-batch-async] = P·E[X_{K:P}]/(K·E[X])
 * = P·(H_P − H_{P−K})/K, ≈ P·ln(P/(P−K))/K (`approx`, infinite at K = P).
 */
export function theorem2Ratio(P: number, K: number): (ClosedForm & { approx: number }) | null {
  if (!validK(P, K, 0)) return null;
  const value = (P * harmonicDifference(P, P - K)) / K;
  const approx = K === P ? Number.POSITIVE_INFINITY : (P * ln(P / (P - K))) / K;
  return { value, approx, formula: 'P·(H_P − H_{P−K})/K ≈ P·ln(P/(P−K))/K (Theorem 2, exponential X)' };
}
