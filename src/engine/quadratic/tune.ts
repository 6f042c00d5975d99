// Step-size tuning as [CP] Sec. 7.1: for one (M, b), the step on the grid γ_k = c/(1+M)·2^(−k)
// that needs the fewest steps to the target, judged on the MEAN over `seeds` repetitions.
//
// Rules, chosen so that the answer never depends on search order or pruning:
// - Repetition r at grid index k draws from its own stream `${identity}|k=${k}|rep=${r}` (seed
//   given), so a run's steps are the same whoever asks for it and in whatever order.
// - A grid point is eligible only if every repetition reached the target; one capped or diverged
//   repetition makes it ineligible (its mean would be unknown, or infinite).
// - Winner: the smallest total of steps over seeds (integers, so exact); ties go to the larger γ
//   (smaller k).
// - Pruning: once a best (k*, S*) exists, a point stops as soon as its partial total can no longer
//   win: total > S* for k < k* (a tie would win), total ≥ S* for k > k*. The partial total only
//   grows and S* only falls, so a pruned point would have lost the exhaustive comparison too, and
//   every point that is run to the end has exactly the numbers an unpruned search gives it.
// `exhaustive` tries every k (from the predicted one outwards, which only makes pruning bite
// early); `walk` starts at the predicted k and moves to neighbours while the best improves, so it
// finds a local minimum of mean steps over k. It is the default because it found the same k, with
// the same numbers, as `exhaustive` in every cell of the paper's preset (M ∈ {0, 1, 10, 100, 1000,
// 10⁴}, b = 2⁰…2¹⁴, one seed, both noise conventions; also 3 seeds for M ≤ 100 or 1000) at a
// quarter (literal) to a tenth (coord) of the work; tune.test.ts re-checks M ≤ 1000, literal.
// With momentum it needs `patience` (see there).

import { CHUNK_STEPS, type Checkpointer, drainAsync, drainSync } from './control';
import { gridGamma, predictedK } from './grid';
import type { NoiseParams } from './noise';
import { makeQuadratic, type ProblemParams } from './problem';
import { type RunState, SgdRun } from './sgd';
import { streamFor, type Xoshiro128Stream } from './stream';
import type { TargetParams } from './target';

export type SearchKind = 'exhaustive' | 'walk';

export interface TuneParams extends ProblemParams, NoiseParams, TargetParams {
  /** Batch size b (gradients summed per step). */
  b: number;
  /** Heavy-ball momentum in [0, 1). */
  mom: number;
  /** Repetitions per grid point (the mean over them decides). */
  seeds: number;
  /** Grid: k = kmin..kmax, γ_k = c/(1+M)·2^(−k). */
  kmin: number;
  kmax: number;
  c: number;
  search: SearchKind;
  /** Iteration cap per run. */
  cap: number;
  /**
   * `walk` only: how many consecutive non-improving neighbours a direction tolerates before it
   * stops. Default: 0 without momentum, 2 with: heavy-ball steps-to-target is far from unimodal in
   * k (mom = 0.9, literal, M ≤ 100, one seed: patience 0 missed the exhaustive winner in 26 of 60
   * cells, 1 in one, 2 in none).
   */
  patience?: number;
}

/** The paper's setting (Sec. 7.1) with one seed; M and b are per cell. */
export const TUNE_DEFAULTS: TuneParams = {
  family: 'tridiag',
  d: 20,
  lambda: 0.2,
  M: 0,
  sigma2: 0,
  noise: 'literal',
  target: 'l2d',
  tol: 0.1,
  b: 1,
  mom: 0,
  seeds: 1,
  kmin: 1,
  kmax: 20,
  c: 1.1,
  search: 'walk',
  cap: 10_000_000,
};

/**
 * A grid point's fate: `reached` (every repetition reached the target), `capped` or `diverged`
 * (some repetition did: ineligible), `pruned` (stopped once it could no longer win).
 */
export type PointStatus = 'reached' | 'capped' | 'diverged' | 'pruned';

export interface TriedPoint {
  k: number;
  gamma: number;
  status: PointStatus;
  /** Mean steps over seeds when `reached`, else null. */
  meanSteps: number | null;
}

/** Plain JSON (it travels through postMessage). */
export interface TuneResult {
  /** Winning grid index, or null when no grid point reached the target in every repetition. */
  bestK: number | null;
  bestGamma: number | null;
  meanSteps: number | null;
  stepsPerSeed: number[];
  /** The winner is k = kmin or k = kmax: the grid may not contain the true optimum. */
  onEdge: boolean;
  /** Every grid point that was run, by k. */
  tried: TriedPoint[];
  /** Present (true) when no point was eligible and the iteration cap is why: no result. */
  capped?: boolean;
  /** Steps simulated in total (the search's cost). */
  work: number;
}

interface Outcome {
  k: number;
  gamma: number;
  status: PointStatus;
  sum: number;
  perSeed: number[];
}

/** The grid and search settings the tuner reads; the rest of the parameters go to the run. */
export interface GridSearchParams {
  /** Relative noise (the grid is γ_k = c/(1+M)·2^(−k)). */
  M: number;
  c: number;
  kmin: number;
  kmax: number;
  seeds: number;
  cap: number;
  search: SearchKind;
  patience?: number;
  /** Heavy-ball momentum: with it `walk` tolerates two non-improving neighbours by default. */
  mom?: number;
}

/** A run the tuner can drive: SgdRun here, DelayedRun for delayed SGD. */
export interface TunableRun<S> {
  reset(settings: S, rng: Xoshiro128Stream): void;
  advance(until: number): RunState;
  readonly steps: number;
  readonly state: RunState;
}

class Search<P extends GridSearchParams> {
  readonly outcomes = new Map<number, Outcome>();
  bestK = -1;
  bestSum = 0;
  work = 0;
  private sinceYield = 0;

  constructor(
    readonly p: P,
    readonly run: TunableRun<P & { gamma: number }>,
    readonly seed: number,
    readonly identity: string,
  ) {}

  get hasBest(): boolean {
    return this.bestK >= 0;
  }

  /** Runs grid point k (all repetitions, or until pruned or ineligible). */
  *visit(k: number): Generator<void, Outcome> {
    const { p, run } = this;
    const gamma = gridGamma(k, p.M, p.c);
    const settings = { ...p, gamma };
    const perSeed: number[] = [];
    let sum = 0;
    let status: PointStatus = 'reached';
    // Largest total that can still win (see the header); Infinity without a best.
    const maxTotal = !this.hasBest
      ? Number.POSITIVE_INFINITY
      : k < this.bestK
        ? this.bestSum
        : this.bestSum - 1;
    for (let r = 0; r < p.seeds; r++) {
      const budget = maxTotal - sum;
      if (budget < 0) {
        status = 'pruned';
        break;
      }
      const limit = Math.min(p.cap, budget);
      run.reset(settings, streamFor(this.seed, `${this.identity}|k=${k}|rep=${r}`));
      while (run.state === 'running' && run.steps < limit) {
        const before = run.steps;
        run.advance(Math.min(limit, before + CHUNK_STEPS));
        this.work += run.steps - before;
        this.sinceYield += run.steps - before;
        if (this.sinceYield >= CHUNK_STEPS) {
          this.sinceYield = 0;
          yield;
        }
      }
      if (run.state === 'reached') {
        perSeed.push(run.steps);
        sum += run.steps;
      } else {
        status = run.state === 'diverged' ? 'diverged' : limit === p.cap ? 'capped' : 'pruned';
        break;
      }
    }
    const o: Outcome = { k, gamma, status, sum, perSeed };
    this.outcomes.set(k, o);
    if (
      status === 'reached' &&
      (!this.hasBest || sum < this.bestSum || (sum === this.bestSum && k < this.bestK))
    ) {
      this.bestK = k;
      this.bestSum = sum;
    }
    return o;
  }

  result(): TuneResult {
    const { p } = this;
    const tried = [...this.outcomes.values()]
      .sort((a, b) => a.k - b.k)
      .map((o) => ({
        k: o.k,
        gamma: o.gamma,
        status: o.status,
        meanSteps: o.status === 'reached' ? o.sum / p.seeds : null,
      }));
    if (!this.hasBest) {
      const capped = tried.some((t) => t.status === 'capped');
      return {
        bestK: null,
        bestGamma: null,
        meanSteps: null,
        stepsPerSeed: [],
        onEdge: false,
        tried,
        ...(capped ? { capped: true } : {}),
        work: this.work,
      };
    }
    const best = this.outcomes.get(this.bestK)!;
    return {
      bestK: best.k,
      bestGamma: best.gamma,
      meanSteps: best.sum / p.seeds,
      stepsPerSeed: best.perSeed,
      onEdge: best.k === p.kmin || best.k === p.kmax,
      tried,
      work: this.work,
    };
  }
}

function checkTuneParams(p: GridSearchParams): void {
  if (!Number.isInteger(p.seeds) || p.seeds < 1)
    throw new RangeError(`seeds must be an integer ≥ 1, got ${p.seeds}`);
  if (!Number.isInteger(p.kmin) || !Number.isInteger(p.kmax) || p.kmin > p.kmax)
    throw new RangeError(`need integers kmin ≤ kmax, got ${p.kmin}, ${p.kmax}`);
  if (!(p.c > 0)) throw new RangeError(`c must be > 0, got ${p.c}`);
  if (!Number.isInteger(p.cap) || p.cap < 1) throw new RangeError(`cap must be an integer ≥ 1, got ${p.cap}`);
}

/** Every k, nearest to the predicted one first (ties: larger γ first). */
function* exhaustive<P extends GridSearchParams>(s: Search<P>, k0: number): Generator<void, void> {
  const { kmin, kmax } = s.p;
  const order: number[] = [];
  for (let k = kmin; k <= kmax; k++) order.push(k);
  order.sort((a, b) => Math.abs(a - k0) - Math.abs(b - k0) || a - b);
  for (const k of order) yield* s.visit(k);
}

/** From the predicted k: find a reachable point, then walk outwards while the best improves. */
function* walk<P extends GridSearchParams>(s: Search<P>, k0: number): Generator<void, void> {
  const { kmin, kmax } = s.p;
  const patience = s.p.patience ?? ((s.p.mom ?? 0) > 0 ? 2 : 0);
  const first = yield* s.visit(k0);
  if (!s.hasBest) {
    // Diverged: the step is too large, try smaller ones; capped: too small, try larger ones.
    const dir = first.status === 'diverged' ? 1 : -1;
    for (let k = k0 + dir; k >= kmin && k <= kmax && !s.hasBest; k += dir) {
      const o = yield* s.visit(k);
      if (o.status !== 'reached' && o.status !== first.status) break;
    }
  }
  if (!s.hasBest) {
    // Nothing reachable along the obvious direction: fall back to trying everything.
    for (let k = kmin; k <= kmax; k++) if (!s.outcomes.has(k)) yield* s.visit(k);
    return;
  }
  for (const dir of [-1, 1]) {
    let misses = 0;
    for (let k = s.bestK + dir; k >= kmin && k <= kmax; k += dir) {
      if (!s.outcomes.has(k)) yield* s.visit(k);
      if (s.bestK === k) misses = 0;
      else if (++misses > patience) break;
    }
  }
}

/**
 * The paper's grid search for any run: every rule above, starting from grid index k0. Repetition r
 * at k runs on the stream `${identity}|k=${k}|rep=${r}` of `seed`.
 */
export function* gridSearch<P extends GridSearchParams>(
  p: P,
  run: TunableRun<P & { gamma: number }>,
  k0: number,
  seed: number,
  identity: string,
): Generator<void, TuneResult> {
  checkTuneParams(p);
  const s = new Search(p, run, seed, identity);
  if (p.search === 'walk') yield* walk(s, k0);
  else yield* exhaustive(s, k0);
  return s.result();
}

function* tuneGen(p: TuneParams, seed: number, identity: string): Generator<void, TuneResult> {
  const q = makeQuadratic(p);
  const k0 = predictedK(p, q.d, q.L, p.b, p.c, p.kmin, p.kmax, p.mom);
  return yield* gridSearch(p, new SgdRun(q), k0, seed, identity);
}

/** Synchronous core (tests, CLI). */
export function tuneStepSizeSync(p: TuneParams, seed: number, identity: string): TuneResult {
  return drainSync(tuneGen(p, seed, identity));
}

/** For a worker cell: calls `ctl.checkpoint()` every CHUNK_STEPS steps (awaited only if it returns a promise). */
export function tuneStepSize(
  p: TuneParams,
  seed: number,
  identity: string,
  ctl: Checkpointer,
): Promise<TuneResult> {
  return drainAsync(tuneGen(p, seed, identity), ctl);
}
