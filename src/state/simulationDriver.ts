// Keeps the simulation of the current scenario running: when the scenario changes it plans the
// view's cells, skips those already computed, and hands the rest to the worker pool (superseding
// whatever ran before). Results are stored by cell identity; the view re-renders at most every
// RENDER_INTERVAL_MS while cells stream in.

import type { CellSpec } from '../experiments/cells';
import type { Experiment } from '../experiments/experiment';
import { loadExperiment } from '../experiments/index';
import { serializeLink } from '../scenario/codec';
import type { Scenario, ViewName } from '../scenario/views';
import type { WorkerPool } from '../workers/pool';
import { hasResult, storeResult } from './results';
import { type AppState, currentScenario, idleRun, useApp } from './store';

/** Let a dragged slider settle this long before superseding the running simulation. */
const START_DELAY_MS = 60;
const RENDER_INTERVAL_MS = 100;

export interface DriverStats {
  /** Scenario changes seen (each a new link; a dragged slider makes many). */
  scenarioChanges: number;
  batchesStarted: number;
  batchesSuperseded: number;
}

export function startSimulationDriver(getPool: () => WorkerPool): { stop(): void; stats: DriverStats } {
  const stats: DriverStats = { scenarioChanges: 0, batchesStarted: 0, batchesSuperseded: 0 };
  let lastKey = '';
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  let renderTimer: ReturnType<typeof setTimeout> | undefined;
  // The pool (and its workers) starts only when a view first needs a simulation.
  let pool: WorkerPool | null = null;
  const ensurePool = () => {
    pool ??= getPool();
    return pool;
  };

  const launch = (experiment: Experiment, scenario: Scenario) => {
    const planned = experiment.cells(scenario as never);
    const missing = planned.filter((c) => !hasResult(scenario.seed, c.id));
    const superseded = useApp.getState().run.status === 'running';
    if (superseded) stats.batchesSuperseded++;
    if (missing.length === 0) {
      pool?.cancel();
      useApp.setState((st) => ({
        run: { ...idleRun, status: planned.length ? 'done' : 'idle', totalCells: planned.length },
        resultsVersion: st.resultsVersion + 1,
      }));
      return;
    }
    stats.batchesStarted++;
    const startedAt = performance.now();
    const totalCost = sum(missing);
    let doneCost = 0;
    let doneCells = 0;
    const errors: string[] = [];
    const progress = (): Partial<AppState['run']> => {
      const elapsedMs = performance.now() - startedAt;
      const frac = doneCost / totalCost;
      return {
        doneCost,
        doneCells,
        elapsedMs,
        etaMs: frac > 0.02 && elapsedMs > 200 ? (elapsedMs * (1 - frac)) / frac : null,
      };
    };
    const render = () => {
      renderTimer = undefined;
      useApp.setState((st) => ({ resultsVersion: st.resultsVersion + 1, run: { ...st.run, ...progress() } }));
    };
    useApp.setState({
      run: { ...idleRun, status: 'running', totalCost, totalCells: missing.length, startedAt, superseded },
    });
    ensurePool().run(missing, scenario.seed, {
      onResult(cell, value) {
        storeResult(scenario.seed, cell.id, value);
        doneCost += cell.cost;
        doneCells++;
        renderTimer ??= setTimeout(render, RENDER_INTERVAL_MS);
      },
      onCellError(cell, message) {
        errors.push(`A simulation cell failed (${describeCell(cell)}): ${message}`);
      },
      onNotice(message) {
        useApp.getState().addNotice(message, 'warning');
      },
      onDone() {
        clearTimeout(renderTimer);
        renderTimer = undefined;
        useApp.setState((st) => ({
          resultsVersion: st.resultsVersion + 1,
          run: { ...st.run, ...progress(), status: errors.length ? 'error' : 'done', errors, etaMs: 0 },
        }));
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
      clearTimeout(renderTimer);
    },
  };
}

function sum(cells: CellSpec[]): number {
  return cells.reduce((a, c) => a + c.cost, 0);
}

function describeCell(cell: CellSpec): string {
  return Object.entries(cell.params)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
}
