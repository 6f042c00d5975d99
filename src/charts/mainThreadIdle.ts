// When the page's main thread has time to spare. The pool holds its last worker back until then, so
// that the drawing a new scenario brings is not stretched by a simulation on every core (on two
// cores its 15–30 ms tasks took 60–90 ms). "Idle" means: no view holds the main thread (a view module
// loading, a chart waiting for its first drawing) and the browser offers an idle period of at least
// IDLE_MS (no frame due, no task queued) — or MAX_WAIT_MS have passed, whatever the page does.

/** Chromium grants idle periods of up to 50 ms when nothing is due; 40 means "really idle". */
const IDLE_MS = 40;
/** Never hold a worker back longer than this: an animation can keep every idle period short. */
const MAX_WAIT_MS = 1_500;
/** Without requestIdleCallback (Safari), a fixed delay stands in for the idle period. */
const FALLBACK_MS = 100;

let holds = 0;

/** Marks main-thread work under way (the pool waits for it); call the returned function when it is over. */
export function holdMainThread(): () => void {
  holds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holds--;
  };
}

/** Resolves once nothing holds the main thread and it is idle, or after MAX_WAIT_MS. */
export function mainThreadIdle(): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const waited = () => performance.now() - start;
    if (typeof requestIdleCallback !== 'function') {
      const poll = () => (holds === 0 || waited() >= MAX_WAIT_MS ? resolve() : setTimeout(poll, FALLBACK_MS));
      setTimeout(poll, FALLBACK_MS);
      return;
    }
    const check = (deadline: IdleDeadline) => {
      const idle = holds === 0 && deadline.timeRemaining() >= IDLE_MS;
      if (idle || deadline.didTimeout || waited() >= MAX_WAIT_MS) resolve();
      else requestIdleCallback(check, { timeout: Math.max(1, MAX_WAIT_MS - waited()) });
    };
    requestIdleCallback(check, { timeout: MAX_WAIT_MS });
  });
}
