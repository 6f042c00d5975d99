// A small picture of a series' style (line, dash, marker, band) for the legend and the read-out.

import type { SeriesStyle } from './palette';

export function Swatch({ style, band = false }: { style: SeriesStyle; band?: boolean }) {
  return (
    <svg className="chart-swatch" width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">
      {band ? (
        <rect
          x="0"
          y="2"
          width="26"
          height="10"
          style={{ fill: style.color }}
          className="chart-swatch-band"
        />
      ) : null}
      <line
        x1="1"
        x2="25"
        y1="7"
        y2="7"
        style={{
          stroke: style.color,
          strokeWidth: Math.max(1.5, style.width),
          strokeDasharray: style.dash,
          strokeOpacity: style.marker === 'none' ? 1 : 0.7,
        }}
      />
      {style.marker !== 'none' ? (
        <circle
          cx="13"
          cy="7"
          r="3.5"
          className={`chart-swatch-${style.marker}`}
          style={{ color: style.color }}
        />
      ) : null}
    </svg>
  );
}

/** A filled square swatch (states of interval charts). */
export function BoxSwatch({ color }: { color: string }) {
  return (
    <svg className="chart-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <rect x="1" y="1" width="12" height="12" rx="2" style={{ fill: color }} />
    </svg>
  );
}
