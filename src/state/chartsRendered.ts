// The charts' side of the simulation driver's pacing: a mounted view reports the results version its
// charts show once they are committed, so that the driver publishes new results no faster than the
// view draws them (a publication that arrives mid-render would throw that render away).

let mounted = 0;
let rendered = -1;
const listeners = new Set<() => void>();

/** A view that draws results mounted; the returned function unmounts it. */
export function chartsMounted(): () => void {
  mounted++;
  let live = true;
  return () => {
    if (!live) return;
    live = false;
    mounted--;
    for (const l of [...listeners]) l();
  };
}

/** The mounted view's charts now show results `version`. */
export function chartsRendered(version: number): void {
  rendered = version;
  for (const l of [...listeners]) l();
}

/** No view draws results, or the one that does shows `version` (or later). */
export function chartsCaughtUp(version: number): boolean {
  return mounted === 0 || rendered >= version;
}

/** Calls `listener` after each report (and unmount); returns the unsubscribe. */
export function onChartsRendered(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
