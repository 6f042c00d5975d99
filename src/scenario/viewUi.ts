// What the page needs to know about a view beyond each parameter's own spec: declared once per view,
// beside its parameters (<view>Schema.ts), and read by the generic controls and chart list, so a
// view's page component carries no lists of its own. Per-parameter hints (a slider's range, an
// exponent shown as 2^k, which editor an item list gets) live on the parameter specs (params.ts).

import type { ParamSpec, ValuesOf } from './params';

export interface ViewUi<P extends Record<string, ParamSpec>> {
  /** Parameters shown in the collapsed "More parameters" section (they keep schema order). */
  advanced?: readonly (keyof P & string)[];
  /** Parameters that do not apply to this scenario (e.g. Pmax unless delay=learners): not shown. */
  hidden?: (s: ValuesOf<P>) => readonly (keyof P & string)[];
  /**
   * Charts with simulated series, which show the run's progress while their cells stream in: chart
   * ids, or id prefixes written with a trailing `*` (`time-vs-k-*`: one chart per distribution).
   */
  simulated?: readonly string[];
}

/** A view's UI facts, typed against its parameters (a misspelt name does not compile). */
export function viewUi<P extends Record<string, ParamSpec>>(_params: P, ui: ViewUi<P>): ViewUi<P> {
  return ui;
}

/** Whether the chart `id` is one of `simulated` (an entry ending in `*` matches every id it starts). */
export function isSimulatedChart(simulated: readonly string[], id: string): boolean {
  return simulated.some((s) => (s.endsWith('*') ? id.startsWith(s.slice(0, -1)) : s === id));
}
