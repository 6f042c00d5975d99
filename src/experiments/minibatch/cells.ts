import {
  type Trajectory,
  type TuneParams,
  type TuneResult,
  trajectory,
  tuneStepSize,
} from '../../engine/quadratic';
import { defineCell } from '../defineCell';
import { type IdPart, identity } from '../identity';
import { noiseTargetParts, problemParts, searchParts } from '../quadratic/identityParts';

/** The identity of a tuning cell: every parameter its result depends on, in a fixed order. */
function tuneIdentity(kind: string, p: TuneParams, extra: IdPart[] = []): string {
  return identity(kind, [
    ['M', p.M],
    ['b', p.b],
    ...problemParts(p),
    ...noiseTargetParts(p),
    ['mom', p.mom],
    ...searchParts(p),
    // Held-out tuning (the async view's option) is a different result; `all` keeps the old identity.
    ['tuneon', p.tuneOn === 'first' ? 'first' : undefined],
    ...extra,
  ]);
}

/**
 * A tuning cell's work: its steps, which grow as (M + b)/b ([CP]: a batch of b gradients is one
 * draw, so a step costs the same at any b). Measured: about 0.02 ms a unit per seed at every (M, b) of the
 * presets (scripts/cellCosts.ts); the progress bar and the time left scale it by measured rates.
 */
export function tuneWork(p: { M: number; b: number; seeds: number }): number {
  return p.seeds * (1 + (20 * (p.M + p.b)) / p.b);
}

/** Step-size tuning at one (M, b): independent of every other cell. */
export const tuneDef = defineCell('tune', {
  identity: (p: TuneParams) => tuneIdentity('tune', p),
  cost: (p) => tuneWork(p),
  run: (p, _rng, ctl, cell): Promise<TuneResult> => tuneStepSize(p, cell.seed, tuneIdentity('tune', p), ctl),
});

export const tuneCell = tuneDef.cell;

export interface Trajectories {
  tuned: TuneResult;
  /** At the tuned step (null when no grid step reached the target). */
  atTuned: Trajectory | null;
  atGamma: Trajectory;
}

/**
 * The "one run" chart: tuning at (runM, runb) again (the same identity-seeded streams, so the same
 * numbers as the tuning cell would give) and then one trajectory at the tuned step and one at the
 * user's γ.
 */
export const trajectoriesDef = defineCell('trajectories', {
  identity: (p: TuneParams & { gamma: number }) => {
    const { gamma, ...tune } = p;
    return tuneIdentity('trajectories', tune, [['gamma', gamma]]);
  },
  // The tuning again, then two trajectories of at most as many steps.
  cost: (p) => 2 * tuneWork(p),
  async run({ gamma, ...p }, _rng, ctl, cell): Promise<Trajectories> {
    const id = tuneIdentity('tune', p);
    const tuned = await tuneStepSize(p, cell.seed, id, ctl);
    const run = (g: number, tag: IdPart) =>
      trajectory({ ...p, gamma: g, points: 200 }, cell.seed, identity(id, ['trajectory', tag]), ctl);
    const atTuned = tuned.bestGamma === null ? null : await run(tuned.bestGamma, 'tuned');
    return { tuned, atTuned, atGamma: await run(gamma, ['gamma', gamma]) };
  },
});

export const trajectoriesCell = (p: TuneParams, gamma: number) => trajectoriesDef.cell({ ...p, gamma });
