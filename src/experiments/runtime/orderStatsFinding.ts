// What the order-statistics chart shows about the shape of E[X_{K:P}] against K, generated from its
// exact (theory) curves: for which distributions the last step, K = P − 1 → P, costs clearly more
// than the first — the slowest learners setting the pace — and for which the rise is about even.
// The chart's summary and its explanation say it; test/unit/claims checks it on several links.

import type { Series } from '../contract';

/** A last increment above this many times the first counts as steep. */
export const STEEP = 1.5;

/** Last increment over first increment of each exact curve (label without " exact"), when finite. */
export function tailSteepness(series: Series[]): { name: string; ratio: number }[] {
  const out: { name: string; ratio: number }[] = [];
  for (const s of series) {
    if (s.kind !== 'theory') continue;
    const ys = s.points.map((p) => p.y);
    if (ys.length < 3 || ys.some((y) => y === null || !Number.isFinite(y))) continue;
    const v = ys as number[];
    const first = v[1] - v[0];
    const last = v[v.length - 1] - v[v.length - 2];
    if (first > 0) out.push({ name: s.label.replace(/ exact.*$|:.*$/, ''), ratio: last / first });
  }
  return out;
}

/** One sentence; '' while no exact curve is drawn. */
export function orderStatsFinding(series: Series[]): string {
  const all = tailSteepness(series);
  if (all.length === 0) return '';
  const steep = all.filter((d) => d.ratio > STEEP);
  const even = all.filter((d) => d.ratio <= STEEP);
  const fmt = (d: { name: string; ratio: number }) => `${d.name} ${d.ratio.toPrecision(3)}×`;
  const parts: string[] = [];
  if (steep.length)
    parts.push(
      `it rises steeply as K nears P for ${steep.map(fmt).join(', ')} (the last step, K = P − 1 → P, against the first)`,
    );
  if (even.length) parts.push(`about evenly for ${even.map(fmt).join(', ')}`);
  return `Here ${parts.join('; ')}.`;
}
