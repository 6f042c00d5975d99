import type { ReactNode } from 'react';
import type { ViewName } from '../../scenario/views';
import { VIEWS } from '../../scenario/views';
import { RunStatus } from './RunStatus';

interface Props {
  view: ViewName;
  controls: ReactNode;
  children: ReactNode;
  /** Shown above the charts: the one idea the view teaches, with its formula. */
  lead: ReactNode;
}

/** Controls on the left (or on top on narrow screens), the view's charts on the right. */
export function ViewLayout({ view, controls, children, lead }: Props) {
  const meta = VIEWS[view].meta;
  return (
    <main className="view" data-testid={`view-${view}`} aria-labelledby={`${view}-title`}>
      <header className="view-header">
        <h2 id={`${view}-title`}>{meta.title}</h2>
        <p className="view-cite">{meta.cite}</p>
        <div className="view-lead">{lead}</div>
        <RunStatus />
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
