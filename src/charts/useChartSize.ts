// The width of a chart's container (ResizeObserver), with the font family and the
// `--chart-font-scale` in force there, so that layout and CSS agree.

import { useCallback, useLayoutEffect, useState } from 'react';

export interface ChartSize {
  width: number;
  fontScale: number;
  fontFamily: string;
}

const DEFAULT_FAMILY = 'system-ui, sans-serif';

function read(el: HTMLElement): ChartSize {
  const style = getComputedStyle(el);
  const scale = Number.parseFloat(style.getPropertyValue('--chart-font-scale'));
  return {
    width: Math.floor(el.getBoundingClientRect().width),
    fontScale: Number.isFinite(scale) && scale > 0 ? scale : 1,
    fontFamily: style.fontFamily || DEFAULT_FAMILY,
  };
}

/** A callback ref for the container, and its current size (width 0 until measured). */
export function useChartSize<T extends HTMLElement>(): [(el: T | null) => void, ChartSize] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<ChartSize>({ width: 0, fontScale: 1, fontFamily: DEFAULT_FAMILY });
  const ref = useCallback((el: T | null) => setElement(el), []);

  useLayoutEffect(() => {
    if (!element) return;
    const update = () => {
      const next = read(element);
      setSize((prev) =>
        prev.width === next.width && prev.fontScale === next.fontScale && prev.fontFamily === next.fontFamily
          ? prev
          : next,
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [element]);

  return [ref, size];
}
