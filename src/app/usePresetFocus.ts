// Opening a preset shows the chart it is about: presets that share a link (Fig. 6 and Theorem 2, say)
// differ in the chart they point at, so the page scrolls to that chart once it is drawn.

import { useEffect } from 'react';
import { PRESETS } from '../scenario/presets';
import { useApp } from '../state/store';

const WAIT_MS = 10_000;

export function usePresetFocus(): void {
  const presetId = useApp((s) => s.preset);
  const page = useApp((s) => s.page);
  useEffect(() => {
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset || page !== 'view') return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    const find = () => document.querySelector<HTMLElement>(`[data-chart-id="${preset.chart}"]`);
    const scroll = (el: HTMLElement) => {
      const first = document.querySelector('[data-chart-id]') === el;
      if (first) window.scrollTo({ top: 0, behavior: 'auto' });
      else el.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    };
    const now = find();
    if (now) {
      scroll(now);
      return;
    }
    // The view loads lazily and draws its charts as they arrive: wait for this one.
    const observer = new MutationObserver(() => {
      const el = find();
      if (!el) return;
      observer.disconnect();
      scroll(el);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [presetId, page]);
}
