import { beforeEach, describe, expect, it } from 'vitest';
import type { Chart, XYChart } from '../../../src/experiments/contract';
import { canPin, ghostsFor, linkDifferences, pinOf, usePins } from '../../../src/state/pins';
import { NO_PREDICTION, setPredictMode, usePredict } from '../../../src/state/predict';
import { useApp } from '../../../src/state/store';

const xy = (id: string, y = 'speedup S(b)', M = 10): XYChart => ({
  type: 'xy',
  id,
  title: id,
  x: { label: 'batch size b', scale: 'log' },
  y: { label: y, scale: 'log' },
  series: [{ id: `m-${M}`, label: `M = ${M}`, kind: 'approximation', points: [{ x: 1, y: M }] }],
});
const table: Chart = { type: 'table', id: 'summary', title: 'summary', columns: ['a'], rows: [[1]] };

describe('what differed between the pinned link and the current one', () => {
  it('names each changed parameter with its pinned and current value, in the link format', () => {
    expect(linkDifferences('?v=1&view=speedup&M=10,100&seed=1', '?v=1&view=speedup&M=10,1000&seed=1')).toBe(
      'M = 10,100 → now 10,1000',
    );
    // Defaults are left out of canonical links: bmax=14 is the default, and eps changed too.
    expect(
      linkDifferences(
        '?v=1&view=speedup&M=10,100&seed=1',
        '?v=1&view=speedup&M=10,100&eps=0.1&bmax=10&seed=1',
      ),
    ).toBe('eps = 0.01 → now 0.1; bmax = 14 → now 10');
    expect(linkDifferences('?v=1&view=speedup&seed=1', '?v=1&view=speedup&seed=7')).toBe('seed = 1 → now 7');
  });

  it('says "same parameters" when nothing changed, and names a change of view', () => {
    expect(linkDifferences('?v=1&view=speedup&M=10&seed=1', '?v=1&view=speedup&M=10&seed=1')).toBe(
      'same parameters',
    );
    expect(linkDifferences('?v=1&view=speedup&seed=1', '?v=1&view=minibatch&seed=1')).toBe(
      'view speedup → now minibatch',
    );
  });
});

describe('pin and unpin', () => {
  beforeEach(() => usePins.setState({ pins: {}, offers: {} }));

  it('pins the offered xy charts by id with their link, replaces on pinning again, clears on unpin', () => {
    const s = usePins.getState();
    expect(s.pin('speedup')).toBe(false); // nothing offered yet
    s.offer('speedup', { link: '?v=1&view=speedup&M=10&seed=1', charts: [xy('speedup-vs-b'), table] });
    expect(usePins.getState().pin('speedup')).toBe(true);
    const first = usePins.getState().pins.speedup;
    expect(first?.link).toBe('?v=1&view=speedup&M=10&seed=1');
    expect(first?.count).toBe(1);
    expect(Object.keys(first?.charts ?? {})).toEqual(['speedup-vs-b']);
    expect(first?.charts['speedup-vs-b'].series[0].points).toEqual([{ x: 1, y: 10 }]);

    s.offer('speedup', {
      link: '?v=1&view=speedup&M=100&seed=1',
      charts: [xy('speedup-vs-b', undefined, 100)],
    });
    usePins.getState().pin('speedup');
    expect(usePins.getState().pins.speedup?.link).toBe('?v=1&view=speedup&M=100&seed=1');
    expect(usePins.getState().pins.speedup?.charts['speedup-vs-b'].series[0].id).toBe('m-100');

    usePins.getState().unpin('speedup');
    expect(usePins.getState().pins.speedup).toBeUndefined();
  });

  it('keeps pins per view, and has nothing to pin without an xy chart', () => {
    const s = usePins.getState();
    s.offer('timeline', { link: '?v=1&view=timeline&seed=1', charts: [table] });
    expect(canPin(usePins.getState().offers.timeline)).toBe(false);
    expect(usePins.getState().pin('timeline')).toBe(false);
    s.offer('speedup', { link: '?v=1&view=speedup&seed=1', charts: [xy('a')] });
    usePins.getState().pin('speedup');
    expect(Object.keys(usePins.getState().pins)).toEqual(['speedup']);
  });

  it('draws ghosts only on a chart with the same id and the same axes', () => {
    const pin = pinOf('?v=1&view=speedup&seed=1', [xy('speedup-vs-b')]);
    expect(ghostsFor(pin, xy('speedup-vs-b', undefined, 100))?.[0].id).toBe('m-10');
    expect(ghostsFor(pin, xy('speedup-vs-b', 'iterations relative to b = 1'))).toBeNull();
    expect(ghostsFor(pin, xy('other'))).toBeNull();
    expect(ghostsFor(undefined, xy('speedup-vs-b'))).toBeNull();
  });
});

describe('predict first', () => {
  it('turns the link flag on with a fresh prediction, and off again', () => {
    useApp.getState().loadLink('?v=1&view=speedup&seed=1');
    usePredict.getState().setGuess('speedup', { x: 64, y: null });
    usePredict.getState().reveal('speedup');
    setPredictMode(true);
    expect(useApp.getState().display.predict).toBe(true);
    expect(usePredict.getState().byView.speedup).toEqual(NO_PREDICTION);
    usePredict.getState().setGuess('speedup', { x: 64, y: 30 });
    usePredict.getState().reveal('speedup');
    expect(usePredict.getState().byView.speedup).toEqual({ guess: { x: 64, y: 30 }, revealed: true });
    usePredict.getState().retry('speedup');
    expect(usePredict.getState().byView.speedup).toEqual(NO_PREDICTION);
    setPredictMode(false);
    expect(useApp.getState().display.predict).toBe(false);
  });
});
