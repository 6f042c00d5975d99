// The width of a chart's container (ResizeObserver), with the font family and the
// `--chart-font-scale` in force there, so that layout and CSS agree; and its height, for a chart
// that fills a box of a given size (an embed's iframe) rather than choosing its own height.

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { requestDrawTurn } from './drawTurns';

export interface ChartSize {
  width: number;
  /** The container's height; 0 unless asked for (`useChartSize({ height: true })`). */
  height: number;
  fontScale: number;
  fontFamily: string;
}

const DEFAULT_FAMILY = 'system-ui, sans-serif';

function read(el: HTMLElement, withHeight: boolean): ChartSize {
  const style = getComputedStyle(el);
  const scale = Number.parseFloat(style.getPropertyValue('--chart-font-scale'));
  const rect = el.getBoundingClientRect();
  // The content box: a padded container (the presentation stage pads its figure) must not get a
  // chart as wide as its border box, whose right edge — the last x tick — its body would clip.
  const px = (v: string) => Number.parseFloat(v) || 0;
  const padX = px(style.paddingLeft) + px(style.paddingRight);
  const padY = px(style.paddingTop) + px(style.paddingBottom);
  return {
    width: Math.floor(rect.width - padX),
    height: withHeight ? Math.floor(rect.height - padY) : 0,
    fontScale: Number.isFinite(scale) && scale > 0 ? scale : 1,
    fontFamily: style.fontFamily || DEFAULT_FAMILY,
  };
}

const same = (a: ChartSize, b: ChartSize) =>
  a.width === b.width &&
  a.height === b.height &&
  a.fontScale === b.fontScale &&
  a.fontFamily === b.fontFamily;

/**
 * A callback ref for the container, and its current size (width 0 until measured). The first size
 * comes from the ResizeObserver's first report, after the browser's own layout (reading it in a
 * layout effect would force a layout of the whole page in the middle of React's commit), and waits
 * its draw turn (drawTurns), so that the charts of a view draw one per task.
 */
export function useChartSize<T extends HTMLElement>(
  options: { height?: boolean } = {},
): [(el: T | null) => void, ChartSize] {
  const withHeight = options.height === true;
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<ChartSize>({
    width: 0,
    height: 0,
    fontScale: 1,
    fontFamily: DEFAULT_FAMILY,
  });
  const ref = useCallback((el: T | null) => setElement(el), []);
  /** Ends the draw turn asked for or held (null when there is none). */
  const endTurn = useRef<(() => void) | null>(null);
  /** The chart has drawn once: later sizes need no turn. */
  const drawn = useRef(false);

  useLayoutEffect(() => {
    if (!element) return;
    let latest: ChartSize | null = null;
    const apply = () => {
      const next = latest!;
      setSize((prev) => (same(prev, next) ? prev : next));
    };
    const update = () => {
      latest = read(element, withHeight);
      if (drawn.current) apply();
      else if (latest.width > 0 && !endTurn.current) endTurn.current = requestDrawTurn(apply);
    };
    if (typeof ResizeObserver === 'undefined') {
      update();
      return;
    }
    let frame = 0;
    let first = true;
    const observer = new ResizeObserver(() => {
      // The first report comes after a layout: read at once. Later ones wait for the frame.
      if (first) {
        first = false;
        update();
        return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      endTurn.current?.();
      endTurn.current = null;
    };
  }, [element, withHeight]);

  // The first drawing is committed: the next chart may draw.
  useLayoutEffect(() => {
    if (size.width <= 0) return;
    drawn.current = true;
    endTurn.current?.();
    endTurn.current = null;
  }, [size.width]);

  return [ref, size];
}
