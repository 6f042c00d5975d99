// One variant's run as an SVG Gantt chart that is revealed up to the playback cursor. React draws
// the whole run once; each frame only moves a clip rectangle and the cursor line (through refs), so
// playing costs a few attribute writes per frame, not a React render.
//
// Two layers: under the clip, every mini-batch grows in a neutral "computing" colour as the cursor
// passes; a mini-batch's fate (applied fresh, applied stale, cancelled) and its label appear only
// when it ends, as in the run itself — nobody knows at the start which work will be thrown away.

import { useLayoutEffect, useMemo, useRef } from 'react';
import { canvasMeasure } from '../../charts/text';
import type { TimelineChart } from '../../experiments/timeline/rows';
import { buildGanttModel, type GanttBar } from './ganttModel';
import type { Playback } from './playback';
import { STATE_STYLE } from './states';

interface Props {
  chart: TimelineChart;
  P: number;
  domainEnd: number;
  width: number;
  /** A height to fill (an embed's frame); without it the lanes decide the height. */
  height?: number;
  fontScale: number;
  fontFamily: string;
  playback: Playback;
  svgRef?: React.Ref<SVGSVGElement>;
  /** The caption text for screen readers (the chart's summary). */
  description: string;
}

const fmtTime = (t: number) => t.toFixed(2);

/** A mini-batch in progress: its fate is not known yet. */
export const COMPUTING_FILL = '#b7c3d0';

function Bar({ bar, hatch, fontSize }: { bar: GanttBar; hatch: string; fontSize: number }) {
  const style = STATE_STYLE[bar.row.state];
  const { row } = bar;
  const tip = `${row.lane}, ${STATE_STYLE[row.state].legend}: ${fmtTime(row.start)}–${fmtTime(row.end)}${
    row.note ? ` (${row.note})` : ''
  }`;
  const fill = style.fill === 'hatch' ? `url(#${hatch})` : style.fill === 'outline' ? 'none' : style.fill;
  return (
    <g className={`gantt-bar gantt-${row.state}`}>
      <rect
        x={bar.x}
        y={bar.y}
        width={bar.w}
        height={bar.h}
        fill={fill}
        stroke={
          style.fill === 'outline' ? STATE_STYLE.compute.fill : style.fill === 'hatch' ? '#9aa1aa' : 'none'
        }
        strokeDasharray={style.fill === 'outline' ? '4 3' : undefined}
        strokeWidth={style.fill === 'outline' || style.fill === 'hatch' ? 1 : 0}
      >
        <title>{tip}</title>
      </rect>
      {bar.label ? (
        <text
          x={bar.x + bar.w - 4}
          y={bar.y + bar.h / 2}
          dy="0.35em"
          textAnchor="end"
          fontSize={fontSize * 0.82}
          fill={style.text ?? '#1b1f24'}
        >
          {bar.label}
        </text>
      ) : null}
    </g>
  );
}

export function Gantt({
  chart,
  P,
  domainEnd,
  width,
  height,
  fontScale,
  fontFamily,
  playback,
  svgRef,
  description,
}: Props) {
  // Ids from the chart's id (unique in the page), not useId (a render-order counter on the client):
  // the same link must give the same SVG text.
  const ids = `gantt-${chart.id}`;
  const clipId = `${ids}-clip`;
  const hatchId = `${ids}-hatch`;
  const measure = useMemo(() => canvasMeasure(fontFamily), [fontFamily]);
  const model = useMemo(
    () => buildGanttModel({ rows: chart.rows, P, domainEnd, width, height, fontScale, measure }),
    [chart.rows, P, domainEnd, width, height, fontScale, measure],
  );
  const clipRef = useRef<SVGRectElement>(null);
  const barsRef = useRef<SVGGElement>(null);
  const cursorRef = useRef<SVGGElement>(null);
  const cursorText = useRef<SVGTextElement>(null);
  const { plot, fontSize } = model;

  // Bars in the order they end, so each frame touches only the bars whose end the cursor crossed.
  const byEnd = useMemo(
    () => model.bars.map((b, i) => ({ i, end: b.row.end })).sort((a, b) => a.end - b.end || a.i - b.i),
    [model],
  );

  // Before paint, so a new run never flashes whole before its first frame.
  useLayoutEffect(() => {
    let shown = -1; // bars byEnd[0 … shown − 1] are visible; −1: not set yet
    const reveal = (t: number) => {
      const groups = barsRef.current?.children;
      if (!groups) return;
      let n = 0;
      while (n < byEnd.length && byEnd[n].end <= t + 1e-9) n++;
      const from = shown < 0 ? 0 : Math.min(shown, n);
      const to = shown < 0 ? byEnd.length : Math.max(shown, n);
      for (let k = from; k < to; k++)
        groups[byEnd[k].i]?.setAttribute('visibility', k < n ? 'visible' : 'hidden');
      shown = n;
    };
    return playback.onTick((t) => {
      reveal(t);
      const x = model.toX(Math.min(t, domainEnd));
      clipRef.current?.setAttribute('width', String(Math.max(0, x + 1)));
      const g = cursorRef.current;
      if (g) {
        g.setAttribute('transform', `translate(${x},0)`);
        g.setAttribute('data-time', String(t));
      }
      const label = cursorText.current;
      if (label) {
        label.textContent = `t = ${fmtTime(t)}`;
        // Keep the label inside the chart near both ends.
        label.setAttribute(
          'text-anchor',
          x > plot.right - fontSize * 4 ? 'end' : x < plot.left + fontSize * 3 ? 'start' : 'middle',
        );
      }
    });
  }, [playback, model, byEnd, domainEnd, plot.left, plot.right, fontSize]);

  const titleId = `${ids}-title`;
  const descId = `${ids}-desc`;
  return (
    <svg
      ref={svgRef}
      className="chart-svg gantt-svg"
      width={width}
      height={model.height}
      viewBox={`0 0 ${width} ${model.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      fontFamily={fontFamily}
    >
      <title id={titleId}>{chart.title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <clipPath id={clipId}>
          <rect ref={clipRef} x={0} y={0} width={width} height={model.height} />
        </clipPath>
        <pattern
          id={hatchId}
          width={7}
          height={7}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={7} height={7} fill="#eef0f2" />
          <line x1={0} y1={0} x2={0} y2={7} stroke="#9aa1aa" strokeWidth={2.5} />
        </pattern>
      </defs>
      <g className="gantt-lanes">
        {model.lanes.map((lane, i) => (
          <g key={lane.name}>
            <rect
              x={plot.left}
              y={lane.y}
              width={plot.right - plot.left}
              height={lane.h}
              fill={lane.name === 'PS' ? '#eef3f9' : i % 2 ? '#fafbfc' : '#f3f4f6'}
            />
            <text
              x={plot.left - 8}
              y={lane.y + lane.h / 2}
              dy="0.35em"
              textAnchor="end"
              fontSize={fontSize}
              fontWeight={lane.name === 'PS' ? 700 : 400}
              fill="#1b1f24"
            >
              {lane.name}
            </text>
          </g>
        ))}
      </g>
      <g className="gantt-axis" fontSize={fontSize} fill="#5a6270">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#5a6270" />
        {model.xTicks.map((t) => (
          <g key={t.label} transform={`translate(${t.x},${plot.bottom})`}>
            <line y2={5} stroke="#5a6270" />
            <text y={8 + fontSize} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {model.axisTitle ? (
          <text x={(plot.left + plot.right) / 2} y={plot.bottom + fontSize * 3.1} textAnchor="middle">
            {chart.x.label}
          </text>
        ) : null}
      </g>
      <g className="gantt-data" clipPath={`url(#${clipId})`}>
        {model.updates.map((u) => (
          <line
            key={`g${u.key}`}
            x1={u.x}
            x2={u.x}
            y1={plot.top}
            y2={model.psLane.y}
            stroke="#1b1f24"
            strokeOpacity={0.18}
            strokeDasharray="3 4"
          />
        ))}
        <g className="gantt-progress">
          {model.bars.map((b) => (
            <rect key={b.key} x={b.x} y={b.y} width={b.w} height={b.h} fill={COMPUTING_FILL} />
          ))}
        </g>
        <g className="gantt-bars" ref={barsRef}>
          {model.bars.map((b) => (
            <Bar key={b.key} bar={b} hatch={hatchId} fontSize={fontSize} />
          ))}
        </g>
        <g className="gantt-updates">
          {model.updates.map((u) => (
            <g key={u.key} data-t={u.row.start}>
              <line
                x1={u.x}
                x2={u.x}
                y1={model.psLane.y + 3}
                y2={model.psLane.y + model.psLane.h - 3}
                stroke={STATE_STYLE.update.fill}
                strokeWidth={3}
              >
                <title>{`t = ${fmtTime(u.row.start)}: ${u.row.note ?? ''}`}</title>
              </line>
              {u.label ? (
                <text
                  x={u.labelSide === 'left' ? u.x - 4 : u.x + 4}
                  textAnchor={u.labelSide === 'left' ? 'end' : 'start'}
                  y={model.psLane.y + model.psLane.h / 2}
                  dy="0.35em"
                  fontSize={fontSize * 0.82}
                  fill="#1b1f24"
                >
                  {u.label}
                </text>
              ) : null}
            </g>
          ))}
        </g>
      </g>
      <g ref={cursorRef} className="gantt-cursor">
        <line y1={plot.top - 4} y2={plot.bottom} stroke="#0b5cad" strokeWidth={2} />
        <text
          ref={cursorText}
          y={plot.top - 8}
          fontSize={fontSize * 0.9}
          fill="#0b5cad"
          textAnchor="middle"
        />
      </g>
    </svg>
  );
}
