// Under a chart: the formula it draws (typeset) with where the paper has it, what to notice, and
// the conventions behind it on demand.

import { Typeset } from '../../charts/Typeset';
import type { Explanation } from '../explanations/types';
import { Formula } from './Formula';

/**
 * The rows of a `\begin{gathered} … \\ … \end{gathered}` formula, each typeset on its own line.
 * Each row is set inline (in display style), where KaTeX may break a line after a relation or an
 * operator — so a long row wraps on a phone instead of running off the screen.
 */
export function formulaRows(tex: string): string[] {
  const m = /^\s*\\begin\{gathered\}([\s\S]*)\\end\{gathered\}\s*$/.exec(tex);
  if (!m) return [tex.trim()];
  return m[1]
    .split(/\\\\(?![a-zA-Z])/)
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
}

/** `notice`: the explanation's what-to-notice for this chart (see noticeOf). */
export function ChartExplanation({ explanation, notice }: { explanation: Explanation; notice: string }) {
  const { tex, where, details } = explanation;
  return (
    <div className="chart-explanation">
      <div className="explanation-formula">
        <div className="explanation-rows">
          {formulaRows(tex).map((row) => (
            <Formula key={row} tex={`\\displaystyle ${row}`} className="formula-row" />
          ))}
        </div>
        <span className="explanation-where">
          <Typeset text={where} />
        </span>
      </div>
      <p className="explanation-notice">
        <Typeset text={notice} />
      </p>
      <details className="explanation-details">
        <summary>More: conventions and derivation</summary>
        {details.split(/\n\s*\n/).map((para) => (
          <p key={para}>
            <Typeset text={para.trim()} />
          </p>
        ))}
      </details>
    </div>
  );
}
