// A chart's first drawing waits its turn: one chart at a time, each in a task of its own, so that a
// view of many charts appears one chart after another instead of in one long task (render, layout
// and paint of every chart at once). Later redraws (new data, a resize) do not queue. While charts
// wait or draw, the main thread is held: the worker pool keeps a core free for it meanwhile.

import { holdMainThread } from './mainThreadIdle';

/** A turn not ended by then (a chart that never drew) lets the next chart go. */
const MAX_TURN_MS = 250;

interface Turn {
  grant: () => void;
  state: 'waiting' | 'drawing' | 'over';
}

const queue: Turn[] = [];
let drawing: Turn | null = null;
let safety: ReturnType<typeof setTimeout> | undefined;
let release: (() => void) | null = null;

function next(): void {
  if (drawing) return;
  const turn = queue.shift();
  if (!turn) {
    release?.();
    release = null;
    return;
  }
  release ??= holdMainThread();
  drawing = turn;
  turn.state = 'drawing';
  safety = setTimeout(() => end(turn), MAX_TURN_MS);
  turn.grant();
}

function end(turn: Turn): void {
  if (turn.state === 'waiting') queue.splice(queue.indexOf(turn), 1);
  const wasDrawing = turn.state === 'drawing';
  turn.state = 'over';
  if (!wasDrawing) return;
  drawing = null;
  clearTimeout(safety);
  // The next chart in a task of its own (after this one's commit; usually after its paint too).
  setTimeout(next, 0);
}

const firstTurnWaiters: (() => void)[] = [];
/** Calls `then` when a chart next asks for a turn (a view that just rendered has charts to draw). */
export function onNextDrawTurn(then: () => void): void {
  firstTurnWaiters.push(then);
}

/**
 * Asks for a turn to draw; `grant` is called when it comes (at once if no chart is drawing). Returns
 * the function that ends the turn — or withdraws the request — to call once the drawing is committed
 * or when the chart goes away.
 */
export function requestDrawTurn(grant: () => void): () => void {
  for (const w of firstTurnWaiters.splice(0)) w();
  const turn: Turn = { grant, state: 'waiting' };
  queue.push(turn);
  next();
  return () => end(turn);
}
