import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeDiagnostics } from './app/diagnostics';
import { startUrlSync } from './app/urlSync';
import './app/styles.css';
import { startSimulationDriver } from './state/simulationDriver';
import { useApp } from './state/store';
import { appPool, poolIfStarted } from './workers/defaultPool';

useApp.getState().loadLink(window.location.search);
startUrlSync();
const driver = startSimulationDriver(appPool);
exposeDiagnostics({
  pool: () => poolIfStarted()?.stats ?? null,
  driver: driver.stats,
  killWorker: (i) => poolIfStarted()?.killWorker(i) ?? false,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
