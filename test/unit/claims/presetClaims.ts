// The claims of the gallery: every takeaway (and section lead) of src/scenario/presets.ts, each as
// a predicate over the chart JSON the CLI prints for the preset's own link. A claim quotes the
// sentence it checks; the suite asserts that the quote is still in the text, so rewording a
// takeaway without its claim fails, and so does a claim the numbers no longer support.
// How to add one: docs/claims.md.

import { expect } from 'vitest';
import type { RunOutput, Series } from '../../../src/experiments/contract';
import {
  heatmap,
  intervals,
  lastCrossing,
  levelOver,
  markAt,
  series,
  table,
  valued,
  xy,
  yAt,
  yAtPoint,
} from './chartQuery';

export interface Claim {
  /** The preset whose link's numbers are checked. */
  preset: string;
  /** Where the sentence is: the preset's takeaway, or the lead of its gallery section. */
  in: 'takeaway' | 'lead';
  /** The words checked, quoted from that text (a substring of it). */
  sentence: string;
  /** What the predicate checks, in words (the test's name). */
  checks: string;
  check: (output: RunOutput) => void;
}

/** Runs `f` on every grid x of `s` with lo ≤ x ≤ hi; fails when there is none (a vacuous claim). */
function overGrid(s: Series, lo: number, hi: number, f: (x: number, y: number) => void): void {
  const pts = valued(s).filter(([x]) => x >= lo && x <= hi);
  expect(pts.length, `${s.id} has points in [${lo}, ${hi}]`).toBeGreaterThan(0);
  for (const [x, y] of pts) f(x, y);
}

const H = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

export const PRESET_CLAIMS: Claim[] = [
  {
    preset: 'cp-fig1',
    in: 'takeaway',
    sentence: 'Doubling the batch nearly halves the iterations while b ≤ b_crit/10',
    checks: 'iterations(2b)/iterations(b) ≤ 0.55 at every b ≤ (M+1)/10, M = 10…10000',
    check: (out) => {
      const c = xy(out, 'iterations-vs-b');
      for (const M of [10, 100, 1000, 10000]) {
        const s = series(c, `m-${M}`);
        overGrid(s, 1, (M + 1) / 10, (b, y) =>
          expect(yAt(s, 2 * b) / y, `M = ${M}, b = ${b}`).toBeLessThanOrEqual(0.55),
        );
      }
    },
  },
  {
    preset: 'cp-fig1',
    in: 'takeaway',
    sentence: 'saves under 10 % once b ≥ 5·b_crit (b_crit = M + 1)',
    checks: 'iterations(2b)/iterations(b) ≥ 0.9 at every b ≥ 5(M+1), M = 0…1000, and the marks sit at M + 1',
    check: (out) => {
      const c = xy(out, 'iterations-vs-b');
      for (const M of [0, 1, 10, 100, 1000]) {
        expect(markAt(c, `b_crit (M = ${M})`)).toBe(M + 1);
        const s = series(c, `m-${M}`);
        overGrid(s, 5 * (M + 1), 8192, (b, y) =>
          expect(yAt(s, 2 * b) / y, `M = ${M}, b = ${b}`).toBeGreaterThanOrEqual(0.9),
        );
      }
    },
  },
  {
    preset: 'cp-fig2',
    in: 'takeaway',
    sentence:
      'within 10 % of linear up to b = (M+1)/10, half to two thirds of linear at b = M + 1, never above M + 1',
    checks: 'S(b)/b ≥ 0.9 for b ≤ (M+1)/10; S(M+1)/(M+1) in [1/2, 2/3] (to 0.1 %); S ≤ M + 1 everywhere',
    check: (out) => {
      const c = xy(out, 'speedup-vs-b');
      for (const M of [1, 10, 100, 1000, 10000]) {
        const s = series(c, `m-${M}`);
        if (M >= 10)
          overGrid(s, 1, (M + 1) / 10, (b, y) =>
            expect(y / b, `M = ${M}, b = ${b}`).toBeGreaterThanOrEqual(0.9),
          );
        // M + 1 is not a grid point: read between points, to 0.1 % (log-log interpolation)
        const half = yAt(s, M + 1) / (M + 1);
        expect(half, `M = ${M}`).toBeGreaterThanOrEqual(0.5 * 0.999);
        expect(half, `M = ${M}`).toBeLessThanOrEqual((2 / 3) * 1.001);
        for (const [b, y] of valued(s))
          expect(y, `M = ${M}, b = ${b}`).toBeLessThanOrEqual((M + 1) * (1 + 1e-12));
      }
    },
  },
  {
    preset: 'cp-fig3',
    in: 'takeaway',
    sentence: 'steps fall like 1/b well past b = M + 1',
    checks: 'b·steps(b)/steps(1) ≤ 2 (within 2× of linear) at b = 2(M + 1), M = 1…1000',
    check: (out) => {
      const c = xy(out, 'steps-vs-b');
      for (const M of [1, 10, 100, 1000]) {
        const b = 2 * (M + 1);
        expect(b * yAt(series(c, `m-${M}`), b), `M = ${M}`).toBeLessThanOrEqual(2);
      }
    },
  },
  {
    preset: 'cp-fig3',
    in: 'takeaway',
    sentence: 'flatten below the marks b_crit = M′ + 1 = 20M + 1 (literal noise, d = 20)',
    checks:
      'marks at 20M + 1; speedup ≤ the mark at every b; no more than 2× further gain past 4× the mark; the knee (b·steps ratio first ≥ 2) of M = 10 and M = 100 within 2× of its mark',
    check: (out) => {
      expect(out.params.noise).toBe('literal');
      expect(out.params.d).toBe(20);
      const c = xy(out, 'steps-vs-b');
      for (const M of [1, 10, 100]) {
        const mark = markAt(c, `b_crit (M = ${M})`);
        expect(mark).toBe(20 * M + 1);
        const s = series(c, `m-${M}`);
        const pts = valued(s);
        for (const [b, y] of pts) expect(1 / y, `M = ${M}, b = ${b}`).toBeLessThanOrEqual(mark);
        const last = pts[pts.length - 1][1];
        expect(last, `M = ${M}: flat past 4× the mark`).toBeGreaterThanOrEqual(yAt(s, 4 * mark) / 2);
        if (M >= 10) {
          const knee = pts.find(([b, y]) => b * y >= 2)?.[0];
          expect(knee, `M = ${M} has a knee`).toBeDefined();
          expect((knee as number) / mark, `M = ${M}: knee ${knee}, mark ${mark}`).toBeGreaterThanOrEqual(0.5);
          expect((knee as number) / mark, `M = ${M}: knee ${knee}, mark ${mark}`).toBeLessThanOrEqual(2);
        }
      }
    },
  },
  {
    preset: 'cp-fig4',
    in: 'takeaway',
    sentence: 'Delayed SGD keeps near-linear speedup well past τ = M + 1',
    checks: 'τ·(parallel time ratio) ≤ 2 at τ = 2(M + 1), delayed and mini-batch alike, M = 10, 100, 1000',
    check: (out) => {
      const c = xy(out, 'async-speedup');
      for (const M of [10, 100, 1000])
        for (const id of [`m-${M}`, `minibatch-m-${M}`]) {
          const t = 2 * (M + 1);
          expect(t * yAt(series(c, id), t), id).toBeLessThanOrEqual(2);
        }
    },
  },
  {
    preset: 'cp-fig4',
    in: 'takeaway',
    sentence: 'saturates below the marks τ = M′ + 1 = 20M + 1, as a mini-batch of b = τ does',
    checks: 'marks at 20M + 1; speedup ≤ 20M + 1 at every τ, delayed and mini-batch alike',
    check: (out) => {
      const c = xy(out, 'async-speedup');
      for (const M of [10, 100]) expect(markAt(c, `τ·b = M' + 1 (M = ${M})`)).toBe(20 * M + 1);
      for (const M of [10, 100, 1000])
        for (const id of [`m-${M}`, `minibatch-m-${M}`])
          for (const [t, y] of valued(series(c, id)))
            expect(1 / y, `${id}, τ = ${t}`).toBeLessThanOrEqual(20 * M + 1);
    },
  },
  {
    preset: 'cp-sec6',
    in: 'takeaway',
    sentence:
      'delays up to 1/Δ cost at most 10 % — on B = 1/Δ blocks the speedup then stops: past τ = 2/Δ it gains under 5 %',
    checks:
      'Δ = 1/4, 1/16: τ·(time ratio) ≤ 1.1 for τ ≤ 1/Δ (marks at 1/Δ); beyond 2/Δ, the time stays ≥ 0.95× its value at 2/Δ',
    check: (out) => {
      const c = xy(out, 'sparsity-speedup');
      for (const B of [4, 16]) {
        expect(markAt(c, `τ = 1/Δ = ${B}`)).toBe(B);
        const s = series(c, `delta-${B}`);
        overGrid(s, 1, B, (t, y) => expect(t * y, `B = ${B}, τ = ${t}`).toBeLessThanOrEqual(1.1));
        const at2B = yAtPoint(s, 2 * B);
        overGrid(s, 2 * B, Number.POSITIVE_INFINITY, (t, y) =>
          expect(y / at2B, `B = ${B}, τ = ${t}`).toBeGreaterThanOrEqual(0.95),
        );
      }
    },
  },
  {
    preset: 'cp-eq9',
    in: 'takeaway',
    sentence: 'b̂ = 1 + E‖g − ∇f‖²/(‖∇f‖² + ε̂_T) grows as the gradient shrinks',
    checks: 'b̂ with the final ε̂_T grows at least 10× from the first to the last step, quadratic and logistic',
    check: (out) => {
      for (const id of ['bhat-quadratic', 'bhat-logistic']) {
        const pts = valued(series(xy(out, id), 'final'));
        expect(pts[pts.length - 1][1] / pts[0][1], id).toBeGreaterThanOrEqual(10);
      }
    },
  },
  {
    preset: 'ss-fig3-4',
    in: 'takeaway',
    sentence:
      'K-sync cancels its stragglers and wastes their work; K-async keeps them and applies stale gradients.',
    checks: 'K-sync: cancelled bars and wasted > 0; K-async: no cancelled bar, stale bars, wasted 0 %',
    check: (out) => {
      const ks = intervals(out, 'timeline-ksync').rows;
      const ka = intervals(out, 'timeline-kasync').rows;
      expect(ks.filter((r) => r.state === 'cancelled').length).toBeGreaterThan(0);
      expect(ka.filter((r) => r.state === 'cancelled').length).toBe(0);
      expect(ka.filter((r) => r.state === 'stale').length).toBeGreaterThan(0);
      const stats = table(out, 'timeline-stats');
      const wasted = stats.columns.indexOf('wasted');
      const row = (name: string) => stats.rows.find((r) => r[0] === name) as (string | number | null)[];
      expect(Number.parseFloat(String(row('K-sync')[wasted]))).toBeGreaterThan(0);
      expect(row('K-async')[wasted]).toBe('0 %');
    },
  },
  {
    preset: 'ss-thm1',
    in: 'takeaway',
    sentence:
      'For the same number of updates sync takes P·E[X_{P:P}]/E[X] times as long as Async (P·H_P for exponential times)',
    checks:
      'the ratio column equals P·E[X_{P:P}]/E[X] for every distribution (P = 100); the exp(1) curve equals P·H_P',
    check: (out) => {
      const t = table(out, 'distributions');
      const col = (name: string) => t.columns.findIndex((c) => c.startsWith(name));
      for (const r of t.rows) {
        const ratio = Number(r[col('ratio at P = 100')]);
        const expected = (100 * Number(r[col('E[X_{P:P}]')])) / Number(r[col('E[X]')]);
        expect(Math.abs(ratio / expected - 1), String(r[0])).toBeLessThan(1e-5);
      }
      for (const [P, y] of valued(series(xy(out, 'sync-async-ratio'), 'exp-1-exact')))
        expect(Math.abs(y / (P * H(P)) - 1), `P = ${P}`).toBeLessThan(1e-9);
    },
  },
  {
    preset: 'ss-thm1',
    in: 'takeaway',
    sentence: 'per gradient E[X_{P:P}]/E[X] = H_P, 2.72 at P = 8',
    checks: 'exp(1) ratio at P = 8 divided by P is H_8 = 2.718 (2.72 to the digits printed)',
    check: (out) => {
      const perGradient = yAtPoint(series(xy(out, 'sync-async-ratio'), 'exp-1-exact'), 8) / 8;
      expect(Math.abs(perGradient - H(8))).toBeLessThan(1e-9);
      expect(perGradient.toFixed(2)).toBe('2.72');
    },
  },
  {
    preset: 'ss-fig6',
    in: 'takeaway',
    sentence: 'K-batch-async is the fastest variant at every K ≥ 2 in both panels',
    checks: 'K-batch-async below K-sync, K-batch-sync and K-async at every K = 2…P, Pareto and shexp panels',
    check: (out) => {
      for (const id of ['time-vs-k-pareto-2-1', 'time-vs-k-shexp-1-1']) {
        const c = xy(out, id);
        const fastest = series(c, 'kbatchasync');
        for (const other of ['ksync', 'kbatchsync', 'kasync']) {
          const o = series(c, other);
          overGrid(fastest, 2, Number.POSITIVE_INFINITY, (K, y) =>
            expect(y, `${id}: K-batch-async vs ${other} at K = ${K}`).toBeLessThan(yAtPoint(o, K)),
          );
        }
      }
    },
  },
  {
    preset: 'ss-fig6',
    in: 'takeaway',
    sentence: 'with Pareto(2,1) K-async is even slower than K-sync for K = 13…19',
    checks: 'on the Pareto panel, the K < P where K-async takes longer than K-sync are exactly 13…19',
    check: (out) => {
      const c = xy(out, 'time-vs-k-pareto-2-1');
      const ksync = series(c, 'ksync');
      const slower = valued(series(c, 'kasync'))
        .filter(([K, y]) => K < 20 && y > yAtPoint(ksync, K))
        .map(([K]) => K);
      expect(slower).toEqual([13, 14, 15, 16, 17, 18, 19]);
    },
  },
  {
    preset: 'ss-thm2',
    in: 'takeaway',
    sentence: 'K-batch-async beats K-async at every K ≥ 2 for both distributions',
    checks: 'E[T K-async]/E[T K-batch-async] > 1 at every K ≥ 2, Pareto and shexp',
    check: (out) => {
      const c = xy(out, 'theorem-2');
      for (const id of ['pareto-2-1-ratio', 'shexp-1-1-ratio'])
        overGrid(series(c, id), 2, Number.POSITIVE_INFINITY, (K, y) =>
          expect(y, `${id}, K = ${K}`).toBeGreaterThan(1),
        );
    },
  },
  {
    preset: 'ss-thm2',
    in: 'takeaway',
    sentence: 'for the new-longer-than-used shexp(1,1) the ratio stays below Lemma 5’s P·E[X_{K:P}]/(K·E[X])',
    checks:
      'shexp(1,1) is new-longer-than-used (the table says so) and its ratio < Lemma 5 / Lemma 4 (= P·E[X_{K:P}]/(K·E[X])) at every K',
    check: (out) => {
      const t = table(out, 'distributions');
      const row = t.rows.find((r) => r[0] === 'shexp(1,1)') as (string | number | null)[];
      expect(row[t.columns.indexOf('ageing')]).toBe('new-longer-than-used');
      const times = xy(out, 'time-vs-k-shexp-1-1');
      const lemma5 = series(times, 'kasync-closed-form');
      const lemma4 = series(times, 'kbatchasync-closed-form');
      overGrid(series(xy(out, 'theorem-2'), 'shexp-1-1-ratio'), 1, Number.POSITIVE_INFINITY, (K, y) =>
        expect(y, `K = ${K}`).toBeLessThan(yAtPoint(lemma5, K) / yAtPoint(lemma4, K)),
      );
    },
  },
  {
    preset: 'ss-fig7',
    in: 'takeaway',
    sentence:
      'Async’s bound falls faster but to a higher floor: it leads until t ≈ 460, then sync’s bound passes below it.',
    checks:
      'Async below sync at every 0 < t < 420; sync passes below for good between t = 440 and 480; Async flat (≤ 1 % change) over the last half, sync below it there',
    check: (out) => {
      const c = xy(out, 'bounds-vs-time');
      const sync = series(c, 'lemma-2-sync');
      const async = series(c, 'theorem-3-async');
      overGrid(async, 1e-9, 420, (t, y) => expect(y, `t = ${t}`).toBeLessThan(yAtPoint(sync, t)));
      const cross = lastCrossing(sync, async);
      expect(cross).not.toBeNull();
      expect(cross as number).toBeGreaterThan(440);
      expect(cross as number).toBeLessThan(480);
      const tmax = out.params.tmax as number;
      const a = valued(async);
      expect(Math.abs(a[a.length - 1][1] / yAt(async, tmax / 2) - 1), 'Async at its floor').toBeLessThan(
        0.01,
      );
      expect(yAtPoint(sync, tmax)).toBeLessThan(a[a.length - 1][1] / 2);
    },
  },
  {
    preset: 'ss-fig8',
    in: 'takeaway',
    sentence: 'Async leads at first but stalls at the highest floor',
    checks:
      'Async lowest of the three at every t ≤ 100; its level over [500, 1600] and [1600, tmax] within 1.5×; ≥ 3× above sync’s and K-batch-async’s over [tmax/2, tmax]',
    check: (out) => {
      const c = xy(out, 'error-vs-time');
      const [sync, async, kb] = ['sync-fixed', 'async-fixed', 'kbatchasync-fixed'].map((id) => series(c, id));
      overGrid(async, 0, 100, (t, y) => {
        expect(y, `t = ${t}`).toBeLessThan(yAtPoint(sync, t));
        expect(y, `t = ${t}`).toBeLessThan(yAtPoint(kb, t));
      });
      const tmax = out.params.tmax as number;
      const early = levelOver(async, 500, 1600);
      const late = levelOver(async, 1600, tmax);
      expect(Math.max(early / late, late / early), 'Async stalled').toBeLessThan(1.5);
      for (const other of [sync, kb])
        expect(levelOver(async, tmax / 2, tmax) / levelOver(other, tmax / 2, tmax), other.id).toBeGreaterThan(
          3,
        );
    },
  },
  {
    preset: 'ss-fig8',
    in: 'takeaway',
    sentence: 'K-batch-async passes it near t ≈ 180, sync near t ≈ 850',
    checks:
      'K-batch-async passes below Async for good between t = 120 and 300; sync between t = 600 and 1100',
    check: (out) => {
      const c = xy(out, 'error-vs-time');
      const async = series(c, 'async-fixed');
      const kb = lastCrossing(series(c, 'kbatchasync-fixed'), async);
      const sy = lastCrossing(series(c, 'sync-fixed'), async);
      expect(kb).not.toBeNull();
      expect(sy).not.toBeNull();
      expect(kb as number).toBeGreaterThan(120);
      expect(kb as number).toBeLessThan(300);
      expect(sy as number).toBeGreaterThan(600);
      expect(sy as number).toBeLessThan(1100);
    },
  },
  {
    preset: 'ss-fig8',
    in: 'takeaway',
    sentence: 'sync ends lowest, K-batch-async in between',
    checks: 'levels over [tmax/2, tmax]: sync < K-batch-async < Async',
    check: (out) => {
      const c = xy(out, 'error-vs-time');
      const tmax = out.params.tmax as number;
      const [sync, kb, async] = ['sync-fixed', 'kbatchasync-fixed', 'async-fixed'].map((id) =>
        levelOver(series(c, id), tmax / 2, tmax),
      );
      expect(sync).toBeLessThan(kb);
      expect(kb).toBeLessThan(async);
    },
  },
  {
    preset: 'ss-fig9',
    in: 'takeaway',
    sentence:
      'Under heavy staleness a fixed step never settles (error above 0.5 throughout); Eq. 13 shrinks it with the distance travelled and stays 20× lower.',
    checks: 'fixed step: a value above 0.5 at every time; Eq. 13 at least 20× lower at every time',
    check: (out) => {
      const c = xy(out, 'eq13-vs-fixed');
      const fixed = series(c, 'async-fixed');
      const eq13 = series(c, 'async-eq13');
      expect(fixed.points.every((p) => p.y !== null)).toBe(true);
      expect(eq13.points.length).toBe(fixed.points.length);
      for (const [t, y] of valued(fixed)) {
        expect(y, `t = ${t}`).toBeGreaterThan(0.5);
        expect(y / yAtPoint(eq13, t), `t = ${t}`).toBeGreaterThanOrEqual(20);
      }
    },
  },
  {
    preset: 'both-race',
    in: 'takeaway',
    sentence:
      'an async variant reaches the target first in 48 of the 56 cells with P ≥ 2; the sync family’s 8 wins are by at most 6 %',
    checks: 'cells with P ≥ 2: 56, of which 48 below 1 (async faster); every cell ≤ 1.06',
    check: (out) => {
      const cells = heatmap(out, 'who-wins').cells.filter((c) => Number(c.x) >= 2);
      expect(cells.length).toBe(56);
      expect(cells.filter((c) => c.value !== null && c.value < 1).length).toBe(48);
      for (const c of cells) expect(c.value, `P = ${c.x}, M = ${c.y}`).toBeLessThanOrEqual(1.06);
    },
  },
  {
    preset: 'both-race',
    in: 'lead',
    sentence:
      'Async wins the race in wall-clock time on most of the map, on both sides of the critical level P = M + 1: the winner does not change at τ_crit.',
    checks:
      'among cells with P ≥ 2, an async variant wins more than 3/4 of those with P ≤ M + 1 and of those with P > M + 1',
    check: (out) => {
      const cells = heatmap(out, 'who-wins').cells.filter((c) => Number(c.x) >= 2);
      for (const below of [true, false]) {
        const side = cells.filter((c) => Number(c.x) <= Number(c.y) + 1 === below);
        const wins = side.filter((c) => c.value !== null && c.value < 1).length;
        expect(side.length).toBeGreaterThan(0);
        expect(wins / side.length, below ? 'P ≤ M + 1' : 'P > M + 1').toBeGreaterThan(0.75);
      }
    },
  },
];
