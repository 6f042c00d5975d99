import { type LogisticRun, type LogisticRunParams, logisticRun } from '../../engine/logistic';
import type { TuneParams } from '../../engine/quadratic';
import { type DecayRun, type DecayRunParams, decayRun } from '../../engine/quadratic';
import type { Scenario } from '../../scenario/views';
import { defineCell } from '../defineCell';
import { identity } from '../identity';
import { batchSizes, noiseOf, problemOf, targetOf, tuneParams } from '../quadratic/fromScenario';
import { problemParts } from '../quadratic/identityParts';

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
    ...problemParts(p),
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

export const decayDef = defineCell('estq', {
  identity: decayIdentity,
  cost: (p: DecayRunParams) => 1 + (p.steps * p.d) / 20000,
  run: (p, _rng, ctl, cell): Promise<DecayRun> => decayRun(p, cell.seed, cell.id, ctl),
});

export const logisticDef = defineCell('estlog', {
  identity: logisticIdentity,
  cost: (p: LogisticRunParams) => 1 + (p.steps * p.mb * p.dim + 150 * p.n * p.dim) / 20000,
  run: (p, _rng, ctl, cell): Promise<LogisticRun> => logisticRun(p, cell.seed, cell.id, ctl),
});

export const decayCell = (s: S) => decayDef.cell(decayParams(s));
export const logisticCell = (s: S) => logisticDef.cell(logisticParams(s));
