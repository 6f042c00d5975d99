import type { ReactNode } from 'react';
import type { ViewName } from '../../scenario/views';
import { VIEWS } from '../../scenario/views';
import { useApp } from '../../state/store';
import { PresetChips } from './PresetChips';
import { RunStatus } from './RunStatus';
import { useNarrow } from './useNarrow';
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

/**
 * Controls on the left, the view's charts on the right. On one column (a phone) the charts come
 * first, then the view's lead text and the controls, with a link down to the controls: in the
 * page's order (not only on screen), so that reading and tabbing follow what is seen.
 */
export function ViewLayout({ view, controls, children, formula, lead }: Props) {
  const meta = VIEWS[view].meta;
  const embed = useApp((s) => s.display.embed !== null);
  const predicting = usePredicting(view);
  const narrow = useNarrow();
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
  const controlsAside = (
    <aside key="controls" id={`${view}-parameters`} className="view-controls" aria-label="Parameters">
      {controls}
    </aside>
  );
  const chartsSection = (
    <section key="charts" className="view-charts" aria-label="Charts">
      {children}
    </section>
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
          {predicting || narrow ? null : lead}
          <RunStatus />
          <div className="view-tools-row">
            <ViewTools view={view} />
            {narrow ? (
              <a className="view-jump" href={`#${view}-parameters`}>
                Parameters ↓
              </a>
            ) : null}
          </div>
        </div>
      </header>
      <div className={narrow ? 'view-body view-body-narrow' : 'view-body'}>
        {/* Keyed: turning a phone moves the two, it does not draw the charts again. */}
        {narrow
          ? [
              chartsSection,
              predicting ? null : (
                <div key="lead" className="view-lead view-lead-after">
                  {lead}
                </div>
              ),
              controlsAside,
            ]
          : [controlsAside, chartsSection]}
      </div>
    </main>
  );
}
