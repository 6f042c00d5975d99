// The driver's run status follows the scenario at once: after a change, the previous run's Done
// never stands beside charts of the new scenario while the driver waits for a slider to settle.

import { afterEach, describe, expect, it } from 'vitest';
import type { CellSpec } from '../../../src/experiments/cells';
import { startSimulationDriver } from '../../../src/state/simulationDriver';
import { idleRun, useApp } from '../../../src/state/store';
import type { WorkerPool } from '../../../src/workers/pool';

/** A pool that records what it was asked to run and never answers. */
function silentPool(): { pool: WorkerPool; batches: CellSpec[][] } {
  const batches: CellSpec[][] = [];
  const pool = { run: (cells: CellSpec[]) => batches.push(cells), cancel() {} } as unknown as WorkerPool;
  return { pool, batches };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

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
