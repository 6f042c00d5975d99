import type { PsTrace } from '../../engine/events/types';
import type { TableChart } from '../contract';
import type { TimelineSetup } from './setup';
import { expectedPerUpdate } from './theory';
import { variantLabel } from './variants';

const fmt = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : null);
const pct = (x: number) => (Number.isFinite(x) ? `${Number((100 * x).toPrecision(3))} %` : null);

/** Each variant's run in numbers: what the Gantt charts show, measured on this one run. */
export function statsTable(setup: TimelineSetup, traces: (PsTrace | undefined)[]): TableChart {
  return {
    type: 'table',
    id: 'timeline-stats',
    title: `These runs in numbers (J = ${setup.J} updates)`,
    cite: '[SS] Sec. 2.3, Figs. 3–4',
    summary:
      'One run per variant, so these are samples, not expectations; the expected time per update is [SS] Sec. 4’s closed form where there is one (no communication time, no slowdowns). Staleness: updates between a gradient’s read and its use; utilisation: share of learner time spent computing (applied or not); wasted: share of that compute time cancelled.',
    columns: [
      'variant',
      'total time',
      'time per update',
      'expected per update',
      'mean staleness',
      'max staleness',
      'fresh gradients',
      'utilisation',
      'wasted',
    ],
    rows: setup.variants.map((v, i) => {
      const t = traces[i];
      const theory = expectedPerUpdate(setup, v) ?? 'no closed form';
      if (!t) return [variantLabel(v), 'computing…', null, theory, null, null, null, null, null];
      const st = t.stats;
      return [
        variantLabel(v),
        fmt(st.totalTime),
        fmt(st.timePerUpdate),
        theory,
        fmt(st.staleness.mean),
        st.staleness.max,
        pct(st.staleness.fresh),
        pct(st.utilization),
        pct(st.wasted),
      ];
    }),
  };
}
