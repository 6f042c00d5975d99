import { type LogisticRun, type LogisticRunParams, logisticRun } from '../../engine/logistic';
import type { TuneParams } from '../../engine/quadratic';
import { type DecayRun, type DecayRunParams, decayRun } from '../../engine/quadratic';
import type { Rng } from '../../engine/random/xoshiro128';
import type { Scenario } from '../../scenario/views';
import { type CellControl, type CellSpec, cellId } from '../cells';
import { batchSizes } from '../minibatch/tuneParams';

type S = Scenario<'estimator'>;

const noiseOf = (s: S) => (s.noise === 'coord' ? ('coord' as const) : ('literal' as const));
const targetOf = (s: S) => s.target as TuneParams['target'];

/** The quadratic step-decay run's parameters. */
export function decayParams(s: S): DecayRunParams {
  return {
    family: s.matrix === 'diag' ? 'diag' : 'tridiag',
    d: s.d,
    lambda: s.lambda,
    ...(s.matrix === 'diag' ? { kappa: s.kappa } : {}),
    M: s.M,
    sigma2: s.sigma2,
    noise: noiseOf(s),
    target: targetOf(s),
    tol: s.tol,
    mb: s.mb,
    gamma: s.gamma,
    decays: s.decays,
    factor: s.factor,
    steps: s.steps,
    epoch: s.epoch,
    mom: s.mom,
    points: 200,
  };
}

/** The logistic run's parameters (its length in steps is epochs·⌈n/m⌉). */
export function logisticParams(s: S): LogisticRunParams {
  return {
    n: s.n,
    dim: s.dim,
    sep: s.sep,
    flip: s.flip,
    lambda: s.ridge,
    mb: s.mb,
    tol: s.ltol,
    gamma: s.lgamma,
    decays: s.decays,
    factor: s.factor,
    steps: s.epochs * Math.ceil(s.n / s.mb),
    points: 100,
    window: 50,
  };
}

/** The engine's parameters for tuning the step at batch b (same problem, noise, target and grid). */
export function tuneParamsAt(s: S, b: number): TuneParams {
  return {
    family: s.matrix === 'diag' ? 'diag' : 'tridiag',
    d: s.d,
    lambda: s.lambda,
    ...(s.matrix === 'diag' ? { kappa: s.kappa } : {}),
    M: s.M,
    sigma2: s.sigma2,
    noise: noiseOf(s),
    target: targetOf(s),
    tol: s.tol,
    b,
    mom: s.mom,
    seeds: s.seeds,
    kmin: Math.min(s.kmin, s.kmax),
    kmax: Math.max(s.kmin, s.kmax),
    c: 1.1,
    search: s.search === 'walk' ? 'walk' : 'exhaustive',
    cap: s.cap,
  };
}

export { batchSizes };

function flat(p: object): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v as string | number;
  return out;
}

export function decayCell(s: S): CellSpec {
  const p = decayParams(s);
  return { id: cellId('estq', flat(p)), kind: 'estq', params: { ...p }, cost: 1 + (p.steps * p.d) / 20000 };
}

export function logisticCell(s: S): CellSpec {
  const p = logisticParams(s);
  return {
    id: cellId('estlog', flat(p)),
    kind: 'estlog',
    params: { ...p },
    cost: 1 + (p.steps * p.mb * p.dim + 150 * p.n * p.dim) / 20000,
  };
}

export async function runDecay(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
  cell: { seed: number; id: string },
): Promise<DecayRun> {
  return decayRun(params as unknown as DecayRunParams, cell.seed, cell.id, ctl);
}

export async function runLogistic(
  params: Record<string, unknown>,
  _rng: Rng,
  ctl: CellControl,
  cell: { seed: number; id: string },
): Promise<LogisticRun> {
  return logisticRun(params as unknown as LogisticRunParams, cell.seed, cell.id, ctl);
}
