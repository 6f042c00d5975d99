// The URL mirrors the store: a view change pushes a history entry (so Back works); parameter
// changes replace the entry at most every WRITE_INTERVAL_MS (browsers throttle, and may throw on,
// rapid replaceState). Back and Forward load the link they land on.

import { serializeLink } from '../scenario/codec';
import { type AppState, currentScenario, useApp } from '../state/store';

/** Safari allows 100 history writes in 30 s (one per 300 ms, and it throws past that); one replace per
 * 400 ms leaves room for the pushes of view changes during a long drag. Chromium allows 200 in 10 s. */
const WRITE_INTERVAL_MS = 400;
/** After the browser refused a history write, try again this much later. */
const RETRY_MS = 2000;

/** Where the reader is: a change of place (gallery ↔ view, or another view) is a history entry. */
function placeOf(st: AppState): string {
  return st.page === 'gallery' ? '' : st.view;
}

export function startUrlSync(): () => void {
  let lastPlace = placeOf(useApp.getState());
  let lastWritten = window.location.search;
  let lastWriteAt = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;

  // The gallery is the bare address; presentation mode there is not worth a query of its own.
  const linkNow = () => {
    const st = useApp.getState();
    return st.page === 'gallery' ? '' : serializeLink(st.view, currentScenario(st), st.display);
  };

  const write = (mode: 'push' | 'replace') => {
    pending = undefined;
    const link = linkNow();
    if (link === lastWritten) return;
    const previous = lastWritten;
    lastWritten = link;
    lastWriteAt = performance.now();
    const url = `${window.location.pathname}${link}${window.location.hash}`;
    try {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    } catch {
      // Safari throws (SecurityError) past 100 history writes in 30 s, e.g. tabs clicked in a frenzy.
      // The store's other listeners must still run; the address catches up a little later.
      lastWritten = previous;
      clearTimeout(pending);
      pending = setTimeout(() => write('replace'), RETRY_MS);
    }
  };

  const unsubscribe = useApp.subscribe((st, prev) => {
    if (restoring) return;
    // Streamed results and run progress change the store often; the link reads none of that.
    if (
      st.page === prev.page &&
      st.view === prev.view &&
      st.scenarios === prev.scenarios &&
      st.display === prev.display
    )
      return;
    if (placeOf(st) !== lastPlace) {
      lastPlace = placeOf(st);
      clearTimeout(pending);
      write('push');
      return;
    }
    if (pending) return;
    const wait = Math.max(0, WRITE_INTERVAL_MS - (performance.now() - lastWriteAt));
    pending = setTimeout(() => write('replace'), wait);
  });

  const onPop = () => {
    clearTimeout(pending);
    pending = undefined;
    restoring = true;
    useApp.getState().loadLink(window.location.search);
    restoring = false;
    lastPlace = placeOf(useApp.getState());
    lastWritten = window.location.search;
  };
  window.addEventListener('popstate', onPop);

  // Canonicalise the opening link (repairs are listed in the notices).
  write('replace');
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    clearTimeout(pending);
  };
}
