import type { PsTrace, TraceSegment } from '../../engine/events/types';
import type { IntervalsChart } from '../contract';

/**
 * A row of a timeline chart: the contract's `{lane, start, end, state}` plus two optional words
 * for readers (extra fields are allowed by the contract; CSV keeps the four columns): `label`,
 * short enough to print on the bar, and `note`, the read-out in a sentence.
 */
export interface TimelineRow {
  lane: string;
  start: number;
  end: number;
  state: TimelineState;
  label?: string;
  note?: string;
}

export interface TimelineChart extends IntervalsChart {
  rows: TimelineRow[];
}

/**
 * States in legend order. `compute` is a gradient applied fresh (read from the model it updates),
 * `stale` one applied after the model moved on, `cancelled` work the PS threw away (lightly shaded
 * in the paper's figures), `unused` work still running when the run stopped; `update` is a PS
 * update (zero length, on the PS lane).
 */
export const TIMELINE_STATES = ['compute', 'stale', 'cancelled', 'comm', 'idle', 'unused', 'update'] as const;
export type TimelineState = (typeof TIMELINE_STATES)[number];

export const PS_LANE = 'PS';
export const learnerLane = (l: number) => `L${l + 1}`;

function segmentState(s: TraceSegment): TimelineState {
  if (s.kind !== 'compute') return s.kind;
  if (s.appliedVersion === null) return 'unused';
  return (s.staleness ?? 0) > 0 ? 'stale' : 'compute';
}

function segmentRow(s: TraceSegment): TimelineRow {
  const row: TimelineRow = {
    lane: learnerLane(s.learner),
    start: s.start,
    end: s.end,
    state: segmentState(s),
  };
  if (s.kind === 'compute' && s.appliedVersion !== null) {
    const tau = s.staleness ?? 0;
    row.label = tau === 0 ? 'fresh' : `stale ${tau}`;
    row.note = `read w${s.readVersion}, applied by the update to w${s.appliedVersion}: ${
      tau === 0 ? 'fresh' : `${tau} update${tau === 1 ? '' : 's'} stale`
    }`;
  } else if (s.kind === 'compute') row.note = `read w${s.readVersion}; not applied before the run stopped`;
  else if (s.kind === 'cancelled') row.note = `read w${s.readVersion}; cancelled by the PS, the work is lost`;
  return row;
}

/** Learner lanes L1…LP from top to bottom, then the PS lane (as in [SS] Figs. 3–4), each in time order. */
export function traceRows(trace: PsTrace, P: number): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (let l = 0; l < P; l++)
    for (const s of trace.segments) if (s.learner === l && s.end > s.start) rows.push(segmentRow(s));
  for (const u of trace.updates) {
    rows.push({
      lane: PS_LANE,
      start: u.time,
      end: u.time,
      state: 'update',
      label: `w${u.version}`,
      note: `update to w${u.version} from ${u.contributors.map(learnerLane).join(', ')}`,
    });
  }
  return rows;
}
