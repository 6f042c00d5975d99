// What hovering shows, shared by the charts: the read-out box beside the pointer and, for heatmap
// cells and intervals, which box is under the pointer and an outline around it.

import { type CSSProperties, type PointerEvent, type ReactNode, useState } from 'react';
import { pointerPosition } from './chartView';
import { Typeset } from './Typeset';

/** A rectangle of a chart in px: a heatmap cell, an interval. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The box under the pointer (the first one, in drawing order) and the svg handlers that track it.
 * `slackX` widens every box by that many px on both sides, so that thin intervals can be hovered.
 */
export function useHoveredBox<B extends Box>(boxes: readonly B[], slackX = 0) {
  const [active, setActive] = useState<B | null>(null);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const { px, py } = pointerPosition(e);
    const hit = boxes.find(
      (b) => py >= b.y && py <= b.y + b.h && px >= b.x - slackX && px <= b.x + b.w + slackX,
    );
    setActive(hit ?? null);
  };
  return { active, handlers: { onPointerMove, onPointerLeave: () => setActive(null) } };
}

/** Outline of the hovered box, at least `minWidth` px wide; left out of exports. */
export function HoverOutline({ box, minWidth = 0 }: { box: Box; minWidth?: number }) {
  return (
    <rect
      className="chart-heat-active"
      data-export="omit"
      x={box.x}
      y={box.y}
      width={Math.max(box.w, minWidth)}
      height={box.h}
    />
  );
}

/**
 * Where a floating read-out goes: `gap` px right of `after` while `at` is in the left 55 % of the
 * chart, otherwise `gap` px left of `before`; so that it stays inside the chart, beside what it
 * describes.
 */
export function readoutPlacement(p: {
  width: number;
  at: number;
  before: number;
  after: number;
  top: number;
  gap: number;
}): CSSProperties {
  return p.at < p.width * 0.55
    ? { left: Math.round(p.after + p.gap), top: Math.round(p.top) }
    : { right: Math.round(p.width - p.before + p.gap), top: Math.round(p.top) };
}

/** The read-out box (HTML, over the chart); `docked` puts it under the chart instead. */
export function ReadoutBox({
  style,
  docked = false,
  children,
}: {
  style?: CSSProperties;
  docked?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`chart-readout${docked ? ' is-docked' : ''}`} style={style} aria-live="polite">
      {children}
    </div>
  );
}

/** A heading line of the read-out: a quantity's name, muted, and its value in bold. */
export function ReadoutHeading({ label, value }: { label: string; value: string }) {
  return (
    <div className="chart-readout-x">
      <span className="chart-readout-xlabel">
        <Typeset text={label} />
      </span>{' '}
      <strong>{value}</strong>
    </div>
  );
}
