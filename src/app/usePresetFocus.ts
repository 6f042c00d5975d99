// Opening a preset shows the chart it is about: presets that share a link (Fig. 6 and Theorem 2, say)
// differ in the chart they point at, so the page scrolls to that chart once it is drawn.
//
// One scroll is not enough: the charts above it skip layout while off screen (content-visibility,
// a 640 px placeholder) and grow or shrink as they draw, and a smooth scroll aims at where the chart
// was when it started. So the chart is held at the top of the window while the page settles, until
// the reader scrolls, clicks or types themselves.

import { useEffect } from 'react';
import { PRESETS } from '../scenario/presets';
import { useApp } from '../state/store';

const WAIT_MS = 10_000;
/** How long the chart is held in place after it appears, while the charts above it draw. */
const HOLD_MS = 4_000;
const USER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export function usePresetFocus(): void {
  const presetId = useApp((s) => s.preset);
  const page = useApp((s) => s.page);
  useEffect(() => {
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset || page !== 'view') return;
    const find = () => document.querySelector<HTMLElement>(`[data-chart-id="${preset.chart}"]`);
    const stops: (() => void)[] = [];
    const stop = () => {
      for (const s of stops.splice(0)) s();
    };

    const hold = (el: HTMLElement) => {
      const first = document.querySelector('[data-chart-id]') === el;
      // Instant, not smooth: a smooth scroll's target goes stale as the charts above it resize. (Where
      // the chart already is, either call leaves the page as it is.)
      const align = () =>
        first
          ? window.scrollTo({ top: 0, behavior: 'auto' })
          : el.scrollIntoView({ block: 'start', behavior: 'auto' });
      align();
      const resized = new ResizeObserver(align);
      resized.observe(document.body);
      for (const sibling of el.parentElement?.children ?? []) resized.observe(sibling);
      stops.push(() => resized.disconnect());
      for (const type of USER_INPUT) {
        window.addEventListener(type, stop, { passive: true, once: true });
        stops.push(() => window.removeEventListener(type, stop));
      }
      const timer = setTimeout(stop, HOLD_MS);
      stops.push(() => clearTimeout(timer));
    };

    const now = find();
    if (now) hold(now);
    else {
      // The view loads lazily and draws its charts as they arrive: wait for this one.
      const observer = new MutationObserver(() => {
        const el = find();
        if (!el) return;
        observer.disconnect();
        hold(el);
      });
      observer.observe(document.body, { childList: true, subtree: true });
      const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
      stops.push(() => {
        observer.disconnect();
        clearTimeout(timer);
      });
    }
    return stop;
  }, [presetId, page]);
}
