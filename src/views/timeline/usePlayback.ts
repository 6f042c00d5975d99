import { useEffect, useState, useSyncExternalStore } from 'react';
import { Playback, type PlaybackSnapshot } from './playback';

/** prefers-reduced-motion: then the run is shown whole and nothing plays until asked to. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

/**
 * One playback clock for the view's charts (they share the time axis). It is told about new data
 * (duration, the PS update times as stops) and plays on its own once the first data arrives,
 * unless the reader prefers reduced motion.
 */
export function usePlayback(duration: number, stops: number[]): [Playback, PlaybackSnapshot] {
  const [playback] = useState(() => new Playback());
  useEffect(() => () => playback.dispose(), [playback]);
  const stopsKey = stops.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stopsKey` stands for `stops` (a new array each render)
  useEffect(() => {
    if (duration > 0) playback.setTimeline(duration, stops, !prefersReducedMotion());
  }, [playback, duration, stopsKey]);
  const snapshot = useSyncExternalStore(playback.subscribe, playback.getSnapshot, playback.getSnapshot);
  return [playback, snapshot];
}

/**
 * Space plays or pauses, → and ← (or `.` and `,`, which presentation mode leaves to the animation while
 * its arrows move through the deck) step by one PS update, Home goes back to the start — anywhere in
 * the page except where those keys already mean something (text fields, sliders, selects; Space on
 * a button presses that button).
 */
export function usePlaybackKeys(playback: Playback): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      const tag = t?.tagName ?? '';
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || t?.isContentEditable) return;
      const onButton = tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A';
      if (e.key === ' ' && !onButton) playback.toggle();
      else if (e.key === 'ArrowRight' || e.key === '.') playback.stepForward();
      else if (e.key === 'ArrowLeft' || e.key === ',') playback.stepBack();
      else if (e.key === 'Home' && !onButton) playback.seek(0);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [playback]);
}
