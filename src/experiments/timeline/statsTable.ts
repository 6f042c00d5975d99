import type { PsTrace } from '../../engine/events/types';
import type { TableChart } from '../contract';
import type { TimelineSetup } from './setup';
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
      'One run per variant, so these are samples, not expectations. Staleness: updates the model moved on between a gradient’s read and its use; utilisation: share of learner time spent on gradients that were applied; wasted: share spent on cancelled work.',
    columns: [
      'variant',
      'total time',
      'time per update',
      'mean staleness',
      'max staleness',
      'fresh gradients',
      'utilisation',
      'wasted',
    ],
    rows: setup.variants.map((v, i) => {
      const t = traces[i];
      if (!t) return [variantLabel(v), 'computing…', null, null, null, null, null, null];
      const st = t.stats;
      return [
        variantLabel(v),
        fmt(st.totalTime),
        fmt(st.timePerUpdate),
        fmt(st.staleness.mean),
        st.staleness.max,
        pct(st.staleness.fresh),
        pct(st.utilization),
        pct(st.wasted),
      ];
    }),
  };
}
