import { OKABE_ITO } from '../../charts/palette';
import type { TimelineState } from '../../experiments/timeline/rows';

/** How each state is drawn, and its legend entry. Colours are Okabe–Ito (colour-blind safe). */
export const STATE_STYLE: Record<TimelineState, { legend: string; fill: string; text?: string }> = {
  compute: { legend: 'applied fresh', fill: OKABE_ITO[0], text: '#fff' },
  // Black on vermillion: 5.4:1 (white would be 3.9:1, under WCAG's 4.5:1 for small text).
  stale: { legend: 'applied stale', fill: OKABE_ITO[1], text: '#000' },
  cancelled: { legend: 'cancelled (work lost)', fill: 'hatch' },
  comm: { legend: 'push / pull', fill: OKABE_ITO[5] },
  idle: { legend: 'idle (blank)', fill: 'none' },
  unused: { legend: 'still running at the end', fill: 'outline' },
  update: { legend: 'PS update → w_j', fill: '#1b1f24' },
};
