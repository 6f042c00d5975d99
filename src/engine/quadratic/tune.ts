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
// - Racing: points are run side by side, a chunk each in turn (three at a time), so none runs far
//   past the first to finish — a step at the stability edge of a delayed run can oscillate for the
//   whole cap, neither reaching nor diverging. Racing changes only what gets pruned, never a number.
// `exhaustive` tries every k (from the predicted one outwards, which only makes pruning bite
// early); `walk` races the predicted k with its neighbours and moves outwards while the best
// improves, so it finds a local minimum of mean steps over k. It is the default because it found the same k, with
// the same numbers, as `exhaustive` in every cell of the paper's preset (M ∈ {0, 1, 10, 100, 1000,
// 10⁴}, b = 2⁰…2¹⁴, one seed, both noise conventions; also 3 seeds for M ≤ 100 or 1000) at a
// quarter (literal) to a tenth (coord) of the work; tune.test.ts re-checks M ≤ 1000, literal.
// With momentum it needs `patience` (see there).

import { asyncRunner, syncRunner } from '../control';
import { xoshiroFor } from '../random/seed';
import type { Xoshiro128 } from '../random/xoshiro128';
import { CHUNK_STEPS } from './chunk';
import { gridGamma, predictedK } from './grid';
import type { NoiseParams } from './noise';
import { PAPER_GRID, PAPER_PROBLEM } from './paperSetting';
import { makeQuadratic, type ProblemParams } from './problem';
import { type RunState, SgdRun } from './sgd';
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
  /** Which repetitions choose the step (GridSearchParams): `all` (default) or `first`. */
  tuneOn?: TuneOn;
}

/** The paper's setting (Sec. 7.1) with one seed; M and b are per cell. */
export const TUNE_DEFAULTS: TuneParams = { ...PAPER_PROBLEM, b: 1, mom: 0, ...PAPER_GRID };

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
  /** Present (true) when the step was tuned on repetition 0 and the others ran at it. */
  heldOut?: boolean;
  /** Held out: a later repetition failed at the tuned step, so there is no mean. */
  heldOutFailed?: 'capped' | 'diverged';
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
  /**
   * Which repetitions choose the step: `all` (default: the mean over every repetition, as above)
   * or `first` (held out: the search runs repetition 0 only, the others run at its winner).
   */
  tuneOn?: TuneOn;
}

export type TuneOn = 'all' | 'first';

/** A run the tuner can drive: SgdRun here, DelayedRun for delayed SGD. */
export interface TunableRun<S> {
  reset(settings: S, rng: Xoshiro128): void;
  advance(until: number): RunState;
  readonly steps: number;
  readonly state: RunState;
  /** A fresh run on the same problem: lets the search race grid points side by side. */
  clone?(): TunableRun<S>;
}

/** A grid point in progress: its repetitions one after another on a run of its own. */
interface Racer<S> {
  k: number;
  gamma: number;
  settings: S;
  run: TunableRun<S>;
  rep: number;
  sum: number;
  perSeed: number[];
  done: boolean;
}

class Search<P extends GridSearchParams> {
  readonly outcomes = new Map<number, Outcome>();
  bestK = -1;
  bestSum = 0;
  work = 0;
  private sinceYield = 0;
  /** Run instances, one per grid point raced at once; [0] is the caller's. */
  private readonly runs: TunableRun<P & { gamma: number }>[];

  constructor(
    readonly p: P,
    run: TunableRun<P & { gamma: number }>,
    readonly seed: number,
    readonly identity: string,
  ) {
    this.runs = [run];
  }

  get hasBest(): boolean {
    return this.bestK >= 0;
  }

  /** How many points can run side by side (1 when the run cannot be cloned). */
  get width(): number {
    return this.runs[0].clone ? Number.POSITIVE_INFINITY : 1;
  }

  private runAt(i: number): TunableRun<P & { gamma: number }> {
    while (this.runs.length <= i) this.runs.push(this.runs[0].clone!());
    return this.runs[i];
  }

  /** Largest total that can still win (see the header); Infinity without a best. */
  private maxTotal(k: number): number {
    if (!this.hasBest) return Number.POSITIVE_INFINITY;
    return k < this.bestK ? this.bestSum : this.bestSum - 1;
  }

  private startRep(r: Racer<P & { gamma: number }>): void {
    r.run.reset(r.settings, xoshiroFor(this.seed, `${this.identity}|k=${r.k}|rep=${r.rep}`));
  }

  private finish(r: Racer<P & { gamma: number }>, status: PointStatus): void {
    r.done = true;
    this.outcomes.set(r.k, { k: r.k, gamma: r.gamma, status, sum: r.sum, perSeed: r.perSeed });
    if (
      status === 'reached' &&
      (!this.hasBest || r.sum < this.bestSum || (r.sum === this.bestSum && r.k < this.bestK))
    ) {
      this.bestK = r.k;
      this.bestSum = r.sum;
    }
  }

  /** At most one chunk of a point's current repetition, against the bound as it stands now. */
  private stepRacer(r: Racer<P & { gamma: number }>): void {
    const { p, run } = { p: this.p, run: r.run };
    const budget = this.maxTotal(r.k) - r.sum;
    const limit = Math.min(p.cap, budget);
    if (run.state === 'running' && run.steps < limit) {
      const before = run.steps;
      run.advance(Math.min(limit, before + CHUNK_STEPS));
      this.work += run.steps - before;
      this.sinceYield += run.steps - before;
    }
    if (run.state === 'reached') {
      r.perSeed.push(run.steps);
      r.sum += run.steps;
      if (++r.rep === p.seeds) this.finish(r, 'reached');
      else this.startRep(r);
    } else if (run.state === 'diverged') this.finish(r, 'diverged');
    else if (run.steps >= limit) this.finish(r, limit === p.cap ? 'capped' : 'pruned');
  }

  /**
   * Runs the not yet visited points of `ks` side by side, a chunk each in turn, so that no point
   * runs far past the first one to finish (a step near the stability edge can oscillate for the
   * whole cap without reaching or diverging; raced, it is pruned at the winner's steps).
   */
  *race(ks: number[]): Generator<void, void> {
    const fresh = ks.filter((k, i) => !this.outcomes.has(k) && ks.indexOf(k) === i);
    if (this.width < fresh.length) {
      for (const k of fresh) yield* this.race([k]);
      return;
    }
    const racers = fresh.map((k, i) => {
      const gamma = gridGamma(k, this.p.M, this.p.c);
      const r: Racer<P & { gamma: number }> = {
        k,
        gamma,
        settings: { ...this.p, gamma },
        run: this.runAt(i),
        rep: 0,
        sum: 0,
        perSeed: [],
        done: false,
      };
      this.startRep(r);
      return r;
    });
    let live = racers.length;
    while (live > 0) {
      for (const r of racers) {
        if (r.done) continue;
        this.stepRacer(r);
        if (r.done) live--;
        if (this.sinceYield >= CHUNK_STEPS) {
          this.sinceYield = 0;
          yield;
        }
      }
    }
  }

  /** Runs the remaining repetitions of the winner (held-out evaluation, `tuneOn: 'first'`). */
  *heldOut(seeds: number): Generator<void, { perSeed: number[]; failed: 'capped' | 'diverged' | null }> {
    const k = this.bestK;
    const gamma = gridGamma(k, this.p.M, this.p.c);
    const perSeed = [...this.outcomes.get(k)!.perSeed];
    const run = this.runs[0];
    for (let rep = 1; rep < seeds; rep++) {
      run.reset({ ...this.p, gamma }, xoshiroFor(this.seed, `${this.identity}|k=${k}|rep=${rep}`));
      while (run.state === 'running' && run.steps < this.p.cap) {
        const before = run.steps;
        run.advance(Math.min(this.p.cap, before + CHUNK_STEPS));
        this.work += run.steps - before;
        yield;
      }
      if (run.state !== 'reached')
        return { perSeed, failed: run.state === 'diverged' ? 'diverged' : 'capped' };
      perSeed.push(run.steps);
    }
    return { perSeed, failed: null };
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

/** Points raced at once by the searches: the predicted k and its two neighbours. */
const RACE_WIDTH = 3;

/** Every k, nearest to the predicted one first (ties: larger γ first), three at a time. */
function* exhaustive<P extends GridSearchParams>(s: Search<P>, k0: number): Generator<void, void> {
  const { kmin, kmax } = s.p;
  const order: number[] = [];
  for (let k = kmin; k <= kmax; k++) order.push(k);
  order.sort((a, b) => Math.abs(a - k0) - Math.abs(b - k0) || a - b);
  for (let i = 0; i < order.length; i += RACE_WIDTH) yield* s.race(order.slice(i, i + RACE_WIDTH));
}

/**
 * From the predicted k: race it with its neighbours; while nothing is reachable, race the next
 * three in the direction the failures point (diverged: smaller steps; capped/pruned: larger);
 * then walk outwards from the best while it improves.
 */
function* walk<P extends GridSearchParams>(s: Search<P>, k0: number): Generator<void, void> {
  const { kmin, kmax } = s.p;
  const inGrid = (k: number) => k >= kmin && k <= kmax;
  const patience = s.p.patience ?? ((s.p.mom ?? 0) > 0 ? 2 : 0);
  yield* s.race([k0 - 1, k0, k0 + 1].filter(inGrid));
  if (!s.hasBest) {
    const diverged = s.outcomes.get(k0)?.status === 'diverged';
    const dir = diverged ? 1 : -1;
    for (let k = k0 + 2 * dir; inGrid(k) && !s.hasBest; k += RACE_WIDTH * dir) {
      const next: number[] = [];
      for (let j = 0; j < RACE_WIDTH && inGrid(k + j * dir); j++) next.push(k + j * dir);
      yield* s.race(next);
    }
  }
  if (!s.hasBest) {
    // Nothing reachable along the obvious direction: fall back to trying everything.
    const rest: number[] = [];
    for (let k = kmin; k <= kmax; k++) if (!s.outcomes.has(k)) rest.push(k);
    for (let i = 0; i < rest.length; i += RACE_WIDTH) yield* s.race(rest.slice(i, i + RACE_WIDTH));
    return;
  }
  for (const dir of [-1, 1]) {
    let misses = 0;
    for (let k = s.bestK + dir; inGrid(k); k += dir) {
      yield* s.race([k]);
      if (s.bestK === k) misses = 0;
      else if (++misses > patience) break;
    }
  }
}

/**
 * The paper's grid search for any run: every rule above, starting from grid index k0. Repetition r
 * at k runs on the stream `${identity}|k=${k}|rep=${r}` of `seed`. With `tuneOn: 'first'` the
 * search sees repetition 0 only and the winner's other repetitions run afterwards (their steps
 * are then an unbiased estimate at the chosen step; `tried` holds repetition-0 numbers).
 */
export function* gridSearch<P extends GridSearchParams>(
  p: P,
  run: TunableRun<P & { gamma: number }>,
  k0: number,
  seed: number,
  identity: string,
): Generator<void, TuneResult> {
  checkTuneParams(p);
  const heldOut = p.tuneOn === 'first' && p.seeds > 1;
  const sp = heldOut ? { ...p, seeds: 1 } : p;
  const s = new Search(sp, run, seed, identity);
  if (p.search === 'walk') yield* walk(s, k0);
  else yield* exhaustive(s, k0);
  const r = s.result();
  if (!heldOut || r.bestK === null) return r;
  const rest = yield* s.heldOut(p.seeds);
  const out: TuneResult = { ...r, stepsPerSeed: rest.perSeed, work: s.work, heldOut: true };
  if (rest.failed) return { ...out, meanSteps: null, heldOutFailed: rest.failed };
  return { ...out, meanSteps: rest.perSeed.reduce((a, b) => a + b, 0) / p.seeds };
}

function* tuneGen(p: TuneParams, seed: number, identity: string): Generator<void, TuneResult> {
  const q = makeQuadratic(p);
  const k0 = predictedK(p, q.d, q.L, p.b, p.c, p.kmin, p.kmax, p.mom);
  return yield* gridSearch(p, new SgdRun(q), k0, seed, identity);
}

/** Synchronous core (tests, CLI). */
export const tuneStepSizeSync = syncRunner(tuneGen);
/** For a worker cell: (p, seed, identity, ctl), calling `ctl.checkpoint()` every CHUNK_STEPS steps (awaited only if it returns a promise). */
export const tuneStepSize = asyncRunner(tuneGen);
