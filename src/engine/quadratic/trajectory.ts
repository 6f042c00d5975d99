// One run's path for the "one run" chart: the target's measure (‖x‖/d, ‖x‖/√d or f − f⋆, see
// target.ts) and ‖∇f‖² against steps, at about `points` log-spaced steps, for any step size (on
// the tuning grid or not).

import { type Checkpointer, drainAsync, drainSync } from '../control';
import { exp, ln } from '../math';
import { xoshiroFor } from '../random/seed';
import { CHUNK_STEPS } from './chunk';
import { makeQuadratic, type ProblemParams } from './problem';
import { type SgdParams, SgdRun } from './sgd';
import { targetMeasure } from './target';

export interface TrajectoryParams extends ProblemParams, SgdParams {
  /** Iteration cap. */
  cap: number;
  /** About how many recorded points (default 200). */
  points?: number;
}

/** Plain JSON. */
export interface Trajectory {
  /** Recorded step counts, ascending, starting at 0 (x0) and ending at the last step run. */
  steps: number[];
  /** The target's measure at those steps (compare with `tol`). */
  measure: number[];
  /** ‖∇f‖² at those steps (for the estimator view's b̂). */
  grad2: number[];
  /** `reached`, `capped`, or `diverged` (records stop at the last mark before the blow-up). */
  status: 'reached' | 'capped' | 'diverged';
  /** Steps to the target when reached, else null. */
  stepsToTarget: number | null;
  /** The step at which the run ended: reached, diverged (blow-up detected) or the cap. */
  endStep: number;
}

/**
 * Recording steps: 0, then t_j = ⌈cap^(j/points)⌉ (deduplicated), so a run to the cap gets ≈ `points`
 * log-spaced records; a run that ends early gets those below its end, plus its last step.
 */
function recordSteps(cap: number, points: number): number[] {
  const out = [0];
  const logCap = ln(cap);
  for (let j = 1; j <= points; j++) {
    const t = Math.min(cap, Math.ceil(exp((logCap * j) / points) - 1e-9));
    if (t > out[out.length - 1]) out.push(t);
  }
  return out;
}

function* trajectoryGen(p: TrajectoryParams, seed: number, identity: string): Generator<void, Trajectory> {
  if (!Number.isInteger(p.cap) || p.cap < 1) throw new RangeError(`cap must be an integer ≥ 1, got ${p.cap}`);
  const q = makeQuadratic(p);
  const run = new SgdRun(q);
  run.reset(p, xoshiroFor(seed, identity));
  const marks = recordSteps(p.cap, p.points ?? 200);
  const steps: number[] = [];
  const measure: number[] = [];
  const grad2: number[] = [];
  const record = () => {
    steps.push(run.steps);
    measure.push(targetMeasure(p.target, q.d, run.norm2, run.twoF));
    grad2.push(run.grad2);
  };
  let lastYield = 0;
  for (const mark of marks) {
    while (run.state === 'running' && run.steps < mark) {
      run.advance(Math.min(mark, lastYield + CHUNK_STEPS));
      if (run.steps - lastYield >= CHUNK_STEPS) {
        lastYield = run.steps;
        yield;
      }
    }
    // Every recorded point is finite: a diverged run is not recorded past its last mark.
    if (run.state === 'diverged') break;
    record();
    if (run.state !== 'running') break;
  }
  const status = run.state === 'running' ? 'capped' : run.state;
  return {
    steps,
    measure,
    grad2,
    status,
    stepsToTarget: status === 'reached' ? run.steps : null,
    endStep: run.steps,
  };
}

/** Synchronous (tests, CLI). The stream is `xoshiroFor(seed, identity)`. */
export function trajectorySync(p: TrajectoryParams, seed: number, identity: string): Trajectory {
  return drainSync(trajectoryGen(p, seed, identity));
}

/** For a worker cell: checkpoints every CHUNK_STEPS steps. */
export function trajectory(
  p: TrajectoryParams,
  seed: number,
  identity: string,
  ctl: Checkpointer,
): Promise<Trajectory> {
  return drainAsync(trajectoryGen(p, seed, identity), ctl);
}
