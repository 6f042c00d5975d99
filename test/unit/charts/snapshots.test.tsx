// Snapshot tests of the chart kit, in the manner of Observable Plot's test suite: one chart of each
// type, from hand-written chart JSON (test/unit/charts/fixtures, not produced by the engine), rendered
// to markup and compared with a committed file under test/unit/charts/snapshots/. The svg charts
// (xy, heatmap, intervals) give an .svg, the table an .html (it is an HTML table). React renders on
// the server here (react-dom/server, in Vitest's node environment): no DOM is needed, text is measured
// by the kit's estimate, and ids come from useId in render order, so the output is deterministic.
//
// A difference fails the test with both texts; look at the new drawing, and if it is what you meant,
// rewrite the snapshots: UPDATE_SNAPSHOTS=1 npx vitest run test/unit/charts/snapshots.test.tsx
// (a missing snapshot fails too unless UPDATE_SNAPSHOTS=1 is set, so CI never writes one).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatmapView } from '../../../src/charts/HeatmapView';
import { IntervalsView } from '../../../src/charts/IntervalsView';
import { stateColors } from '../../../src/charts/palette';
import { TableView } from '../../../src/charts/TableView';
import { XYChartView } from '../../../src/charts/XYChartView';
import type { HeatmapChart, IntervalsChart, TableChart, XYChart } from '../../../src/experiments/contract';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SNAPSHOTS = join(import.meta.dirname, 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

function fixture<C>(name: string): C {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as C;
}

/**
 * Markup made comparable: numbers with more than two decimals rounded to two (a change below a
 * hundredth of a pixel is not a change of the drawing, and last-bit differences of the math are
 * not worth a failure), and one tag per line so a difference reads as a line diff.
 */
function normalise(markup: string): string {
  return `${markup
    .replace(/-?\d+\.\d{3,}/g, (x) => String(Number(Number(x).toFixed(2)) + 0))
    .replace(/></g, '>\n<')}\n`;
}

/** The <svg> element of an svg chart view's markup (the view wraps it in a div), viewable on its own. */
function svgOf(markup: string): string {
  const svg = markup.slice(markup.indexOf('<svg'), markup.lastIndexOf('</svg>') + '</svg>'.length);
  return svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
}

function expectSnapshot(name: string, element: ReactElement): void {
  const markup = renderToStaticMarkup(element);
  const actual = normalise(name.endsWith('.svg') ? svgOf(markup) : markup);
  const file = join(SNAPSHOTS, name);
  if (UPDATE) writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: write it with UPDATE_SNAPSHOTS=1`).toBe(true);
  expect(actual, `${name} differs: if the new drawing is right, rewrite it with UPDATE_SNAPSHOTS=1`).toBe(
    readFileSync(file, 'utf8'),
  );
}

const SIZE = { width: 640, height: 400 };

describe('chart snapshots (fixed chart JSON → markup)', () => {
  it('xy: log axes, a closed form, a bound, simulated points with a band, a mark, a point without a value', () => {
    expectSnapshot('xy.svg', <XYChartView chart={fixture<XYChart>('xy')} {...SIZE} />);
  });

  it('heatmap: category axes, a colour legend, a cell without a value, cell labels', () => {
    expectSnapshot('heatmap.svg', <HeatmapView chart={fixture<HeatmapChart>('heatmap')} {...SIZE} />);
  });

  it('intervals: lanes, states in their colours, bar labels', () => {
    const chart = fixture<IntervalsChart>('intervals');
    const colors = stateColors(chart.rows.map((r) => r.state));
    expectSnapshot('intervals.svg', <IntervalsView chart={chart} colors={colors} {...SIZE} />);
  });

  it('table: numbers right-aligned to 4 significant digits, — for no value', () => {
    expectSnapshot('table.html', <TableView chart={fixture<TableChart>('table')} />);
  });

  it('the same chart renders the same markup twice (no random ids, no state between renders)', () => {
    const chart = fixture<XYChart>('xy');
    const once = renderToStaticMarkup(<XYChartView chart={chart} {...SIZE} />);
    expect(renderToStaticMarkup(<XYChartView chart={chart} {...SIZE} />)).toBe(once);
  });

  it('normalise rounds long decimals and puts one tag on a line', () => {
    expect(normalise('<path d="M1.23456,-7.891011L3,4.5"/><g></g>')).toBe(
      '<path d="M1.23,-7.89L3,4.5"/>\n<g>\n</g>\n',
    );
  });
});
