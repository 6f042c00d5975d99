// What a link carries of a gradient-noise log (issue 17: the raw file stays in the browser, the link
// carries only summaries, as measured times carry 64 quantiles): the run cut into at most 32
// segments of equal row counts, each with its B_simple and b̂ (ratio of the segment's means) and the
// bootstrap band of B_simple, at 4 significant digits. Sender, recipient and CLI compute every
// chart from this summary, never from the log, so they agree number for number.

import { bandsAlongRun, bHatStat, bSimpleStat } from './bootstrap';
import type { LogFormat } from './logColumns';
import type { NoiseLog } from './logReader';
import { DEFAULT_EPS_HAT, type EpsHat, epsHatValue, perStepNoise } from './noiseEstimators';

export const SUMMARY_SEGMENTS = 32;
const DIGITS = 4;

export interface NoiseSegment {
  /** Last step of the segment (segments are contiguous: each starts after the previous one's end). */
  step: number;
  bSimple: number | null;
  lo: number | null;
  hi: number | null;
  bHat: number | null;
}

export interface NoiseSummary {
  format: LogFormat;
  rows: number;
  firstStep: number;
  segments: NoiseSegment[];
  /** ε̂_T used for b̂ (null for the formats without |G|²). */
  epsHat: number | null;
  /** Single-step |G|² estimates ≤ 0. */
  nonPositiveGSq: number;
}

const round = (x: number | null) =>
  x === null || !Number.isFinite(x) ? null : Number(x.toPrecision(DIGITS));

export function summariseNoise(
  log: NoiseLog,
  o: { seed: number; segments?: number; epsHat?: EpsHat; replicates?: number },
): NoiseSummary {
  const k = o.segments ?? SUMMARY_SEGMENTS;
  const per = perStepNoise(log);
  const boot = { seed: o.seed, identity: 'advisor-summary', replicates: o.replicates ?? 1000 };
  if (per === null) {
    // A logged B_simple or b̂: the band is the bootstrap of the segment's mean of it.
    const y = (log.format === 'noise-scale' ? log.values.noise_scale : log.values.b_hat) as Float64Array;
    const ones = new Float64Array(log.rows).fill(1);
    const bands = bandsAlongRun(log.step, y, ones, (a, b) => a / b, k, boot);
    const isB = log.format === 'noise-scale';
    return {
      format: log.format,
      rows: log.rows,
      firstStep: log.step[0],
      segments: bands.map((b) => ({
        step: b.stepTo,
        bSimple: isB ? round(b.estimate) : null,
        lo: round(b.lo),
        hi: round(b.hi),
        bHat: isB ? null : round(b.estimate),
      })),
      epsHat: null,
      nonPositiveGSq: 0,
    };
  }
  const eps = epsHatValue(per.gSq, o.epsHat ?? DEFAULT_EPS_HAT);
  const bands = bandsAlongRun(per.step, per.trSigma, per.gSq, bSimpleStat, k, boot);
  const bHat = bHatStat(eps);
  const n = log.rows;
  const kk = bands.length;
  return {
    format: log.format,
    rows: n,
    firstStep: log.step[0],
    segments: bands.map((b, s) => {
      const from = Math.floor((s * n) / kk);
      const to = Math.floor(((s + 1) * n) / kk);
      let a = 0;
      let g = 0;
      for (let i = from; i < to; i++) {
        a += per.trSigma[i];
        g += per.gSq[i];
      }
      return {
        step: b.stepTo,
        bSimple: round(b.estimate),
        lo: round(b.lo),
        hi: round(b.hi),
        bHat: round(bHat(a / (to - from), g / (to - from))),
      };
    }),
    epsHat: round(eps),
    nonPositiveGSq: per.nonPositiveGSq,
  };
}
