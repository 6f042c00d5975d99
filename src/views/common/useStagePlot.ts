// Presentation mode's stage (src/app/presentation): which of a view's charts fills the screen, and
// the height its plot gets there. The stage's CSS gives the chart's body whatever height is left
// under its title and above its legend; that height, measured, is the chart's drawing height, so the
// whole figure fits the screen whatever the legend's length or the window's shape.

import { useLayoutEffect, useState } from 'react';
import type { Chart } from '../../experiments/contract';
import { stageChart } from '../../state/stage';
import { useApp } from '../../state/store';

/** No plot is drawn shorter than this, even on a tiny window (it would be unreadable anyway). */
const MIN_PLOT = 160;

/** The id of the chart on the stage among `charts` (the slide's, else the first), or null. */
export function useStageChartId(charts: readonly { id: string; type: Chart['type'] }[]): string | null {
  const wanted = useApp(stageChart);
  if (wanted === null || charts.length === 0) return null;
  const chart = charts.find((c) => c.id === wanted) ?? charts.find((c) => c.type !== 'table') ?? charts[0];
  return chart.id;
}

/** The drawing height of the chart on the stage, measured from its body (undefined off the stage). */
export function useStagePlotHeight(id: string | null): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    setHeight(undefined);
    if (id === null) return;
    const body = document.querySelector<HTMLElement>(
      `.chart-on-stage[data-chart-id="${CSS.escape(id)}"] > .chart-body`,
    );
    if (!body) return;
    const measure = () => setHeight(Math.max(MIN_PLOT, Math.floor(body.clientHeight)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
  }, [id]);
  return height;
}
