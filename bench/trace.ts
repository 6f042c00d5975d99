// The page's thread in a Chromium trace: its tasks between the probe's first chart and Done, with
// their wall and CPU (thread) time. On a loaded machine — or on 2 cores shared with two busy workers —
// a task's wall time is mostly waiting for a core; its CPU time is the work the page did.

/** Trace categories: top-level tasks, the user-timing marks below, and what runs inside tasks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'blink.user_timing'];

/** In the page: user-timing marks at the probe's first chart and Done, to find them in the trace. */
export function markProbe(): void {
  let chart = false;
  const poll = () => {
    const p = window.__probe;
    if (!chart && p && (p.firstChartAt ?? 0) > 0) {
      chart = true;
      performance.mark('probe-first-chart');
    }
    if (p?.doneAt != null || p?.error != null) {
      performance.mark('probe-done');
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

export const MARK_SCRIPT = `(${markProbe.toString()})();`;

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface MainThread {
  /** The renderer main thread's complete events, sorted by start (longest first at a tie). */
  events: TraceEvent[];
  /** Its top-level tasks between the first chart and Done. */
  during: TraceEvent[];
  from: number;
  to: number;
}

export const isTask = (e: TraceEvent) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
export const cpuOf = (e: TraceEvent) => e.tdur ?? e.dur!;

export function mainThread(events: TraceEvent[]): MainThread | null {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const mark = (name: string) => events.find((e) => e.name === name)?.ts;
  const from = mark('probe-first-chart') ?? 0;
  const to = mark('probe-done') ?? Number.POSITIVE_INFINITY;
  return { events: onMain, during: onMain.filter((t) => isTask(t) && t.ts >= from && t.ts <= to), from, to };
}

/** Between the first chart and Done: the longest task's CPU ms and the thread's CPU ms in all. */
export function cpuWhileSimulating(events: TraceEvent[]): { longestTaskMs: number; totalMs: number } | null {
  const m = mainThread(events);
  if (!m) return null;
  return {
    longestTaskMs: Math.max(0, ...m.during.map(cpuOf)) / 1000,
    totalMs: m.during.reduce((a, t) => a + cpuOf(t), 0) / 1000,
  };
}
