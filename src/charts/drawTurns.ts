// A chart's first drawing waits its turn: one chart at a time, each in a task of its own, so that a
// view of many charts appears one chart after another instead of in one long task (render, layout
// and paint of every chart at once). Later redraws (new data, a resize) do not queue.

/** A turn not ended by then (a chart that never drew) lets the next chart go. */
const MAX_TURN_MS = 250;

interface Turn {
  grant: () => void;
  state: 'waiting' | 'drawing' | 'over';
}

const queue: Turn[] = [];
let drawing: Turn | null = null;
let safety: ReturnType<typeof setTimeout> | undefined;

function next(): void {
  if (drawing) return;
  const turn = queue.shift();
  if (!turn) return;
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

/**
 * Asks for a turn to draw; `grant` is called when it comes (at once if no chart is drawing). Returns
 * the function that ends the turn — or withdraws the request — to call once the drawing is committed
 * or when the chart goes away.
 */
export function requestDrawTurn(grant: () => void): () => void {
  const turn: Turn = { grant, state: 'waiting' };
  queue.push(turn);
  next();
  return () => end(turn);
}
