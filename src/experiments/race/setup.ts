// The race scenario as engine inputs: the problem, the contestants, the time grid.

import type { DistSpec } from '../../engine/distributions';
import type { Variant } from '../../engine/events';
import { pow } from '../../engine/math';
import type { LrRule, RaceParams, RaceProblem } from '../../engine/race/types';
import { parseDist } from '../../scenario/distributionSyntax';
import type { Scenario } from '../../scenario/views';

export type S = Scenario<'race'>;

/**
 * The simulated problem: the synthetic logistic regression, the [CP] quadratic (d = 20, λ = 0.2,
 * literal noise), or softmax regression on the shipped digits (the link's ridge λ; the seed fixes the
 * held-out split).
 */
export function problemOf(s: S): RaceProblem {
  if (s.problem === 'digits') return { kind: 'digits', ridge: s.ridge, splitSeed: s.seed };
  if (s.problem === 'quadratic')
    return {
      kind: 'quadratic',
      family: 'tridiag',
      d: 20,
      lambda: 0.2,
      M: s.M,
      sigma2: s.sigma2,
      noise: 'literal',
    };
  return { kind: 'logistic', n: s.n, dim: s.dim, sep: s.sep, flip: s.flip, ridge: s.ridge, dataSeed: s.seed };
}

let lastDist: { text: string; spec: DistSpec } | null = null;

/**
 * The compute-time distribution's spec (treat as read-only). Remembered for the last text: the
 * plan and the charts ask for it once per run and per map cell, hundreds of times per call on the
 * main thread, and parsing a measured distribution takes ≈ 0.2 ms.
 */
export function distSpec(s: S): DistSpec {
  const text = s.dist[0];
  if (lastDist?.text === text) return lastDist.spec;
  const d = parseDist(text).value;
  if (!d) throw new Error(`invalid distribution ${text}`);
  lastDist = { text, spec: d };
  return d;
}

/** Fig. 8's three contestants: fully synchronous, Async, and K-batch-async with the chosen K. */
export interface Contestant {
  id: string;
  label: string;
  variant: Variant;
  K: number;
  colorIndex: number;
}

export function contestants(s: S): Contestant[] {
  return [
    { id: 'sync', label: `sync (K-sync, K = P = ${s.P})`, variant: 'ksync', K: s.P, colorIndex: 0 },
    { id: 'async', label: 'Async (K-async, K = 1)', variant: 'kasync', K: 1, colorIndex: 1 },
    {
      id: 'kbatchasync',
      label: `K-batch-async, K = ${s.K}`,
      variant: 'kbatchasync',
      K: s.K,
      colorIndex: 2,
    },
  ];
}

/** Checkpoints per run: log-spaced in time, enough for smooth curves on a log time axis. */
export const CHECKPOINTS = 120;
/**
 * On the digits a checkpoint scores every training and held-out image (≈ 1,800 forward passes, about
 * a hundred times a run's own gradients), so fewer: the Fig. 8 run must fit the page's budget.
 */
export const DIGITS_CHECKPOINTS = 40;

export function runParams(s: S, c: { variant: Variant; K: number }, lr: LrRule, eta: number): RaceParams {
  return {
    variant: c.variant,
    P: s.P,
    K: c.K,
    dist: distSpec(s),
    problem: problemOf(s),
    mb: s.mb,
    eta,
    lr,
    ...(lr === 'eq13' ? { C: s.comp } : {}),
    maxTime: s.tmax,
    maxUpdates: 5_000_000,
    checkpoints: s.problem === 'digits' ? DIGITS_CHECKPOINTS : CHECKPOINTS,
  };
}

/** The step a rule is given: η_max for Eq. 13, η otherwise. */
export function stepOf(s: S, lr: LrRule): number {
  return lr === 'eq13' ? s.etamax : s.eta;
}

/** A common time grid for means over seeds (runs checkpoint at their own times). */
export function timeGrid(s: S): number[] {
  const lo = s.tmax / 1000;
  const out: number[] = [];
  for (let i = 0; i <= 80; i++) out.push(lo * pow(s.tmax / lo, i / 80));
  return out;
}
