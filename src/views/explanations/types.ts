import type { Chart } from '../../experiments/contract';

/**
 * What the page says beside one chart: the formula it draws, where the paper has it, what to
 * notice, and the conventions behind it. Written per view in this folder; looked up by chart id.
 */
export interface Explanation {
  /** The formula the chart draws, KaTeX syntax (several lines inside `\begin{gathered}` … ). */
  tex: string;
  /** Where in the papers, e.g. "[CP] Sec. 5, Fig. 2 (left)". */
  where: string;
  /**
   * Two or three plain sentences: what to notice. A sentence that states a result of the numbers (an
   * ordering, a crossing, a sign) is either generated from the chart's own JSON — a function, evaluated
   * in the page and in test/unit/claims alike — or checked there on the default and preset links.
   */
  notice: string | ((chart: Chart) => string);
  /** Conventions, what is simulated and what is closed form, caveats; paragraphs split on blank lines. */
  details: string;
}

/** A view's explanations: exact ids first, then prefixes for ids built from parameters. */
export interface ViewExplanations {
  byId: Record<string, Explanation>;
  /** For ids like `time-vs-k-<distribution>`: the longest matching prefix wins. */
  byPrefix?: { prefix: string; explain: (rest: string) => Explanation }[];
}
