// What the SVG chart views (xy, heatmap, intervals) share: their props, their layout (rebuilt only
// when its input changes), the <svg> root with the chart's title and summary, and pointer positions.

import { type PointerEvent, type ReactNode, type Ref, type SVGProps, useId, useMemo } from 'react';
import type { LayoutInput } from './layout';
import { canvasMeasure } from './text';

/** Props of every SVG chart view (ChartFrame passes the same to each). */
export interface ChartViewProps<C> {
  chart: C;
  width: number;
  height: number;
  /** Multiplies every font size (presentation mode). */
  fontScale?: number;
  fontFamily?: string;
  svgRef?: Ref<SVGSVGElement>;
}

/** The view's layout from `build`, with text measured in the view's font. */
export function useChartLayout<C, M>(build: (input: LayoutInput<C>) => M, props: ChartViewProps<C>): M {
  const { chart, width, height, fontScale = 1, fontFamily = 'system-ui, sans-serif' } = props;
  const measure = useMemo(() => canvasMeasure(fontFamily), [fontFamily]);
  return useMemo(
    () => build({ chart, width, height, fontScale, measure }),
    [build, chart, width, height, fontScale, measure],
  );
}

type SvgHandlers = Pick<
  SVGProps<SVGSVGElement>,
  'onPointerMove' | 'onPointerDown' | 'onPointerLeave' | 'onKeyDown' | 'onBlur'
>;

export interface ChartSvgProps extends SvgHandlers {
  chart: { title: string; summary?: string };
  width: number;
  height: number;
  svgRef?: Ref<SVGSVGElement>;
  /** 0 for a chart explored with the keyboard. */
  tabIndex?: number;
  children: ReactNode;
}

export function ChartSvg({ chart, width, height, svgRef, tabIndex, children, ...handlers }: ChartSvgProps) {
  const titleId = useId();
  const descId = useId();
  return (
    <svg
      ref={svgRef}
      className="chart-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={chart.summary ? descId : undefined}
      tabIndex={tabIndex}
      {...handlers}
    >
      <title id={titleId}>{chart.title}</title>
      {chart.summary ? <desc id={descId}>{chart.summary}</desc> : null}
      {children}
    </svg>
  );
}

/** Where a pointer event falls, in px from the svg's top-left corner (the layout's coordinates). */
export function pointerPosition(e: PointerEvent<SVGSVGElement>): { px: number; py: number } {
  const rect = e.currentTarget.getBoundingClientRect();
  return { px: e.clientX - rect.left, py: e.clientY - rect.top };
}
