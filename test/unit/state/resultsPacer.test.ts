import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chartsCaughtUp,
  chartsMounted,
  chartsRendered,
  onChartsRendered,
} from '../../../src/state/chartsRendered';
import { startPacer } from '../../../src/state/resultsPacer';

/** A store version and a view that draws versions when told to (or no view at all). */
function harness(opts: { mounted: boolean }) {
  let version = 0;
  const log: string[] = [];
  const unmount = opts.mounted ? chartsMounted() : () => {};
  chartsRendered(0);
  const pacer = startPacer(
    {
      publish: () => log.push(`publish ${++version}`),
      finish: () => log.push('finish'),
      caughtUp: () => chartsCaughtUp(version),
      onRendered: onChartsRendered,
    },
    100,
    1000,
  );
  return { pacer, log, draw: () => chartsRendered(version), unmount };
}

describe('results pacing: at most once per interval, never faster than the charts draw', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('publishes the first results an interval after the start, then at most once per interval', () => {
    const h = harness({ mounted: false });
    h.pacer.result();
    vi.advanceTimersByTime(99);
    expect(h.log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.log).toEqual(['publish 1']);
    h.pacer.result();
    h.pacer.result();
    vi.advanceTimersByTime(99);
    expect(h.log).toEqual(['publish 1']);
    vi.advanceTimersByTime(1);
    expect(h.log).toEqual(['publish 1', 'publish 2']);
    h.unmount();
  });

  it('waits for the charts to draw a publication before the next, however long they take', () => {
    const h = harness({ mounted: true });
    h.pacer.result();
    vi.advanceTimersByTime(100);
    expect(h.log).toEqual(['publish 1']);
    h.pacer.result();
    vi.advanceTimersByTime(500);
    expect(h.log, 'version 1 not drawn yet').toEqual(['publish 1']);
    h.draw();
    vi.advanceTimersByTime(0);
    expect(h.log).toEqual(['publish 1', 'publish 2']);
    h.unmount();
  });

  it('publishes anyway when the charts stay silent for the longest wait', () => {
    const h = harness({ mounted: true });
    h.pacer.result();
    vi.advanceTimersByTime(100);
    h.pacer.result();
    vi.advanceTimersByTime(999);
    expect(h.log).toEqual(['publish 1']);
    vi.advanceTimersByTime(1);
    expect(h.log).toEqual(['publish 1', 'publish 2']);
    h.unmount();
  });

  it('finishes only once the last results are drawn: Done means the charts are final', () => {
    const h = harness({ mounted: true });
    h.pacer.result();
    h.pacer.done();
    expect(h.log, 'the end publishes at once').toEqual(['publish 1']);
    vi.advanceTimersByTime(500);
    expect(h.log).toEqual(['publish 1']);
    h.draw();
    vi.advanceTimersByTime(0);
    expect(h.log).toEqual(['publish 1', 'finish']);
    h.unmount();
  });

  it('finishes at once when nothing is left to publish and no view draws', () => {
    const h = harness({ mounted: false });
    h.pacer.done();
    expect(h.log).toEqual(['finish']);
    h.pacer.result();
    vi.advanceTimersByTime(5000);
    expect(h.log, 'nothing after the end').toEqual(['finish']);
  });

  it('a cancelled (superseded) batch publishes nothing more', () => {
    const h = harness({ mounted: false });
    h.pacer.result();
    h.pacer.cancel();
    h.pacer.done();
    vi.advanceTimersByTime(5000);
    expect(h.log).toEqual([]);
  });
});
