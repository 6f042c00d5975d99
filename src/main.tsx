import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeDiagnostics } from './app/diagnostics';
import { registerServiceWorker } from './app/serviceWorker';
import { startUrlSync } from './app/urlSync';
import { mainThreadIdle } from './charts/mainThreadIdle';
import './app/styles.css';
import { resultCacheStats } from './state/results';
import { startSimulationDriver } from './state/simulationDriver';
import { useApp } from './state/store';
import { appPool, poolIfStarted } from './workers/defaultPool';

useApp.getState().loadLink(window.location.search);
// A view's formulas need KaTeX's stylesheet: fetched now, it applies to the bare shell, before the
// view is drawn (arriving later, it would restyle the whole drawn page in one task).
if (useApp.getState().page === 'view') void import('katex/dist/katex.min.css');
startUrlSync();
const driver = startSimulationDriver(() => appPool(mainThreadIdle));
exposeDiagnostics({
  pool: () => poolIfStarted()?.stats ?? null,
  driver: driver.stats,
  cache: resultCacheStats,
  killWorker: (i) => poolIfStarted()?.killWorker(i) ?? false,
});

registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
