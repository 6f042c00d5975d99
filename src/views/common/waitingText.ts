// What a chart that waits for its first simulated point says inside its plot: what is computing (in
// words, from the kinds of cell still to finish), how far (of the work, not of the cells) and for how
// long yet (from each kind's measured cost: state/workEstimate.ts).

import type { RunState } from '../../state/store';

/** Each kind of cell (experiments/cellRunners.ts) in words, as "Simulating …" continues. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  tune: 'step-size tuning',
  trajectories: 'one training run',
  delayedtune: 'tuning with delayed gradients',
  learnerstune: 'tuning with P asynchronous learners',
  sparsetune: 'tuning with sparse updates',
  sparsemeasure: 'how sparse updates overlap',
  estq: 'the quadratic’s training runs',
  estlog: 'the logistic regression’s training runs',
  pstrace: 'the parameter server’s timeline',
  maxratio: 'the slowest of P learners',
  orderstats: 'the learners’ finishing order',
  kclosed: 'the closed forms’ inputs',
  kdetail: 'one K in detail',
  kcurve: 'the K-variants’ parameter servers',
  raceinfo: 'the race’s problem',
  racerun: 'the race’s training runs',
  racewin: 'who wins, setting by setting',
};

export function kindWords(kind: string): string {
  return Object.hasOwn(KIND_WORDS, kind) ? KIND_WORDS[kind] : 'the simulations';
}

/** "about 6 s left", "about 2 min left"; rounded the way a person would say it. */
export function timeLeft(ms: number): string {
  const s = ms / 1000;
  if (s < 1.5) return 'about a second left';
  if (s < 60) return `about ${Math.round(s)} s left`;
  return `about ${Math.round(s / 60)} min left`;
}

export interface WaitingText {
  /** "Simulating tuning with delayed gradients" */
  what: string;
  /** "12 of 40 cells · 31 % of the work · about 6 s left" */
  how: string;
}

export function waitingText(run: RunState): WaitingText | null {
  if (run.status !== 'running' && run.status !== 'starting') return null;
  const kind = run.kindsLeft[0];
  const what =
    run.status === 'starting' || kind === undefined
      ? 'Starting the simulations'
      : `Simulating ${kindWords(kind)}`;
  if (run.status === 'starting') return { what, how: '' };
  const pct = Math.min(99, Math.floor(run.fraction * 100));
  const parts = [`${run.doneCells} of ${run.totalCells} cells`, `${pct} % of the work`];
  parts.push(run.etaMs === null ? 'timing the first cells…' : timeLeft(run.etaMs));
  return { what, how: parts.join(' · ') };
}
