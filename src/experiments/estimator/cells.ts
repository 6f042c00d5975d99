import { type LogisticRun, type LogisticRunParams, logisticRun } from '../../engine/logistic';
import type { TuneParams } from '../../engine/quadratic';
import { type DecayRun, type DecayRunParams, decayRun } from '../../engine/quadratic';
import type { Rng } from '../../engine/random/xoshiro128';
import type { Scenario } from '../../scenario/views';
import type { CellControl, CellSpec } from '../cells';
import { identity } from '../identity';
import { batchSizes, noiseOf, problemOf, targetOf, tuneParams } from '../quadratic/fromScenario';

type S = Scenario<'estimator'>;

/** The quadratic step-decay run's parameters. */
export function decayParams(s: S): DecayRunParams {
  return {
    ...problemOf(s),
    ...noiseOf(s, s.M),
    ...targetOf(s),
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
export const tuneParamsAt = (s: S, b: number): TuneParams => tuneParams(s, s.M, b);

export { batchSizes };

function decayIdentity(p: DecayRunParams): string {
  return identity('estq', [
    ['family', p.family],
    ['d', p.d],
    ['lambda', p.lambda],
    ['kappa', p.kappa],
    ['M', p.M],
    ['sigma2', p.sigma2],
    ['noise', p.noise],
    ['target', p.target],
    ['tol', p.tol],
    ['mb', p.mb],
    ['gamma', p.gamma],
    ['decays', p.decays],
    ['factor', p.factor],
    ['steps', p.steps],
    ['epoch', p.epoch],
    ['mom', p.mom],
    ['points', p.points],
  ]);
}

function logisticIdentity(p: LogisticRunParams): string {
  return identity('estlog', [
    ['n', p.n],
    ['dim', p.dim],
    ['sep', p.sep],
    ['flip', p.flip],
    ['lambda', p.lambda],
    ['mb', p.mb],
    ['tol', p.tol],
    ['gamma', p.gamma],
    ['decays', p.decays],
    ['factor', p.factor],
    ['steps', p.steps],
    ['points', p.points],
    ['window', p.window],
  ]);
}

export function decayCell(s: S): CellSpec {
  const p = decayParams(s);
  return { id: decayIdentity(p), kind: 'estq', params: { ...p }, cost: 1 + (p.steps * p.d) / 20000 };
}

export function logisticCell(s: S): CellSpec {
  const p = logisticParams(s);
  return {
    id: logisticIdentity(p),
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
