// Offline and installable: the service worker precaches the whole built site (production builds only;
// the dev server never registers it). Its install reads and stores 1.9 MB, about a third of a
// core-second on a first visit: it waits until the opening view's first run is over (or SW_WAIT_MS
// have passed), so that it never competes with the first simulation and drawing for the CPU.
// `autoUpdate`: a new build takes over on its own.

/// <reference types="vite-plugin-pwa/vanillajs" />
import { useApp } from '../state/store';

const SW_WAIT_MS = 5_000;

/** The opening page has settled: a gallery, a finished run, or a run with errors. */
function settled(): boolean {
  const s = useApp.getState();
  return s.page !== 'view' || s.run.status === 'done' || s.run.status === 'error';
}

function firstRunOver(): Promise<void> {
  return new Promise((resolve) => {
    if (settled()) {
      resolve();
      return;
    }
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, SW_WAIT_MS);
    const unsubscribe = useApp.subscribe(() => {
      if (settled()) finish();
    });
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void firstRunOver()
    .then(() => import('virtual:pwa-register'))
    .then(({ registerSW }) => registerSW());
}
