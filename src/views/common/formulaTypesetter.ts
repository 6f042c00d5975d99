// The page's side of katex.worker.ts: one worker for the page, started by the first formula. KaTeX's
// stylesheet (with its fonts) loads on the page at the same time; markup is handed out only once it
// has, so that a formula never shows unstyled. If the worker cannot start (offline before it was ever
// cached), every request fails and formulas keep showing their TeX source.

import type { TypesetReply, TypesetRequest } from './formulaProtocol';

let worker: Worker | null = null;
let broken = false;
let stylesheet: Promise<unknown> | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (html: string) => void; reject: (e: Error) => void }>();
/** Requests in flight by formula, so that two copies of one formula are typeset once. */
const inFlight = new Map<string, Promise<string>>();

/**
 * Markup is handed out about one formula per frame: replies come in bursts, and a burst inserted at
 * once (hundreds of spans each) would be restyled and laid out in one long task.
 */
const HAND_OUT_MS = 16;
const handOuts: (() => void)[] = [];
let handingOut = false;
function handOut(give: () => void): void {
  handOuts.push(give);
  if (handingOut) return;
  handingOut = true;
  const next = () => {
    handOuts.shift()?.();
    if (handOuts.length > 0) setTimeout(next, HAND_OUT_MS);
    else handingOut = false;
  };
  setTimeout(next, 0);
}

function fail(reason: string): void {
  broken = true;
  worker?.terminate();
  for (const w of waiting.values()) w.reject(new Error(reason));
  waiting.clear();
}

function start(): Worker {
  const w = new Worker(new URL('./katex.worker.ts', import.meta.url), { type: 'module', name: 'formulas' });
  w.onmessage = (e: MessageEvent<TypesetReply>) => {
    const m = e.data;
    const job = waiting.get(m.id);
    waiting.delete(m.id);
    if ('html' in m) job?.resolve(m.html);
    else job?.reject(new Error(m.error));
  };
  w.onerror = (e) => fail(e.message || 'the formula worker stopped');
  return w;
}

/** KaTeX's markup of `tex` (already prepared: `breakable` and the like are the caller's). */
export function typesetOffThread(tex: string, display: boolean): Promise<string> {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const known = inFlight.get(key);
  if (known) return known;
  if (broken) return Promise.reject(new Error('no formula worker'));
  stylesheet ??= import('katex/dist/katex.min.css');
  worker ??= start();
  const id = ++nextId;
  const markup = new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
  const request: TypesetRequest = { id, tex, display };
  worker.postMessage(request);
  const done = Promise.all([markup, stylesheet]).then(
    ([html]) => new Promise<string>((resolve) => handOut(() => resolve(html))),
  );
  inFlight.set(key, done);
  const forget = () => inFlight.delete(key);
  done.then(forget, forget);
  return done;
}
