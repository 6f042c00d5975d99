// Step-size tuning for the Sec. 6 sparse constructions, per (Δ, τ): the quadratic engine's grid
// search (src/engine/quadratic/tune.ts, whose header gives the rules) driving a BlockRun (Sec. 6.1,
// B = 1/Δ blocks) or a MaskRun (Sec. 6.2, mask factor α = 1/Δ). The grid is the base problem's,
// γ_k = c/(1+M)·2^(−k) with M its base noise (0 in the view: all the noise is the sparsity's); the
// search starts at [CP]'s prediction γ ≈ 2/(L(M_Δ + τ)) with M_Δ the construction's exact relative
// noise (blockRelativeNoise / maskRelativeNoise), as delayed SGD's start uses M' + b·τ.

import { asyncRunner, syncRunner } from '../control';
import { makeDelayedProblem } from '../delayed/run';
import { predictedK } from '../quadratic/grid';
import type { NoiseParams } from '../quadratic/noise';
import type { ProblemParams } from '../quadratic/problem';
import type { TargetParams } from '../quadratic/target';
import { type GridSearchParams, gridSearch, type TuneResult } from '../quadratic/tune';
import { BlockRun, blockRelativeNoise, makeBlockProblem } from './blockRun';
import { MaskRun, maskRelativeNoise } from './maskRun';

export interface SparseTuneParams extends ProblemParams, NoiseParams, TargetParams, GridSearchParams {
  /** `block`: B = 1/Δ blocks (Sec. 6.1); `mask`: random masks with α = 1/Δ (Sec. 6.2). */
  kind: 'block' | 'mask';
  /** 1/Δ: the number of blocks B, or the mask factor α. */
  inverseDelta: number;
  tau: number;
  delay: 'const' | 'uniform';
}

/** The construction's exact relative noise M_Δ (β = 0). */
export function sparseRelativeNoise(p: SparseTuneParams): number {
  return p.kind === 'block'
    ? blockRelativeNoise({ ...p, B: p.inverseDelta })
    : maskRelativeNoise({ ...p, alpha: p.inverseDelta });
}

function* tuneGen(p: SparseTuneParams, seed: number, identity: string): Generator<void, TuneResult> {
  const Mdelta = sparseRelativeNoise(p);
  // predictedK's target is 2/(L(M_eff + b)) on the grid of noise.M: pass M = the grid's M with no
  // effective noise of its own (coord, σ² = 0 and the grid M shifted into b would double count),
  // so b = M_Δ + τ carries the whole prediction.
  const start = (L: number, d: number) =>
    predictedK({ M: p.M, sigma2: 0, noise: 'coord' }, d, L, Mdelta + p.tau - p.M, p.c, p.kmin, p.kmax);
  if (p.kind === 'block') {
    const problem = makeBlockProblem({ ...p, B: p.inverseDelta });
    const k0 = start(problem.base.L, problem.base.d);
    return yield* gridSearch<SparseTuneParams>(p, new BlockRun(problem), k0, seed, identity);
  }
  const run = new MaskRun(makeDelayedProblem(p));
  const k0 = start(run.problem.q.L, run.problem.q.d);
  return yield* gridSearch<SparseTuneParams & { alpha: number }>(
    { ...p, alpha: p.inverseDelta },
    run,
    k0,
    seed,
    identity,
  );
}

/** Synchronous core (tests, CLI). */
export const tuneSparseSync = syncRunner(tuneGen);
/** For a worker cell: (p, seed, identity, ctl), calling `ctl.checkpoint()` every CHUNK_STEPS steps. */
export const tuneSparse = asyncRunner(tuneGen);
