// Keeps the simulation of the current scenario running: when the scenario changes it plans the
// view's cells, skips those already computed, and hands the rest to the worker pool (superseding
// whatever ran before). Results are stored by cell identity; the store hears of them at most every
// RENDER_INTERVAL_MS while cells stream in, and never faster than the charts draw them (resultsPacer).

import type { CellSpec } from '../experiments/cells';
import type { Experiment } from '../experiments/experiment';
import { loadExperiment } from '../experiments/index';
import { serializeLink } from '../scenario/codec';
import type { Scenario, ViewName } from '../scenario/views';
import type { WorkerPool } from '../workers/pool';
import { chartsCaughtUp, onChartsRendered } from './chartsRendered';
import { hasResult, storeResult } from './results';
import { type Pacer, startPacer } from './resultsPacer';
import { type AppState, currentScenario, idleRun, useApp } from './store';
import { WorkEstimate } from './workEstimate';

/** Let a dragged slider settle this long before superseding the running simulation. */
const START_DELAY_MS = 60;
const RENDER_INTERVAL_MS = 100;
/** Publish anyway after this long without word from the charts. */
const MAX_RENDER_WAIT_MS = 1000;
/** How often the progress and the time left are refreshed while no result arrives. */
const TICK_MS = 1000;

export interface DriverStats {
  /** Scenario changes seen (each a new link; a dragged slider makes many). */
  scenarioChanges: number;
  batchesStarted: number;
  batchesSuperseded: number;
  /** Cells handed to the worker pool, and cells answered from the result cache instead. */
  cellsDispatched: number;
  cellsFromCache: number;
}

export function startSimulationDriver(getPool: () => WorkerPool): { stop(): void; stats: DriverStats } {
  const stats: DriverStats = {
    scenarioChanges: 0,
    batchesStarted: 0,
    batchesSuperseded: 0,
    cellsDispatched: 0,
    cellsFromCache: 0,
  };
  let lastKey = '';
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  let pacer: Pacer | undefined;
  let stopTicker = () => {};
  // The pool (and its workers) starts only when a view first needs a simulation.
  let pool: WorkerPool | null = null;
  const ensurePool = () => {
    pool ??= getPool();
    return pool;
  };

  const launch = (experiment: Experiment, scenario: Scenario) => {
    const planned = experiment.cells(scenario as never);
    // Cached cells never reach the pool (./results.ts): a scenario seen before is done at once.
    const missing = planned.filter((c) => !hasResult(scenario.seed, c.id));
    stats.cellsFromCache += planned.length - missing.length;
    const superseded = useApp.getState().run.status === 'running';
    if (superseded) stats.batchesSuperseded++;
    pacer?.cancel();
    pacer = undefined;
    stopTicker();
    if (missing.length === 0) {
      pool?.cancel();
      useApp.setState((st) => ({
        run: { ...idleRun, status: planned.length ? 'done' : 'idle', totalCells: planned.length },
        resultsVersion: st.resultsVersion + 1,
      }));
      return;
    }
    stats.batchesStarted++;
    stats.cellsDispatched += missing.length;
    const startedAt = performance.now();
    const activePool = ensurePool();
    // A test's stand-in pool may have no stats; a real one has at least one worker.
    const estimate = new WorkEstimate(missing, activePool.stats?.size ?? 1, startedAt);
    const left = new Map<string, number>();
    for (const c of missing) left.set(c.kind, (left.get(c.kind) ?? 0) + 1);
    let doneCells = 0;
    const errors: string[] = [];
    // The bar never moves back (a corrected estimate shows in the time left, not as lost progress).
    let shownFraction = 0;
    const progress = (): Partial<AppState['run']> => {
      // A test's stand-in pool may not say what runs; the estimate then guesses it.
      const snapshot = estimate.snapshot(performance.now(), activePool.running?.());
      const { etaMs } = snapshot;
      shownFraction = Math.max(shownFraction, snapshot.fraction);
      const fraction = shownFraction;
      const kindsLeft = [...left].filter(([, n]) => n > 0).map(([kind]) => kind);
      return { fraction, doneCells, elapsedMs: performance.now() - startedAt, etaMs, kindsLeft };
    };
    useApp.setState({
      run: {
        ...idleRun,
        status: 'running',
        totalCells: missing.length,
        startedAt,
        superseded,
        kindsLeft: [...left.keys()],
        fraction: 0,
      },
    });
    /** The progress when the pool finished (the final render may take a moment longer). */
    let final: Partial<AppState['run']> | null = null;
    // Between results the time left counts down and the running cells' share of the work grows.
    const ticker = setInterval(() => {
      if (final === null && useApp.getState().run.startedAt === startedAt)
        useApp.setState((st) => ({ run: { ...st.run, ...progress() } }));
      else clearInterval(ticker);
    }, TICK_MS);
    stopTicker = () => clearInterval(ticker);
    const paced = startPacer(
      {
        publish() {
          useApp.setState((st) => ({
            resultsVersion: st.resultsVersion + 1,
            run: { ...st.run, ...(final ?? progress()) },
          }));
        },
        finish() {
          useApp.setState((st) => ({
            run: { ...st.run, ...final, status: errors.length ? 'error' : 'done', errors, etaMs: 0 },
          }));
        },
        caughtUp: () => chartsCaughtUp(useApp.getState().resultsVersion),
        onRendered: onChartsRendered,
      },
      RENDER_INTERVAL_MS,
      MAX_RENDER_WAIT_MS,
    );
    pacer = paced;
    activePool.run(missing, scenario.seed, {
      onResult(cell, value, busyMs) {
        storeResult(scenario.seed, cell.id, value);
        estimate.finish(cell, busyMs, performance.now());
        left.set(cell.kind, (left.get(cell.kind) ?? 1) - 1);
        doneCells++;
        paced.result();
      },
      onCellError(cell, message) {
        errors.push(`A simulation cell failed (${describeCell(cell)}): ${message}`);
      },
      onNotice(message) {
        useApp.getState().addNotice(message, 'warning');
      },
      onDone() {
        final = progress();
        paced.done();
      },
    });
  };

  // The experiment's module loads on first use; a scenario superseded meanwhile is not launched.
  const launchWhenLoaded = (view: ViewName, scenario: Scenario, key: string) => {
    loadExperiment(view).then(
      (experiment) => {
        if (key === lastKey) launch(experiment as Experiment, scenario);
      },
      (e: unknown) => {
        useApp.setState({
          run: { ...idleRun, status: 'error', errors: [`The view's code could not be loaded: ${String(e)}`] },
        });
      },
    );
  };

  const onChange = (st: AppState) => {
    const scenario = currentScenario(st);
    const key = serializeLink(st.view, scenario);
    if (key === lastKey) return;
    const first = lastKey === '';
    lastKey = key;
    stats.scenarioChanges++;
    clearTimeout(startTimer);
    // A finished run's status belongs to the old scenario; a view of closed forms only stays idle.
    if (!first && (st.run.status === 'done' || st.run.status === 'error'))
      useApp.setState({ run: { ...idleRun, status: 'starting' } });
    if (first) launchWhenLoaded(st.view, scenario, key);
    else startTimer = setTimeout(() => launchWhenLoaded(st.view, scenario, key), START_DELAY_MS);
  };
  const unsubscribe = useApp.subscribe(onChange);
  onChange(useApp.getState());
  return {
    stats,
    stop() {
      unsubscribe();
      clearTimeout(startTimer);
      pacer?.cancel();
      stopTicker();
    },
  };
}

function describeCell(cell: CellSpec): string {
  const params = typeof cell.params === 'object' && cell.params !== null ? cell.params : {};
  return Object.entries(params)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
}
