// The explanation beside each chart (src/views/common/ChartExplanation.tsx), by view and chart id.
// Chart ids are the CLI's (src/experiments); ids built from parameters match by prefix.

import type { Chart } from '../../experiments/contract';
import type { ViewName } from '../../scenario/views';
import { asyncExplanations } from './async';
import { estimatorExplanations } from './estimator';
import { kvariantsExplanations } from './kvariants';
import { minibatchExplanations } from './minibatch';
import { raceExplanations } from './race';
import { runtimeExplanations } from './runtime';
import { speedupExplanations } from './speedup';
import { timelineExplanations } from './timeline';
import type { Explanation, ViewExplanations } from './types';

export type { Explanation } from './types';

/** What to notice beside this chart: written once, or generated from the chart's numbers. */
export function noticeOf(explanation: Explanation, chart: Chart): string {
  return typeof explanation.notice === 'function' ? explanation.notice(chart) : explanation.notice;
}

/** Every view's explanations (the claims tests read every sentence of them). */
export const EXPLANATIONS: Record<ViewName, ViewExplanations> = {
  speedup: speedupExplanations,
  minibatch: minibatchExplanations,
  async: asyncExplanations,
  estimator: estimatorExplanations,
  runtime: runtimeExplanations,
  kvariants: kvariantsExplanations,
  timeline: timelineExplanations,
  race: raceExplanations,
};

/** The explanation of a chart, or undefined for a chart this table does not know (nothing is shown). */
export function explanationFor(view: ViewName, chartId: string): Explanation | undefined {
  const table = EXPLANATIONS[view];
  if (!table) return undefined;
  if (Object.hasOwn(table.byId, chartId)) return table.byId[chartId];
  let best: { prefix: string; explain: (rest: string) => Explanation } | undefined;
  for (const p of table.byPrefix ?? [])
    if (chartId.startsWith(p.prefix) && (!best || p.prefix.length > best.prefix.length)) best = p;
  return best?.explain(chartId.slice(best.prefix.length));
}
