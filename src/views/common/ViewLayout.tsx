import type { ReactNode } from 'react';
import type { ViewName } from '../../scenario/views';
import { VIEWS } from '../../scenario/views';
import { useApp } from '../../state/store';
import { PresetChips } from './PresetChips';
import { RunStatus } from './RunStatus';
import { usePredicting, ViewTools } from './ViewTools';

interface Props {
  view: ViewName;
  controls: ReactNode;
  children: ReactNode;
  /** The view's formula, under its title. */
  formula: ReactNode;
  /** Beside the title: the one idea the view teaches, in a few sentences. */
  lead: ReactNode;
}

/** Controls on the left (or on top on narrow screens), the view's charts on the right. */
export function ViewLayout({ view, controls, children, formula, lead }: Props) {
  const meta = VIEWS[view].meta;
  const embed = useApp((s) => s.display.embed !== null);
  const predicting = usePredicting(view);
  if (embed)
    return (
      <main className="view view-embed" data-testid={`view-${view}`} aria-label={meta.title}>
        <div className="visually-hidden">
          <RunStatus />
        </div>
        <section className="view-charts" aria-label="Chart">
          {children}
        </section>
      </main>
    );
  return (
    <main className="view" data-testid={`view-${view}`} aria-labelledby={`${view}-title`}>
      <header className="view-header">
        <div className="view-heading">
          <h2 id={`${view}-title`}>{meta.title}</h2>
          <p className="view-cite">{meta.cite}</p>
          <PresetChips view={view} />
          {/* Predict first: the formula and the lead would give the answer away until Reveal. */}
          {predicting ? (
            <p className="formula formula-hidden">The formula is hidden until you reveal: predict first.</p>
          ) : (
            <p className="formula">{formula}</p>
          )}
        </div>
        <div className="view-lead">
          {predicting ? null : lead}
          <RunStatus />
          <ViewTools view={view} />
        </div>
      </header>
      <div className="view-body">
        <aside className="view-controls" aria-label="Parameters">
          {controls}
        </aside>
        <section className="view-charts" aria-label="Charts">
          {children}
        </section>
      </div>
    </main>
  );
}
