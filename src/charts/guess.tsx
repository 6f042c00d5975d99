// The reader's guess on an xy chart ("predict first"): a vertical dashed line at the guessed x and,
// for a clicked guess, a distinct marker at (x, y), labelled "Your guess". Drawn over the data once
// revealed, so guess and answer are seen together (and exported together).

import type { GuessPoint } from './guessModel';
import './pinPredict.css';
import type { XYModel } from './xyModel';

export function GuessLayer({ model, guess }: { model: XYModel; guess: GuessPoint }) {
  const { plot, fontSize } = model;
  const px = model.x.map(guess.x);
  // A typed x off the chart's range is not drawn (the sentence on Reveal still compares it).
  if (!Number.isFinite(px) || px < plot.left - 0.5 || px > plot.right + 0.5) return null;
  const py = guess.y === null ? Number.NaN : model.y.map(guess.y);
  const hasPoint = Number.isFinite(py) && py >= plot.top - 0.5 && py <= plot.bottom + 0.5;
  // The label sits beside the marker (or at the top of the line), on the side with more room.
  const right = px < (plot.left + plot.right) / 2;
  const labelY = hasPoint ? py - 10 : plot.top + fontSize + 2;
  const labelX = right ? px + 8 : px - 8;
  return (
    <g className="chart-guess" data-guess={hasPoint ? 'point' : 'x'}>
      <line className="chart-guess-line" x1={px} x2={px} y1={plot.top} y2={plot.bottom} />
      {hasPoint ? (
        <g className="chart-guess-marker" transform={`translate(${px},${py})`}>
          <circle r={7} />
          <path d="M-4,-4L4,4M-4,4L4,-4" />
        </g>
      ) : null}
      <text
        className="chart-guess-label"
        x={labelX}
        y={labelY}
        textAnchor={right ? 'start' : 'end'}
        fontSize={fontSize}
      >
        Your guess
      </text>
    </g>
  );
}
