import type { PsTrace, Variant } from '../../engine/events/types';
import { slug } from '../contract';
import { type TimelineChart, traceRows } from './rows';
import { kFor, kNote, type TimelineSetup } from './setup';
import { variantLabel, variantRule } from './variants';

export const SAME_DRAWS =
  'Every variant draws its compute times from the same random stream (seed, P and distribution; not the variant), so the first round of times is identical and the differences are the algorithm’s, not luck.';

/** [SS] Figs. 3–4: one variant's run as a Gantt chart (lanes L1…LP and PS). Empty until its cell is done. */
export function ganttChart(
  setup: TimelineSetup,
  variant: Variant,
  trace: PsTrace | undefined,
): TimelineChart {
  const { P, J } = setup;
  const K = kFor(setup, variant);
  const note = kNote(setup, variant);
  const cite = variant === 'ksync' || variant === 'kbatchsync' ? '[SS] Fig. 3' : '[SS] Fig. 4';
  const stats = trace
    ? ` ${J} updates took ${Number(trace.stats.totalTime.toPrecision(4))} time units.`
    : ' (computing…)';
  return {
    type: 'intervals',
    id: slug('timeline', variant),
    title: `${variantLabel(variant)} SGD, P = ${P}, K = ${K}`,
    cite: `${cite}, Sec. 2.3`,
    summary: `${note ? `${note} ` : ''}${variantLabel(variant)}: ${variantRule(variant, K, P)}${stats} ${SAME_DRAWS}`,
    x: { label: 'time (units of the compute-time distribution)', scale: 'linear' },
    y: { label: 'learners and parameter server', scale: 'band' },
    rows: trace ? traceRows(trace, P) : [],
  };
}
