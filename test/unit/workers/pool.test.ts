import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CellSpec } from '../../../src/experiments/cells';
import { CANCEL_GRACE_MS, WorkerPool } from '../../../src/workers/pool';

/**
 * The clock is fake (setTimeout and Date): a cell's "work", the pool's cancel grace period and the
 * test's measurements all run on it, so a busy machine cannot shift a threshold and the times
 * asserted below are what the pool's logic gives, to the millisecond. Messages between the pool and
 * its workers still cross a real MessageChannel; `advance` lets them through between clock ticks.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

/** Real event-loop turns (setImmediate is not faked), so posted messages are delivered. */
async function deliver(): Promise<void> {
  for (let i = 0; i < 4; i++) await new Promise<void>((r) => setImmediate(r));
}

/** Moves the fake clock on by `ms`, one millisecond at a time, delivering messages after each. */
async function advance(ms: number): Promise<void> {
  await deliver();
  for (let i = 0; i < ms; i++) {
    await vi.advanceTimersByTimeAsync(1);
    await deliver();
  }
}

/** Advances the clock until `p` settles; returns the fake milliseconds that took (fails after `limit`). */
async function settle(p: Promise<unknown>, limit = 10_000): Promise<number> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  const t0 = Date.now();
  await deliver();
  while (!done) {
    if (Date.now() - t0 > limit) throw new Error(`not settled after ${limit} ms of fake time`);
    await advance(1);
  }
  return Date.now() - t0;
}

/**
 * A stand-in for a module worker: a Comlink endpoint over a MessageChannel. Cells are
 * `{ kind: 'busy', params: { ms, cooperative } }`: they "work" for `ms`, yielding every few ms only
 * when cooperative (a cooperative cell sees a cancel; a stubborn one must be terminated).
 */
class FakeWorker extends EventTarget {
  private readonly port: MessagePort;
  private readonly inner: MessagePort;
  terminated = false;

  constructor() {
    super();
    const ch = new MessageChannel();
    this.port = ch.port1;
    this.inner = ch.port2;
    const cancelled = new Set<number>();
    Comlink.expose(
      {
        async run(jobId: number, cell: CellSpec, seed: number) {
          const { ms, cooperative, value } = cell.params as {
            ms: number;
            cooperative: boolean;
            value: number;
          };
          const end = Date.now() + ms;
          while (Date.now() < end) {
            if (cooperative) {
              await new Promise((r) => setTimeout(r, 2));
              if (cancelled.has(jobId)) {
                const e = new Error('cancelled');
                e.name = 'CellCancelled';
                throw e;
              }
            } else await new Promise((r) => setTimeout(r, Math.max(0, end - Date.now())));
          }
          return { value, seed };
        },
        cancel(jobId: number) {
          cancelled.add(jobId);
        },
      },
      this.inner,
    );
  }
  postMessage(msg: unknown, transfer?: Transferable[]) {
    if (!this.terminated) this.port.postMessage(msg, transfer ?? []);
  }
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type === 'message') this.port.addEventListener('message', listener as EventListener);
    else super.addEventListener(type, listener);
    this.port.start();
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type === 'message') this.port.removeEventListener('message', listener as EventListener);
    else super.removeEventListener(type, listener);
  }
  terminate() {
    if (this.terminated) return;
    this.terminated = true;
    this.port.close();
    this.inner.close();
  }
}

const cell = (id: string, ms: number, cooperative = true, value = 0): CellSpec => ({
  id,
  kind: 'busy',
  params: { ms, cooperative, value },
  cost: 1,
});

function runToEnd(pool: WorkerPool, cells: CellSpec[], seed = 1) {
  const results = new Map<string, unknown>();
  const errors: string[] = [];
  const notices: string[] = [];
  const done = new Promise<void>((resolve) =>
    pool.run(cells, seed, {
      onResult: (c, v) => results.set(c.id, v),
      onCellError: (c, m) => errors.push(`${c.id}: ${m}`),
      onNotice: (m) => notices.push(m),
      onDone: resolve,
    }),
  );
  return { results, errors, notices, done };
}

let pools: WorkerPool[] = [];
const makePool = (size: number, mainThreadIdle?: () => Promise<void>) => {
  const p = new WorkerPool(() => new FakeWorker() as unknown as Worker, size, mainThreadIdle);
  pools.push(p);
  return p;
};
afterEach(() => {
  for (const p of pools) p.dispose();
  pools = [];
  vi.useRealTimers();
});

describe('WorkerPool', () => {
  it('starts no worker until there is work, and never more than its size (at most 8)', async () => {
    const pool = makePool(64);
    expect(pool.stats.size).toBe(8);
    expect(pool.stats.spawned).toBe(0);
    const small = makePool(2);
    const r = runToEnd(
      small,
      Array.from({ length: 10 }, (_, i) => cell(`c${i}`, 5, true, i)),
    );
    await settle(r.done);
    expect(small.stats.spawned).toBe(2);
    expect([...r.results.keys()].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`).sort());
    expect(r.results.get('c7')).toEqual({ value: 7, seed: 1 });
  });

  it('gives the same results whatever the number of workers', async () => {
    const cells = Array.from({ length: 12 }, (_, i) => cell(`c${i}`, 1 + ((i * 7) % 5), true, i * i));
    const one = runToEnd(makePool(1), cells);
    const four = runToEnd(makePool(4), cells);
    await settle(Promise.all([one.done, four.done]));
    expect(new Map([...four.results].sort())).toEqual(new Map([...one.results].sort()));
  });

  it('cancels superseded cooperative work without terminating, and drops its results', async () => {
    const pool = makePool(2);
    const first = runToEnd(pool, [cell('slow-a', 2000), cell('slow-b', 2000), cell('slow-c', 2000)]);
    await advance(30);
    const second = runToEnd(pool, [cell('quick', 5, true, 42)]);
    // Cooperative cells see the cancel at their next yield: nothing waits for the grace period.
    expect(await settle(second.done)).toBeLessThan(CANCEL_GRACE_MS);
    expect(second.results.get('quick')).toEqual({ value: 42, seed: 1 });
    expect(first.results.size).toBe(0);
    expect(pool.stats.terminated).toBe(0);
    expect(pool.stats.cellsCancelled).toBe(3); // two workers hold two cells each: all three were in flight
  });

  it('terminates and replaces a worker that ignores the cancel for 100 ms', async () => {
    const pool = makePool(1);
    runToEnd(pool, [cell('stubborn', 5000, false)]);
    await advance(20);
    const next = runToEnd(pool, [cell('after', 5, true, 1)]);
    // The grace period, then a new worker runs the 5 ms cell (it yields every 2 ms: done at 6).
    const waited = await settle(next.done);
    expect(waited).toBeGreaterThanOrEqual(CANCEL_GRACE_MS + 5);
    expect(waited).toBeLessThanOrEqual(CANCEL_GRACE_MS + 10);
    expect(pool.stats.terminated).toBe(1);
    expect(pool.stats.liveWorkers).toBe(1);
    expect(next.results.get('after')).toEqual({ value: 1, seed: 1 });
  });

  it('reports a killed worker in words, replaces it and retries the cell once', async () => {
    const pool = makePool(1);
    const r = runToEnd(pool, [cell('victim', 200, true, 9)]);
    await advance(20);
    expect(pool.killWorker(0)).toBe(true);
    await settle(r.done);
    expect(r.notices.join(' ')).toMatch(/worker stopped .*replaced/);
    expect(r.results.get('victim')).toEqual({ value: 9, seed: 1 });
    expect(pool.stats.crashed).toBe(1);
    expect(pool.stats.spawned).toBe(2);
  });

  it('holds its last worker back until the main thread is idle, per batch', async () => {
    const signals: (() => void)[] = [];
    const idle = () => new Promise<void>((resolve) => signals.push(resolve));
    const pool = makePool(3, idle);
    const cells = Array.from({ length: 12 }, (_, i) => cell(`c${i}`, 40, true, i));
    const r = runToEnd(pool, cells);
    await advance(10);
    expect(pool.stats.spawned).toBe(2); // all but one
    expect(pool.stats.cellsStarted).toBe(4); // two cells each (the pipeline)
    signals.shift()!();
    await advance(10);
    expect(pool.stats.spawned).toBe(3);
    expect(pool.stats.cellsStarted).toBe(6);
    await settle(r.done);
    expect(r.results.size).toBe(12);
    // A new batch starts on two workers again; an idle signal of a superseded batch changes nothing.
    const superseded = runToEnd(pool, cells.slice(0, 8));
    const latest = runToEnd(pool, cells.slice(0, 8));
    signals.shift()!(); // the superseded batch's
    await advance(10);
    const busy = pool.stats.cellsStarted - pool.stats.cellsCompleted - pool.stats.cellsCancelled;
    expect(busy).toBeLessThanOrEqual(4);
    signals.shift()!();
    await settle(latest.done);
    expect(latest.results.size).toBe(8);
    expect(superseded.results.size).toBe(0);
  });

  it('a worker still draining a superseded cell does not hold up the next batch: another takes its place', async () => {
    const pool = makePool(2, () => new Promise<void>(() => {})); // the main thread is never idle
    runToEnd(pool, [cell('stubborn', 5000, false)]);
    await advance(20);
    const next = runToEnd(pool, [cell('quick', 5, true, 2)]);
    // The second worker runs it at once (done at 6 ms), not after the stubborn one's termination.
    expect(await settle(next.done)).toBeLessThanOrEqual(10);
    expect(next.results.get('quick')).toEqual({ value: 2, seed: 1 });
    expect(pool.stats.spawned).toBe(2);
  });

  it('a pool of one worker never waits for the main thread', async () => {
    let asked = 0;
    const pool = makePool(1, () => {
      asked++;
      return new Promise<void>(() => {});
    });
    const r = runToEnd(pool, [cell('only', 5, true, 3)]);
    await settle(r.done);
    expect(asked).toBe(0);
    expect(r.results.get('only')).toEqual({ value: 3, seed: 1 });
  });
});
