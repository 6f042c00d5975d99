// Under each chart: its explanation, made once per chart id — and, where the notice is generated
// from the chart's numbers, again whenever that chart's JSON changes (never on a progress tick of
// another chart), so the memoised frames do not redraw needlessly.

import { type ReactNode, useMemo, useRef } from 'react';
import type { Chart } from '../../experiments/contract';
import type { ViewName } from '../../scenario/views';
import { type Explanation, explanationFor, noticeOf } from '../explanations';
import { ChartExplanation } from './ChartExplanation';

interface Made {
  explanation: Explanation;
  /** The chart the notice was generated from (null: a written notice, the same for every chart). */
  chart: Chart | null;
  node: ReactNode;
}

/** Each chart's explanation node by chart id (none when `enabled` is false, as in embed mode). */
export function useExplanations(view: ViewName, charts: Chart[], enabled: boolean): Map<string, ReactNode> {
  const made = useRef(new Map<string, Made>());
  return useMemo(() => {
    const out = new Map<string, ReactNode>();
    if (!enabled) return out;
    for (const chart of charts) {
      const explanation = explanationFor(view, chart.id);
      if (!explanation) continue;
      const key = typeof explanation.notice === 'function' ? chart : null;
      const old = made.current.get(chart.id);
      if (old && old.explanation === explanation && old.chart === key) {
        out.set(chart.id, old.node);
        continue;
      }
      const node = <ChartExplanation explanation={explanation} notice={noticeOf(explanation, chart)} />;
      made.current.set(chart.id, { explanation, chart: key, node });
      out.set(chart.id, node);
    }
    return out;
  }, [view, charts, enabled]);
}
