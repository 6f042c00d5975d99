// Under a chart: the formula it draws (typeset) with where the paper has it, what to notice, and
// the conventions behind it on demand.

import type { Explanation } from '../explanations/types';
import { Formula } from './Formula';

export function ChartExplanation({ explanation }: { explanation: Explanation }) {
  const { tex, where, notice, details } = explanation;
  return (
    <div className="chart-explanation">
      <div className="explanation-formula">
        <Formula tex={tex} display />
        <span className="explanation-where">{where}</span>
      </div>
      <p className="explanation-notice">{notice}</p>
      <details className="explanation-details">
        <summary>More: conventions and derivation</summary>
        {details.split(/\n\s*\n/).map((para) => (
          <p key={para}>{para.trim()}</p>
        ))}
      </details>
    </div>
  );
}
