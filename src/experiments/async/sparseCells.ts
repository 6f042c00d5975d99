// Cells of the async view's Sec. 6 charts: tuning on the sparse constructions, and measuring
// their Δ and M.

import { gaussian } from '../../engine/quadratic/gaussian';
import type { TuneResult } from '../../engine/quadratic/tune';
import { xoshiroFor } from '../../engine/random/seed';
import { measureSparsity, type SparsityMeasure } from '../../engine/sparse';
import { type SparseTuneParams, tuneSparse } from '../../engine/sparse/tune';
import type { CellControl } from '../cells';
import { type CellContext, defineCell } from '../defineCell';
import { identity } from '../identity';
import { noiseTargetParts, problemParts, searchParts } from '../quadratic/identityParts';

export function sparseIdentity(p: SparseTuneParams): string {
  return identity('sparse', [
    ['kind', p.kind],
    ['inv', p.inverseDelta],
    ['tau', p.tau],
    ['delay', p.delay],
    ['M', p.M],
    ...problemParts(p),
    ...noiseTargetParts(p),
    ...searchParts(p),
    ['tuneon', p.tuneOn],
  ]);
}

export const sparseDef = defineCell('sparsetune', {
  identity: sparseIdentity,
  cost: (p: SparseTuneParams) => (1 + p.inverseDelta) * Math.max(1, p.tau / p.inverseDelta),
  run: (p, _rng, ctl, cell): Promise<TuneResult> => tuneSparse(p, cell.seed, sparseIdentity(p), ctl),
});

export const sparseCell = sparseDef.cell;

/** What the measurement cell measures: both constructions at each 1/Δ, for each base noise. */
export interface MeasureParams {
  family: 'tridiag' | 'diag';
  d: number;
  lambda: number;
  kappa?: number;
  inverseDeltas: number[];
  /** Base noise levels M₀ (coord convention: E‖u‖² = M₀‖∇F‖²). */
  baseM: number[];
  points: number;
  draws: number;
}

export interface MeasuredRow extends SparsityMeasure {
  kind: 'block' | 'mask';
  inverseDelta: number;
  baseM: number;
}

/**
 * Δ̂ and M̂ at `points` random iterates (standard normal coordinates: Corollary 2 holds at every
 * x, so any spread of points will do), `draws` stochastic gradients each.
 */
async function measure(p: MeasureParams, ctl: CellControl, cell: CellContext): Promise<MeasuredRow[]> {
  const rows: MeasuredRow[] = [];
  const problem = {
    family: p.family,
    d: p.d,
    lambda: p.lambda,
    ...(p.kappa === undefined ? {} : { kappa: p.kappa }),
  };
  for (const kind of ['block', 'mask'] as const)
    for (const baseM of p.baseM)
      for (const inv of p.inverseDeltas) {
        const id = identity(cell.id, [kind, String(inv), String(baseM)]);
        const dim = kind === 'block' ? inv * p.d : p.d;
        const pointRng = xoshiroFor(cell.seed, identity(id, ['points']));
        const points = Array.from({ length: p.points }, () => {
          const x = new Float64Array(dim);
          for (let i = 0; i < dim; i++) x[i] = gaussian(pointRng);
          return x;
        });
        const m = measureSparsity(
          kind,
          {
            ...problem,
            M: baseM,
            sigma2: 0,
            noise: 'coord',
            ...(kind === 'block' ? { B: inv } : { alpha: inv }),
          },
          points,
          p.draws,
          xoshiroFor(cell.seed, identity(id, ['draws'])),
        );
        rows.push({ ...m, kind, inverseDelta: inv, baseM });
        await ctl.checkpoint();
      }
  return rows;
}

export const measureDef = defineCell('sparsemeasure', {
  identity: (p: MeasureParams) =>
    identity('sparsemeasure', [
      ...problemParts(p),
      ['inv', p.inverseDeltas],
      ['base', p.baseM],
      ['points', p.points],
      ['draws', p.draws],
    ]),
  cost: (p) => p.inverseDeltas.length * p.baseM.length,
  run: (p, _rng, ctl, cell) => measure(p, ctl, cell),
});

export const measureCell = measureDef.cell;
