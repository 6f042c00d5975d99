// When the page's main thread has time to spare. The pool holds its last worker back until then, so
// that the drawing a new scenario brings is not stretched by a simulation on every core (on two
// cores its 15–30 ms tasks took 60–90 ms). "Idle" means: no view holds the main thread (a view module
// loading, a chart waiting for its first drawing), and since the last hold ended the browser has
// offered an idle period of IDLE_MS (no frame due, no task queued) or GRACE_MS have passed (streamed
// results redraw the charts every 100 ms or so: a busy view may never be idle that long). Never
// later than MAX_WAIT_MS, whatever the page does.

/** Chromium grants idle periods of up to 50 ms when nothing is due; 40 means "really idle". */
const IDLE_MS = 40;
const GRACE_MS = 150;
const MAX_WAIT_MS = 1_500;
/** How often the conditions are looked at when no idle period comes. */
const POLL_MS = 50;

let holds = 0;
/** When the last hold ended (page clock). */
let lastRelease = 0;

/** Marks main-thread work under way (the pool waits for it); call the returned function when it is over. */
export function holdMainThread(): () => void {
  holds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holds--;
    lastRelease = performance.now();
  };
}

/** Resolves once nothing holds the main thread and it is idle (or settled), or after MAX_WAIT_MS. */
export function mainThreadIdle(): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const ready = (spare: number) => {
      const now = performance.now();
      if (now - start >= MAX_WAIT_MS) return true;
      if (holds > 0) return false;
      return spare >= IDLE_MS || now - Math.max(start, lastRelease) >= GRACE_MS;
    };
    if (typeof requestIdleCallback !== 'function') {
      // Safari: no idle periods to see; settled is the test.
      const poll = () => (ready(0) ? resolve() : setTimeout(poll, POLL_MS));
      setTimeout(poll, POLL_MS);
      return;
    }
    const check = (deadline: IdleDeadline) =>
      ready(deadline.timeRemaining()) ? resolve() : requestIdleCallback(check, { timeout: POLL_MS });
    requestIdleCallback(check, { timeout: POLL_MS });
  });
}
