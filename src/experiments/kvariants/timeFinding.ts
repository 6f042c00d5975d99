// What a time-vs-K chart ([SS] Fig. 6) shows, in words generated from its simulated series: whether
// every curve rises with K, which variant is the fastest and from which K on, and where K-async is
// slower than K-sync. The chart's summary and its explanation say these sentences, and
// test/unit/claims checks them against the numbers on several links.

import type { Point, Series } from '../contract';

const NAMES: Record<string, string> = {
  ksync: 'K-sync',
  kbatchsync: 'K-batch-sync',
  kasync: 'K-async',
  kbatchasync: 'K-batch-async',
};

/** The simulated series by variant id (ksync, kasync, …), as the chart draws them. */
export function simulatedByVariant(series: Series[]): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  for (const s of series) if (s.kind === 'simulation' && NAMES[s.id]) out.set(s.id, s.points);
  return out;
}

/** The Ks where K-async's mean is above K-sync's beyond both intervals (heavy tails: [SS] Sec. 5). */
export function asyncSlower(sync: Point[], async: Point[]): number[] {
  return async
    .filter((a) => {
      const b = sync.find((p) => p.x === a.x);
      if (!b || a.y === null || b.y === null) return false;
      return (a.lo ?? a.y) > (b.hi ?? b.y);
    })
    .map((a) => a.x);
}

const list = (ks: number[]) => (ks.length > 4 ? `${ks[0]}…${ks[ks.length - 1]}` : ks.join(', '));

/** Each variant's Ks at which its mean does not rise over the previous K. */
export function notRising(byVariant: Map<string, Point[]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [v, pts] of byVariant) {
    const ks: number[] = [];
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1].y;
      const b = pts[i].y;
      if (a !== null && b !== null && !(b > a)) ks.push(pts[i].x);
    }
    if (ks.length) out.set(v, ks);
  }
  return out;
}

/** The variant with the lowest mean at each K where every variant has a value. */
export function fastestAt(byVariant: Map<string, Point[]>): { k: number; variant: string }[] {
  const ks = [...new Set([...byVariant.values()].flatMap((pts) => pts.map((p) => p.x)))].sort(
    (a, b) => a - b,
  );
  const out: { k: number; variant: string }[] = [];
  for (const k of ks) {
    let best: { variant: string; y: number } | null = null;
    let complete = true;
    for (const [v, pts] of byVariant) {
      const y = pts.find((p) => p.x === k)?.y;
      if (y === null || y === undefined) complete = false;
      else if (!best || y < best.y) best = { variant: v, y };
    }
    if (complete && best) out.push({ k, variant: best.variant });
  }
  return out;
}

/** Sentences (one to three) on what the simulated curves show; '' while there are none. */
export function timeFinding(series: Series[]): string {
  const by = simulatedByVariant(series);
  if (by.size === 0 || [...by.values()].every((p) => p.length === 0)) return '';
  const flat = notRising(by);
  const rises =
    flat.size === 0
      ? 'Every simulated curve rises with K: waiting for more learners or mini-batches per update makes each update slower.'
      : `The simulated curves rise with K except ${[...flat].map(([v, ks]) => `${NAMES[v]} at K = ${list(ks)}`).join(' and ')}.`;
  const fast = fastestAt(by);
  let fastest = '';
  if (fast.length > 1) {
    const last = fast[fast.length - 1].variant;
    let from = fast.length - 1;
    while (from > 0 && fast[from - 1].variant === last) from--;
    // At K = 1 K-async and K-batch-async are both Async SGD, so which is lower there is luck.
    fastest = ` ${NAMES[last]} is the fastest at every K${from === 0 ? '' : ` ≥ ${fast[from].k}`}.`;
  }
  let slower = '';
  const sync = by.get('ksync');
  const async = by.get('kasync');
  if (sync && async) {
    const ks = asyncSlower(sync, async);
    if (ks.length)
      slower = ` K-async is slower than K-sync at K = ${list(ks)}: its stale stragglers are never cancelled, and waiting for them costs more than it saves.`;
  }
  return `${rises}${fastest}${slower}`;
}
