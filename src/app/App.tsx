import { lazy, Suspense, useEffect } from 'react';
import { onNextDrawTurn } from '../charts/drawTurns';
import { holdMainThread } from '../charts/mainThreadIdle';
import { VIEW_NAMES, VIEWS, type ViewName } from '../scenario/views';
import { useApp } from '../state/store';
import { AboutDialog } from './AboutDialog';
import { Gallery } from './gallery/Gallery';
import { NoticeBar } from './NoticeBar';
import { DeckDialog } from './presentation/DeckDialog';
import { PresentBar } from './presentation/PresentBar';
import { PresentButton } from './presentation/PresentButton';
import { StageNote } from './presentation/StageNote';
import { useStageUi } from './presentation/stageUi';
import { usePresentationKeys } from './presentation/usePresentationKeys';
import './presentation/stage.css';
import { ShareDialog } from './ShareDialog';
import { usePresetFocus } from './usePresetFocus';

declare const __APP_VERSION__: string;

type ViewModule = { default: () => React.JSX.Element };
/** A view that never asks to draw a chart (an error) holds the main thread no longer than this. */
const VIEW_HOLD_MS = 1_000;
/**
 * Views load lazily so the first paint carries only the shell and the opening view. From the moment one
 * starts loading until its first chart asks to draw, the main thread is held (the worker pool keeps a
 * core free for the view's first render); from then on the charts' draw turns hold it.
 */
const lazyView = (load: () => Promise<ViewModule>) =>
  lazy(() => {
    const release = holdMainThread();
    onNextDrawTurn(release);
    setTimeout(release, VIEW_HOLD_MS);
    return load();
  });
const VIEW_COMPONENTS: Record<ViewName, React.LazyExoticComponent<() => React.JSX.Element>> = {
  speedup: lazyView(() => import('../views/speedup/SpeedupView')),
  minibatch: lazyView(() => import('../views/minibatch/MinibatchView')),
  async: lazyView(() => import('../views/async/AsyncView')),
  estimator: lazyView(() => import('../views/estimator/EstimatorView')),
  runtime: lazyView(() => import('../views/runtime/RuntimeView')),
  kvariants: lazyView(() => import('../views/kvariants/KvariantsView')),
  timeline: lazyView(() => import('../views/timeline/TimelineView')),
  race: lazyView(() => import('../views/race/RaceView')),
};

/** The paper a view belongs to ([CP], [SS] or both); where in it is in the heading and the tooltip. */
function TabCite({ cite }: { cite: string }) {
  const paper = cite.match(/^\[(CP|SS)\]/)?.[0] ?? '';
  const both = cite.includes('[CP]') && cite.includes('[SS]');
  return (
    <span className="tab-cite">
      <span className="tab-paper">{both ? '[SS] × [CP]' : paper}</span>
      <span className="tab-where">{cite.slice(paper.length)}</span>
    </span>
  );
}

export function App() {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const View = VIEW_COMPONENTS[view];
  const embed = useApp((s) => s.display.embed !== null);
  const present = useApp((s) => s.display.present);
  const page = useApp((s) => s.page);
  const showGallery = useApp((s) => s.showGallery);
  // Presentation mode on a view is a stage: one chart fills the screen, the rest sits in drawers.
  const stage = present && page === 'view';
  const drawers = useStageUi();
  usePresentationKeys();
  usePresetFocus();
  // On a phone the tabs scroll sideways: keep the current one in sight (scrolling the list only,
  // never the page).
  useEffect(() => {
    const list = document.querySelector<HTMLElement>('.view-tabs');
    const tab = list?.querySelector<HTMLElement>(`a[data-view="${view}"]`);
    if (!list || !tab || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = Math.max(0, tab.offsetLeft - list.offsetLeft - 16);
  }, [view]);
  if (embed)
    // One chart and nothing around it, for an iframe (the link's embed=).
    return (
      <div className={`app app-embed${present ? ' present' : ''}`}>
        <Suspense fallback={<p className="loading">Loading the chart…</p>}>
          <View />
        </Suspense>
      </div>
    );
  return (
    <div
      className={`app${present ? ' present' : ''}${stage ? ' stage' : ''}${stage && drawers.controls ? ' stage-controls-open' : ''}${stage && drawers.notes ? ' stage-notes-open' : ''}`}
    >
      <header className="app-header">
        <h1>
          Parallel SGD Explorer <span className="app-tagline">how far does parallelism speed up SGD?</span>
        </h1>
        <nav aria-label="Views">
          <ul className="view-tabs">
            {VIEW_NAMES.map((name) => (
              <li key={name}>
                <a
                  href={`?v=1&view=${name}&seed=1`}
                  data-view={name}
                  title={`${VIEWS[name].meta.cite}: ${VIEWS[name].meta.blurb}`}
                  aria-current={page === 'view' && name === view ? 'page' : undefined}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    setView(name);
                  }}
                >
                  <span className="tab-title">{VIEWS[name].meta.title}</span>
                  <TabCite cite={VIEWS[name].meta.cite} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-tools">
          <a
            href="./"
            className="button-secondary gallery-link"
            aria-current={page === 'gallery' ? 'page' : undefined}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              showGallery();
            }}
          >
            Gallery
          </a>
          <PresentButton />
          {/* Decks are prepared before the lecture, not only while presenting (the bar has its own). */}
          {present ? null : (
            <span className="deck-entry">
              <DeckDialog />
            </span>
          )}
          <ShareDialog />
          <AboutDialog />
        </div>
      </header>
      <NoticeBar />
      {stage ? <StageNote /> : null}
      {page === 'gallery' ? (
        <Gallery />
      ) : (
        <Suspense fallback={<p className="loading">Loading the view…</p>}>
          <View />
        </Suspense>
      )}
      {present ? <PresentBar /> : null}
      <footer className="app-footer">
        <p>
          [CP] Stich, Mohtashami, Jaggi,{' '}
          <cite>
            Critical Parameters for Scalable Distributed Learning with Large Batches and Asynchronous Updates
          </cite>
          , AISTATS 2021. [SS] Dutta, Joshi, Ghosh, Dube, Nagpurkar,{' '}
          <cite>Slow and Stale Gradients Can Win the Race: Error-Runtime Trade-offs in Distributed SGD</cite>,
          AISTATS 2018.
        </p>
        <p>
          Parallel SGD Explorer {__APP_VERSION__} · every number on the page is reproducible with the CLI from
          the link.
        </p>
      </footer>
    </div>
  );
}
