// When the simulation driver hands streamed results to the store: at most once per interval, and only
// once the charts have drawn the previous batch (or after `maxWaitMs`, should they never say so).
// The charts render new results in a React transition, sliced into short tasks; a store update
// arriving mid-render would restart it, so pacing on the charts keeps every render short and whole.
// The run's end waits for its last results to be drawn, so "Done" means the charts are final.

export interface PacerHooks {
  /** Puts the results so far into the store (a new results version). */
  publish(): void;
  /** Marks the run finished (after its last results were published and drawn). */
  finish(): void;
  /** The charts show the store's current results version (or no view draws them). */
  caughtUp(): boolean;
  /** Subscribes to the charts' reports; returns the unsubscribe. */
  onRendered(listener: () => void): () => void;
}

export interface Pacer {
  /** A result arrived (already stored). */
  result(): void;
  /** The pool finished the batch. */
  done(): void;
  /** Superseded: publish nothing more. */
  cancel(): void;
}

export function startPacer(hooks: PacerHooks, intervalMs: number, maxWaitMs: number): Pacer {
  let dirty = false;
  let ending = false;
  let over = false;
  // The batch's start counts as a publication: its first results wait an interval, as later ones do.
  let lastPublish = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;

  const idle = () => timer === undefined && unsubscribe === undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    unsubscribe?.();
    unsubscribe = undefined;
  };
  const later = (ms: number) => {
    timer = setTimeout(step, Math.max(0, ms));
  };
  /** Until the charts report (each report is acted on in a task of its own, not inside React's). */
  const waitForCharts = (now: number) => {
    unsubscribe = hooks.onRendered(() => {
      if (!hooks.caughtUp()) return;
      clear();
      later(0);
    });
    later(maxWaitMs - (now - lastPublish));
  };

  function step(): void {
    clear();
    if (over) return;
    const now = performance.now();
    if (!hooks.caughtUp() && now - lastPublish < maxWaitMs) {
      waitForCharts(now);
      return;
    }
    if (dirty) {
      const early = intervalMs - (now - lastPublish);
      if (!ending && early > 0) {
        later(early);
        return;
      }
      dirty = false;
      lastPublish = now;
      hooks.publish();
      if (ending) waitForCharts(now);
      return;
    }
    if (ending) {
      over = true;
      hooks.finish();
    }
  }

  return {
    result() {
      if (over) return;
      dirty = true;
      if (idle()) later(intervalMs - (performance.now() - lastPublish));
    },
    done() {
      if (over) return;
      ending = true;
      // Waiting on the charts stays waiting; an interval's wait is cut short.
      if (unsubscribe === undefined) step();
    },
    cancel() {
      over = true;
      clear();
    },
  };
}
