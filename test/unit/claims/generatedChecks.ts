// Checks of the sentences generated from a chart's numbers (explanation notices written as
// functions, and the same findings in chart summaries): each recomputes the facts from the chart's
// JSON on its own — not through the generator — and checks that the sentence says exactly them.

import type { Chart } from '../../../src/experiments/contract';
import { all, seriesOf, type Verdict, valued, xy } from './chartFacts';

type GeneratedCheck = (sentence: string, chart: Chart) => Verdict;

const has = (sentence: string, part: string): Verdict =>
  sentence.includes(part) ? null : `says not “${part}”: ${sentence}`;
const hasNot = (sentence: string, part: string): Verdict =>
  sentence.includes(part) ? `says “${part}”: ${sentence}` : null;

/** Sec. 6.2: where a masked run is below the unmasked one, and by how much. */
const maskCheck: GeneratedCheck = (sentence, chart) => {
  const series = xy(chart).series;
  const unmasked = valued(series.find((s) => s.id === 'alpha-1'));
  const masked = series.filter((s) => /^alpha-\d+$/.test(s.id) && s.id !== 'alpha-1').map(valued);
  const lower: number[] = [];
  let worst = 0;
  for (const p of unmasked) {
    const others = masked
      .map((m) => m.find((q) => q.x === p.x)?.y)
      .filter((y): y is number => y !== undefined);
    if (!others.length) continue;
    const best = Math.min(...others);
    if (best < p.y) {
      lower.push(p.x);
      worst = Math.max(worst, 1 - best / p.y);
    }
  }
  if (!unmasked.length) return null;
  if (lower.length === 0)
    return all([
      has(sentence, 'needs no more parallel time than any masked one'),
      hasNot(sentence, 'lower only'),
    ]);
  return all([
    has(sentence, `τ = ${lower.join(', ')}`),
    worst <= 0.02
      ? has(sentence, 'or about as much')
      : has(sentence, 'A masked run needs less parallel time'),
  ]);
};

/** Fig. 7: on which side Async's bound lies, and where (if once) they cross. */
const boundsCheck: GeneratedCheck = (sentence, chart) => {
  const sync = valued(seriesOf(chart, 'lemma-2-sync')).filter((p) => p.x > 0);
  const async = valued(seriesOf(chart, 'theorem-3-async'));
  const below = sync.map((p) => (async.find((q) => q.x === p.x)?.y ?? Number.NaN) < p.y);
  if (!below.length) return null;
  if (below.every((b) => b)) return has(sentence, 'Async’s bound lies below sync’s over the whole horizon');
  if (below.every((b) => !b))
    return has(sentence, 'Sync’s bound lies at or below Async’s over the whole horizon');
  const flips = below.flatMap((b, i) => (i > 0 && b !== below[i - 1] ? [i] : []));
  const t = (i: number) => Number(sync[i].x.toPrecision(3));
  if (flips.length === 1 && below[0])
    return has(sentence, `sync’s overtakes it between t = ${t(flips[0] - 1)} and ${t(flips[0])}`);
  return has(sentence, `cross ${flips.length === 1 ? 'once' : `${flips.length} times`}`);
};

const CONTESTANT: Record<string, string> = { sync: 'sync', async: 'Async', kbatchasync: 'K-batch-async' };

/** Fig. 8: the contestant lowest mid-run and at the end, and the verdict on sync ending lower. */
const errorCheck: GeneratedCheck = (sentence, chart) => {
  const sims = xy(chart)
    .series.filter((s) => s.kind === 'simulation')
    .map((s) => ({ name: CONTESTANT[s.id.split('-')[0]], pts: valued(s) }));
  const times = (sims[0]?.pts ?? [])
    .map((p) => p.x)
    .filter((t) => sims.every((s) => s.pts.some((p) => p.x === t)));
  if (sims.length < 2 || times.length < 2) return null;
  const leader = (t: number) =>
    sims.map((s) => ({ name: s.name, y: s.pts.find((p) => p.x === t)!.y })).sort((a, b) => a.y - b.y)[0].name;
  const mid = leader(times[Math.floor((times.length - 1) / 2)]);
  const end = leader(times[times.length - 1]);
  return all([
    has(sentence, `) ${mid}’s error is the lowest`),
    has(sentence.slice(sentence.indexOf('At the end')), `) ${end}’s error is the lowest`),
    end === 'sync' && mid !== 'sync'
      ? has(sentence, 'sync, slower to start, ends lower')
      : hasNot(sentence, 'sync, slower to start, ends lower'),
    end !== 'sync' ? has(sentence, 'stale gradients leave no higher level') : null,
  ]);
};

/** Fig. 9: which step ends lower (10 % counts as even). */
const eq13Check: GeneratedCheck = (sentence, chart) => {
  const fixed = valued(xy(chart).series.find((s) => s.id.endsWith('-fixed')));
  const eq13 = valued(xy(chart).series.find((s) => s.id.endsWith('-eq13')));
  if (!fixed.length || !eq13.length) return null;
  const r = fixed[fixed.length - 1].y / eq13[eq13.length - 1].y;
  return has(
    sentence,
    r > 1.1 ? 'Eq. 13 ends lower' : r < 1 / 1.1 ? 'the fixed step ends lower' : 'within 10 %',
  );
};

const VARIANT: Record<string, string> = {
  ksync: 'K-sync',
  kbatchsync: 'K-batch-sync',
  kasync: 'K-async',
  kbatchasync: 'K-batch-async',
};

/** Fig. 6: whether every curve rises, which variant is fastest from which K, where K-async > K-sync. */
const timeCheck: GeneratedCheck = (sentence, chart) => {
  const sims = xy(chart).series.filter((s) => s.kind === 'simulation' && VARIANT[s.id]);
  if (!sims.length) return null;
  const rises = sims.every((s) => valued(s).every((p, i, a) => i === 0 || p.y > a[i - 1].y));
  const ks = valued(sims[0]).map((p) => p.x);
  const fastest = ks.map(
    (k) =>
      sims
        .map((s) => ({ id: s.id, y: valued(s).find((p) => p.x === k)?.y ?? Infinity }))
        .sort((a, b) => a.y - b.y)[0].id,
  );
  const last = fastest[fastest.length - 1];
  let from = fastest.length - 1;
  while (from > 0 && fastest[from - 1] === last) from--;
  const ksync = seriesOf(chart, 'ksync');
  const kasync = seriesOf(chart, 'kasync');
  const slower =
    ksync && kasync
      ? kasync.points.filter((a) => {
          const b = ksync.points.find((p) => p.x === a.x);
          return b && a.y !== null && b.y !== null && (a.lo ?? a.y) > (b.hi ?? b.y);
        })
      : [];
  return all([
    rises ? has(sentence, 'Every simulated curve rises with K') : has(sentence, 'rise with K except'),
    ks.length > 1
      ? has(sentence, `${VARIANT[last]} is the fastest at every K${from === 0 ? '.' : ` ≥ ${ks[from]}.`}`)
      : null,
    slower.length
      ? has(
          sentence,
          `K-async is slower than K-sync at K = ${slower.length > 4 ? `${slower[0].x}…${slower[slower.length - 1].x}` : slower.map((p) => p.x).join(', ')}`,
        )
      : hasNot(sentence, 'K-async is slower than K-sync'),
  ]);
};

/** Lemma 3's order statistics: which distributions rise steeply (last step over 1.5× the first). */
const orderStatsCheck: GeneratedCheck = (sentence, chart) =>
  all(
    xy(chart)
      .series.filter((s) => s.kind === 'theory')
      .map((s) => {
        const v = valued(s).map((p) => p.y);
        if (v.length < 3) return null;
        const r = (v[v.length - 1] - v[v.length - 2]) / (v[1] - v[0]);
        const name = s.label.replace(/ exact.*$/, '');
        const part = `${name} ${r.toPrecision(3)}×`;
        const steepPart = sentence.indexOf('steeply');
        const evenPart = sentence.indexOf('about evenly');
        const at = sentence.indexOf(part);
        if (at < 0) return `does not name ${part}: ${sentence}`;
        const inSteep = steepPart >= 0 && at > steepPart && (evenPart < 0 || at < evenPart);
        return r > 1.5 === inSteep ? null : `${part} put on the wrong side: ${sentence}`;
      }),
  );

/** By chart key (view/chart id, `*` for ids built from parameters). */
export const GENERATED: Record<string, GeneratedCheck> = {
  'async/mask-steps': maskCheck,
  'race/bounds-vs-time': boundsCheck,
  'race/error-vs-time': errorCheck,
  'race/eq13-vs-fixed': eq13Check,
  'kvariants/time-vs-k-*': timeCheck,
  'runtime/order-stats-vs-k': orderStatsCheck,
};
