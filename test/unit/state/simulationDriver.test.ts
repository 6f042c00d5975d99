// The driver's run status follows the scenario at once: after a change, the previous run's Done
// never stands beside charts of the new scenario while the driver waits for a slider to settle.

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CellSpec } from '../../../src/experiments/cells';
import { loadExperiment } from '../../../src/experiments/index';
import { startSimulationDriver } from '../../../src/state/simulationDriver';
import { idleRun, useApp } from '../../../src/state/store';
import type { BatchCallbacks, WorkerPool } from '../../../src/workers/pool';

/** A pool that records what it was asked to run and never answers. */
function silentPool(): { pool: WorkerPool; batches: CellSpec[][] } {
  const batches: CellSpec[][] = [];
  const pool = { run: (cells: CellSpec[]) => batches.push(cells), cancel() {} } as unknown as WorkerPool;
  return { pool, batches };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());
// The view's module, loaded before the tests: on a busy machine its first import outlasts a poll's 1 s.
beforeAll(() => loadExperiment('runtime'), 30_000);

describe('simulation driver', () => {
  it('says "starting" as soon as a simulated scenario changes after a finished run', async () => {
    useApp.getState().loadLink('?v=1&view=runtime&Pmax=8&seed=1');
    const { pool, batches } = silentPool();
    stop = startSimulationDriver(() => pool).stop;
    await expect.poll(() => batches.length).toBe(1);
    useApp.setState({ run: { ...idleRun, status: 'done', totalCells: 3 } });
    useApp.getState().setParam('seed', 2);
    expect(useApp.getState().run.status).toBe('starting');
    // Then the new run is planned and running.
    await expect.poll(() => batches.length).toBe(2);
    expect(useApp.getState().run.status).toBe('running');
  });

  it('leaves a view of closed forms only idle', async () => {
    useApp.getState().loadLink('?v=1&view=speedup&seed=1');
    const { pool, batches } = silentPool();
    stop = startSimulationDriver(() => pool).stop;
    await expect.poll(() => useApp.getState().run.status).toBe('idle');
    useApp.getState().setParam('seed', 2);
    expect(useApp.getState().run.status).toBe('idle');
    expect(batches).toEqual([]);
  });
});

/** A pool that answers every cell at once and counts the cells it was given. */
function answeringPool(): { pool: WorkerPool; dispatched: () => number } {
  let n = 0;
  const pool = {
    run(cells: CellSpec[], _seed: number, cb: BatchCallbacks) {
      n += cells.length;
      queueMicrotask(() => {
        for (const c of cells) cb.onResult(c, { fake: c.id }, 1);
        cb.onDone();
      });
    },
    cancel() {},
  } as unknown as WorkerPool;
  return { pool, dispatched: () => n };
}

describe('simulation driver and the result cache', () => {
  afterEach(() => vi.useRealTimers());

  it('re-opening a scenario seen before dispatches nothing and is done at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const A = '?v=1&view=runtime&Pmax=8&seed=101';
    const B = '?v=1&view=runtime&Pmax=8&seed=102';
    useApp.getState().loadLink(A);
    const { pool, dispatched } = answeringPool();
    const driver = startSimulationDriver(() => pool);
    stop = driver.stop;
    // the pacer finishes a run once the charts say they drew it, or after 1 s without word
    await vi.advanceTimersByTimeAsync(2000);
    expect(useApp.getState().run.status).toBe('done');
    const first = dispatched();
    expect(first).toBeGreaterThan(0);
    useApp.getState().loadLink(B);
    await vi.advanceTimersByTimeAsync(2000);
    expect(useApp.getState().run.status).toBe('done');
    expect(dispatched()).toBe(2 * first);
    // back to A: planned, all cached, done after the 60 ms a dragged slider gets to settle
    useApp.getState().loadLink(A);
    expect(useApp.getState().run.status).toBe('starting');
    await vi.advanceTimersByTimeAsync(100);
    expect(useApp.getState().run.status).toBe('done');
    expect(dispatched()).toBe(2 * first);
    expect(driver.stats.cellsDispatched).toBe(2 * first);
    expect(driver.stats.cellsFromCache).toBe(first);
    expect(driver.stats.batchesStarted).toBe(2);
  });
});
