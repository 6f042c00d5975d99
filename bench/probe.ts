// The probe the bench installs in the page before the app: long tasks, animation-frame gaps, the first
// chart's paint and the view's Done, all on the page's own clock.

interface Resource {
  path: string;
}

export interface Probe {
  firstChartAt: number | null;
  /** Resources the page had loaded when the first chart appeared. */
  resources: Resource[];
  doneAt: number | null;
  /** The status line when the run finished with errors. */
  error: string | null;
  tasks: { start: number; duration: number }[];
  /** Gaps between animation frames over 20 ms, with the time the gap ended. */
  gaps: { at: number; gap: number }[];
}

declare global {
  interface Window {
    __probe?: Probe;
  }
}

/** Runs in the page before the app (serialised by Playwright: no closures over Node values). */
export function installProbe(): void {
  const p: Probe = { firstChartAt: null, resources: [], doneAt: null, error: null, tasks: [], gaps: [] };
  window.__probe = p;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = 0;
  const frame = (t: number) => {
    if (last > 0 && t - last > 20) p.gaps.push({ at: t, gap: t - last });
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const check = () => {
    if (p.firstChartAt === null) {
      const svg = document.querySelector('figure[data-chart-id] svg[role="img"]');
      const r = svg?.getBoundingClientRect();
      if (r && r.width > 0 && r.height > 0) {
        p.firstChartAt = -1; // found; the time is taken at the next frame, when it is painted
        requestAnimationFrame(() => {
          p.firstChartAt = performance.now();
          p.resources = performance
            .getEntriesByType('resource')
            .map((e) => ({ path: new URL(e.name).pathname }));
        });
      }
    }
    const status = document.querySelector('main[data-testid^="view-"] [role="status"]');
    const text = status?.textContent ?? '';
    if (p.doneAt === null && text.startsWith('Done')) p.doneAt = performance.now();
    if (p.error === null && text.startsWith('Finished with errors')) p.error = text;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

// tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which the page lacks: a global no-op
// (a `var` of the init script) serves every function serialised into the page.
export const PROBE_SCRIPT = `var __name = (f) => f; (${installProbe.toString()})();`;
