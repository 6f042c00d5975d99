// What the race view's simulated and bound charts show, in words generated from the charts' own
// points: the charts' summaries and the explanations beside them say these sentences, and
// test/unit/claims checks them against the numbers on several links. Each says only what the
// points show on this link's horizon — no ordering, crossing or floor is written by hand.

import { formatSignificant } from '../../scenario/params';
import type { Point, Series } from '../contract';

const sig = (x: number) => formatSignificant(x, 3);

/** The finite points of a series, in x order. */
function valued(s: Series | undefined): { x: number; y: number }[] {
  return (s?.points ?? [])
    .filter((p: Point): p is Point & { y: number } => typeof p.y === 'number' && Number.isFinite(p.y))
    .map((p) => ({ x: p.x, y: p.y }))
    .sort((a, b) => a.x - b.x);
}

/** Names of the race's contestants by the prefix of their series ids (errorCharts: `<id>-<lr>`). */
const NAMES: Record<string, string> = { sync: 'sync', async: 'Async', kbatchasync: 'K-batch-async' };

/** The value of each named series at time t (only series with a point exactly there). */
function at(series: { name: string; pts: { x: number; y: number }[] }[], t: number) {
  return series
    .map((s) => ({ name: s.name, y: s.pts.find((p) => p.x === t)?.y }))
    .filter((v): v is { name: string; y: number } => v.y !== undefined);
}

function ranking(values: { name: string; y: number }[]): string {
  const sorted = [...values].sort((a, b) => a.y - b.y);
  return `${sorted[0].name}’s error is the lowest (${sorted.map((v) => `${v.name} ${sig(v.y)}`).join(', ')})`;
}

/**
 * [SS] Fig. 8 (error-vs-time): who has the lowest simulated error mid-run and at the end. Two
 * sentences; the second says whether sync, slower to start, ends lowest (the higher floor of stale
 * gradients showing) or not within this horizon.
 */
export function errorFinding(series: Series[]): string {
  const sims = series
    .filter((s) => s.kind === 'simulation')
    .map((s) => ({ name: NAMES[s.id.replace(/-[a-z0-9]+$/, '')] ?? s.label, pts: valued(s) }))
    .filter((s) => s.pts.length > 0);
  const times = sims.length
    ? sims[0].pts.map((p) => p.x).filter((t) => sims.every((s) => s.pts.some((p) => p.x === t)))
    : [];
  if (sims.length < 2 || times.length < 2)
    return 'Which contestant leads, and when, shows as the runs finish.';
  const mid = times[Math.floor((times.length - 1) / 2)];
  const end = times[times.length - 1];
  const atMid = at(sims, mid);
  const atEnd = at(sims, end);
  const midLeader = [...atMid].sort((a, b) => a.y - b.y)[0].name;
  const endLeader = [...atEnd].sort((a, b) => a.y - b.y)[0].name;
  const verdict =
    endLeader === 'sync' && midLeader !== 'sync'
      ? ': sync, slower to start, ends lower — the higher level stale gradients leave shows here'
      : endLeader === 'sync'
        ? ': sync leads throughout'
        : ': within this horizon stale gradients leave no higher level than sync’s';
  return `Mid-run (t = ${sig(mid)}) ${ranking(atMid)}. At the end (t = ${sig(end)}) ${ranking(atEnd)}${verdict}.`;
}

/** [SS] Fig. 9 (eq13-vs-fixed): how the fixed step and Eq. 13 end, and whether the fixed one rose. */
export function eq13Finding(series: Series[]): string {
  const fixed = valued(series.find((s) => s.id.endsWith('-fixed')));
  const eq13 = valued(series.find((s) => s.id.endsWith('-eq13')));
  if (fixed.length === 0 || eq13.length === 0) return 'How the two steps compare shows as the runs finish.';
  const fEnd = fixed[fixed.length - 1];
  const eEnd = eq13[eq13.length - 1];
  const fMax = Math.max(...fixed.map((p) => p.y));
  const rose =
    fMax > 2 * fixed[0].y
      ? `; the fixed step’s error rose to ${sig(fMax)}, above its start ${sig(fixed[0].y)}`
      : '';
  const ratio = fEnd.y / eEnd.y;
  const compare =
    ratio > 1.1
      ? 'Eq. 13 ends lower'
      : ratio < 1 / 1.1
        ? 'the fixed step ends lower'
        : 'the two end within 10 % of each other';
  return `Here ${compare}: at t = ${sig(fEnd.x)} the fixed step’s error is ${sig(fEnd.y)}, Eq. 13’s ${sig(eEnd.y)}${rose}.`;
}

/**
 * [SS] Fig. 7 (bounds-vs-time): whether and where Async's bound and sync's cross on the drawn
 * horizon — the time from which waiting for stragglers pays.
 */
export function boundsFinding(series: Series[]): string {
  const sync = valued(series.find((s) => s.id === 'lemma-2-sync'));
  const async = valued(series.find((s) => s.id === 'theorem-3-async'));
  const pairs = sync
    .filter((p) => p.x > 0)
    .map((p) => ({ t: p.x, sync: p.y, async: async.find((q) => q.x === p.x)?.y }))
    .filter((p): p is { t: number; sync: number; async: number } => p.async !== undefined);
  if (pairs.length === 0) return 'Where the two bounds stand against each other shows once they are drawn.';
  const below = pairs.map((p) => p.async < p.sync);
  const tEnd = sig(pairs[pairs.length - 1].t);
  if (below.every((b) => b))
    return `Async’s bound lies below sync’s over the whole horizon (t ≤ ${tEnd}): here they do not cross.`;
  if (below.every((b) => !b))
    return `Sync’s bound lies at or below Async’s over the whole horizon (t ≤ ${tEnd}): here they do not cross.`;
  const flips = below.flatMap((b, i) => (i > 0 && b !== below[i - 1] ? [i] : []));
  if (flips.length === 1 && below[0])
    return `Async’s bound falls faster at first, sync’s overtakes it between t = ${sig(pairs[flips[0] - 1].t)} and ${sig(pairs[flips[0]].t)}: from there on, waiting for stragglers pays.`;
  return `The bounds cross ${flips.length === 1 ? 'once' : `${flips.length} times`}, near t = ${flips.map((i) => sig(pairs[i].t)).join(', ')}.`;
}
