// How far a run is and how long it has left, from each kind of cell's measured cost. Every cell
// carries an a-priori work estimate (`cost`, in its own kind's units: steps × repetitions, draws ×
// learners, …); how many worker-milliseconds a cell of a kind takes is a line in that work, a fixed
// overhead plus a rate (cellCostModel.ts), fitted from the cells finished so far. What was learned
// outlives the run and the visit (a kind's cost hardly changes between scenarios; storedRates.ts), so
// the next run starts from it; a kind never seen yet starts from its prior (cellRates.ts), scaled by
// how much faster or slower this machine runs the kinds already seen than the priors say.
//
// The fraction shown is of work, not of cells: measured milliseconds of the finished cells over
// those plus the expected milliseconds of the rest (a run of 153 cheap cells and one long one is not
// 99 % done when 153 are).

import { addSample, type CostLine, type CostSums, emptySums, fitLine, lineMs } from './cellCostModel';
import { PRIOR_MS_PER_UNIT, PRIOR_OVERHEAD_MS } from './cellRates';
import { browserStorage, loadRates, type RateStorage, saveRates } from './storedRates';

declare const __APP_VERSION__: string | undefined;
const VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unbundled';

/** What the estimate needs of a cell: its kind and its a-priori work. */
export interface WorkItem {
  id: string;
  kind: string;
  cost: number;
}

/** Measured (work, ms) sums per kind, accumulated over the runs of a session and kept in storage. */
export class RateBook {
  private readonly sums: Map<string, CostSums>;
  private lastSaved = Number.NEGATIVE_INFINITY;

  /**
   * @param priors ms per unit of work per kind; `overheads` the ms every cell of a kind pays besides.
   * @param storage where the sums are kept between visits (none: this session only).
   */
  constructor(
    private readonly priors: Readonly<Record<string, number>> = PRIOR_MS_PER_UNIT,
    private readonly overheads: Readonly<Record<string, number>> = {},
    private readonly storage?: RateStorage,
    private readonly version = VERSION,
  ) {
    this.sums = loadRates(storage, version);
  }

  record(kind: string, work: number, ms: number): void {
    if (!(work > 0) || !(ms >= 0) || !Number.isFinite(ms) || !Number.isFinite(work)) return;
    const s = this.sums.get(kind) ?? emptySums();
    addSample(s, work, ms);
    this.sums.set(kind, s);
    // At most every 2 s while cells finish (a run of thousands of tiny cells), and at a run's end.
    if (performance.now() - this.lastSaved > 2000) this.save();
  }

  save(): void {
    if (!this.storage) return;
    this.lastSaved = performance.now();
    saveRates(this.storage, this.version, this.sums);
  }

  /** The kind's line fitted to every cell of it measured (this session and stored), if any. */
  measured(kind: string): CostLine | undefined {
    const s = this.sums.get(kind);
    return s ? fitLine(s, this.prior(kind)) : undefined;
  }

  prior(kind: string): CostLine | undefined {
    if (!Object.hasOwn(this.priors, kind)) return undefined;
    const overheadMs = Object.hasOwn(this.overheads, kind) ? this.overheads[kind] : 0;
    return { overheadMs, msPerUnit: this.priors[kind] };
  }

  /** For a test or a fresh session. */
  clear(): void {
    this.sums.clear();
  }
}

/** The rates learned in this page's session (kept across runs and views, and visits). */
export const sessionRates = new RateBook(PRIOR_MS_PER_UNIT, PRIOR_OVERHEAD_MS, browserStorage());

interface KindState {
  /** (work, ms) of this kind's cells finished in this run. */
  done: CostSums;
  leftWork: number;
  leftCells: number;
  /** The line of `lineFor`, kept until the next finish (a snapshot asks for it once a cell). */
  line?: CostLine;
}

export interface WorkSnapshot {
  /** Fraction of the run's work done, 0…1. */
  fraction: number;
  /**
   * Expected wall-clock milliseconds left; null until a cell has finished and kinds measured on this
   * machine make up most of the work left.
   */
  etaMs: number | null;
}

export class WorkEstimate {
  private readonly kinds = new Map<string, KindState>();
  private readonly pending = new Map<string, WorkItem>();
  private doneMs = 0;
  private doneCells = 0;
  private leftCells = 0;
  /** Of the finished cells whose kind has a prior: measured ms and the ms their priors predicted. */
  private priorCheck = { ms: 0, predicted: 0 };
  /**
   * Worker time spent so far (busy lanes × wall clock, integrated from one finish to the next); what
   * of it the finished cells do not account for went into the cells still running.
   */
  private capacityMs = 0;
  private lastMs: number;

  /**
   * @param parallelism how many cells run at once (the workers), so busy time becomes wall time.
   * @param startMs when the run started, on the clock later calls pass as `nowMs`.
   */
  constructor(
    cells: readonly WorkItem[],
    private readonly parallelism: number,
    startMs: number,
    private readonly rates: RateBook = sessionRates,
  ) {
    this.lastMs = startMs;
    for (const c of cells) {
      this.pending.set(c.id, c);
      const k = this.kind(c.kind);
      k.leftWork += c.cost;
      k.leftCells++;
      this.leftCells++;
    }
  }

  /** Busy workers (for the guessed state only): all of them, or one per cell when fewer are left. */
  private lanes(): number {
    return Math.max(1, Math.min(this.parallelism, this.leftCells));
  }

  private advance(nowMs: number): void {
    if (nowMs > this.lastMs)
      this.capacityMs += (nowMs - this.lastMs) * (this.leftCells > 0 ? this.lanes() : 0);
    this.lastMs = Math.max(this.lastMs, nowMs);
  }

  private kind(name: string): KindState {
    let k = this.kinds.get(name);
    if (!k) {
      k = { done: emptySums(), leftWork: 0, leftCells: 0 };
      this.kinds.set(name, k);
    }
    return k;
  }

  /** A cell finished at `nowMs` after `busyMs` of its worker's time. */
  finish(cell: WorkItem, busyMs: number, nowMs: number): void {
    if (!this.pending.has(cell.id)) return;
    this.advance(nowMs);
    this.pending.delete(cell.id);
    this.leftCells--;
    const k = this.kind(cell.kind);
    k.leftWork = Math.max(0, k.leftWork - cell.cost);
    k.leftCells--;
    this.doneCells++;
    if (!(busyMs >= 0) || !Number.isFinite(busyMs) || !(cell.cost > 0)) {
      if (this.leftCells === 0) this.rates.save();
      return;
    }
    addSample(k.done, cell.cost, busyMs);
    this.doneMs += busyMs;
    this.rates.record(cell.kind, cell.cost, busyMs);
    // Every kind's line may change: this one's data, the others' machine speed.
    for (const other of this.kinds.values()) other.line = undefined;
    const prior = this.rates.prior(cell.kind);
    if (prior !== undefined) {
      this.priorCheck.ms += busyMs;
      this.priorCheck.predicted += lineMs(prior, cell.cost);
    }
    if (this.leftCells === 0) this.rates.save();
  }

  /**
   * How much slower (> 1) this machine runs the kinds seen than their priors say: trusted only once
   * 100 ms of them have run (a first tiny cell is mostly start-up), and at most threefold either way.
   */
  private machineSpeed(): number {
    if (this.priorCheck.ms < 100 || !(this.priorCheck.predicted > 0)) return 1;
    return Math.min(3, Math.max(1 / 3, this.priorCheck.ms / this.priorCheck.predicted));
  }

  /**
   * A kind's cost line: fitted to this run's cells (shrunk toward the prior's shape, else the
   * session's line), else the session's line, else the prior scaled by the machine's speed.
   */
  lineFor(kind: string): CostLine {
    const k = this.kind(kind);
    k.line ??= this.freshLine(kind, k);
    return k.line;
  }

  /** Expected worker-milliseconds of a cell of `kind` and `work`. */
  expectedCellMs(kind: string, work: number): number {
    return lineMs(this.lineFor(kind), work);
  }

  private freshLine(kind: string, k: KindState): CostLine {
    const session = this.rates.measured(kind);
    const prior = this.rates.prior(kind);
    // The session's line already holds this run's cells: shrinking toward it would count them twice
    // (a noisy slope of the first cells confirmed by itself), so the prior's shape comes first.
    const own = fitLine(k.done, prior ?? session);
    if (own) return own;
    if (session) return session;
    const speed = this.machineSpeed();
    if (prior) return { overheadMs: prior.overheadMs * speed, msPerUnit: prior.msPerUnit * speed };
    // An unknown kind: the run's own average rate, for lack of anything better.
    let ms = 0;
    let work = 0;
    for (const s of this.kinds.values()) {
      ms += s.done.t;
      work += s.done.w;
    }
    return { overheadMs: 0, msPerUnit: work > 0 ? ms / work : 1 };
  }

  /**
   * @param running the cells on the workers now, with the worker time each has had (from the pool);
   *   without it, the worker time the finished cells do not account for is spread over the first cells
   *   left in plan order (the pool dispatches in that order).
   */
  snapshot(nowMs: number, running?: readonly RunningCell[]): WorkSnapshot {
    this.advance(nowMs);
    if (this.leftCells === 0) return { fraction: 1, etaMs: 0 };
    const state = running ? this.runningState(running) : this.guessedState();
    const fraction =
      this.doneMs + state.leftMs > 0 ? (this.doneMs + state.credit) / (this.doneMs + state.leftMs) : 0;
    // A time from priors alone can be off tenfold (a race run stops when it reaches its target): say
    // nothing until kinds measured on this machine make up most of the work left.
    if (this.doneCells === 0 || this.measuredShare() < 0.5) return { fraction, etaMs: null };
    return { fraction, etaMs: replayPool(state.slots, state.queue, this.parallelism) };
  }

  /** The share of the expected work left whose kind has a measured rate (this run's or the session's). */
  private measuredShare(): number {
    let measured = 0;
    let all = 0;
    for (const [name, k] of this.kinds) {
      if (k.leftCells === 0) continue;
      const line = this.lineFor(name);
      const ms = line.overheadMs * k.leftCells + line.msPerUnit * k.leftWork;
      all += ms;
      if (k.done.n > 0 || this.rates.measured(name) !== undefined) measured += ms;
    }
    return all > 0 ? measured / all : 1;
  }

  /** The expected ms of a cell left; none is credited past 95 % (a cell running long is not done). */
  private expectedMs(c: WorkItem): number {
    const ms = this.expectedCellMs(c.kind, c.cost);
    return Number.isFinite(ms) && ms > 0 ? ms : 0;
  }

  private runningState(running: readonly RunningCell[]): PoolState {
    const slots: number[][] = Array.from({ length: this.parallelism }, () => []);
    const onWorker = new Set<string>();
    let credit = 0;
    let leftMs = 0;
    for (const r of running) {
      const cell = this.pending.get(r.id);
      if (!cell) continue;
      onWorker.add(r.id);
      const expected = this.expectedMs(cell);
      const done = Math.min(r.busyMs, 0.95 * expected);
      credit += done;
      leftMs += expected;
      (slots[r.slot] ??= []).push(expected - done);
    }
    const queue: number[] = [];
    for (const c of this.pending.values())
      if (!onWorker.has(c.id)) {
        const e = this.expectedMs(c);
        queue.push(e);
        leftMs += e;
      }
    return { slots, queue, credit, leftMs };
  }

  private guessedState(): PoolState {
    const queue: number[] = [];
    for (const c of this.pending.values()) queue.push(this.expectedMs(c));
    const leftMs = queue.reduce((a, b) => a + b, 0);
    const inFlight = Math.min(queue.length, 2 * this.parallelism);
    // The worker time not spent on finished cells, spread evenly over the first `inFlight` cells.
    let credit = Math.max(0, this.capacityMs - this.doneMs);
    let given = 0;
    const order = Array.from({ length: inFlight }, (_, i) => i).sort((x, y) => queue[x] - queue[y]);
    order.forEach((i, rank) => {
      const give = Math.min(credit / (inFlight - rank), 0.95 * queue[i]);
      queue[i] -= give;
      credit -= give;
      given += give;
    });
    return { slots: [], queue, credit: given, leftMs };
  }
}

/** A cell on a worker now: which worker, and the worker time it has had so far. */
export interface RunningCell {
  id: string;
  slot: number;
  busyMs: number;
}

interface PoolState {
  /** Per worker, the expected ms left of the cells it holds. */
  slots: number[][];
  /** The expected ms of the cells not started, in dispatch order. */
  queue: number[];
  /** Expected ms of the cells left already done (on the workers). */
  credit: number;
  /** Expected ms of all the cells left, from their start. */
  leftMs: number;
}

/**
 * The time for `workers` workers holding these cells to run them and then the queue's, dispatched
 * in order as workers/pool.ts does (at most two on a worker, one on each first), the cells on a
 * worker sharing it equally. Dividing the time left by the workers would miss the tail, where one
 * long cell runs alone.
 */
export function replayPool(holding: readonly number[][], queue: readonly number[], workers: number): number {
  const slots: number[][] = Array.from({ length: Math.max(1, workers, holding.length) }, (_, i) => [
    ...(holding[i] ?? []),
  ]);
  let next = 0;
  const pump = () => {
    for (let depth = 1; depth <= 2; depth++)
      for (const slot of slots) if (next < queue.length && slot.length < depth) slot.push(queue[next++]);
  };
  let now = 0;
  pump();
  for (;;) {
    let dt = Number.POSITIVE_INFINITY;
    for (const slot of slots) for (const left of slot) dt = Math.min(dt, left * slot.length);
    if (dt === Number.POSITIVE_INFINITY) return now;
    now += dt;
    for (const slot of slots) {
      const n = slot.length;
      for (let i = n - 1; i >= 0; i--) {
        slot[i] -= dt / n;
        if (slot[i] <= 1e-9 * (1 + now)) slot.splice(i, 1);
      }
    }
    pump();
  }
}
