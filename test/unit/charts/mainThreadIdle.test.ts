import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdMainThread, mainThreadIdle } from '../../../src/charts/mainThreadIdle';

/**
 * A browser whose main thread is idle every 5 ms, with `spare` ms to give each time. The clock is
 * fake (timers and performance.now), so the thresholds (40 ms idle, 150 ms settled) are exact and a
 * busy test machine cannot shift them. One clock for the whole file: the module remembers when the
 * last hold ended, and that time must not lie in a later test's future.
 */
let spare = 50;
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterAll(() => {
  vi.useRealTimers();
});
beforeEach(() => {
  spare = 50;
  (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => spare }), 5);
});
afterEach(() => {
  delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
});

const settled = async (p: Promise<void>, ms: number) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return done;
};

describe('mainThreadIdle', () => {
  it('resolves at the first long idle period when nothing holds the main thread', async () => {
    expect(await settled(mainThreadIdle(), 30)).toBe(true);
  });

  it('waits while a view holds the main thread, and resolves once every hold is released', async () => {
    const a = holdMainThread();
    const b = holdMainThread();
    const idle = mainThreadIdle();
    expect(await settled(idle, 60)).toBe(false);
    a();
    a(); // releasing twice counts once
    expect(await settled(idle, 60)).toBe(false);
    b();
    expect(await settled(idle, 30)).toBe(true);
  });

  it('short idle periods (a frame due) count only once the page has settled for 150 ms', async () => {
    spare = 12;
    const idle = mainThreadIdle();
    expect(await settled(idle, 60)).toBe(false);
    expect(await settled(idle, 200)).toBe(true);
    // A hold released just now starts the 150 ms again.
    holdMainThread()();
    const again = mainThreadIdle();
    expect(await settled(again, 80)).toBe(false);
    expect(await settled(again, 200)).toBe(true);
  });
});
