// Presentation mode's keyboard (a clicker sends PageDown/PageUp, some send arrows):
//   → PageDown  next preset      ← PageUp  previous preset
//   R  reset the view to the preset last opened in it (or to its defaults)
//   F  full screen on/off          P  presentation mode on/off (also outside it)
//   Space plays/pauses the timeline's animation (its own handler; arrows there step it, so only
//   PageDown/PageUp change presets on the timeline view).
// Keys typed into a field, or pressed on a slider or a select, keep their usual meaning.

import { useEffect } from 'react';
import { serializeLink } from '../../scenario/codec';
import { stepPreset } from '../../scenario/presetStep';
import { PRESETS } from '../../scenario/presets';
import { currentScenario, useApp } from '../../state/store';
import { toggleFullscreen } from './fullscreen';

function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  const tag = el?.tagName ?? '';
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el?.isContentEditable === true;
}

export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || typingInto(e.target)) return;
      const st = useApp.getState();
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === 'p') {
        st.setPresent(!st.display.present);
        e.preventDefault();
        return;
      }
      if (!st.display.present) return;
      const link = st.page === 'gallery' ? '' : serializeLink(st.view, currentScenario(st));
      if (key === 'PageDown' || key === 'ArrowRight' || key === 'PageUp' || key === 'ArrowLeft') {
        const step = key === 'PageDown' || key === 'ArrowRight' ? 1 : -1;
        st.openPreset(stepPreset(link, st.preset, st.view, step).id);
      } else if (key === 'r') {
        const preset = PRESETS.find((p) => p.id === st.preset);
        if (preset && preset.view === st.view) st.openPreset(preset.id);
        else st.resetView();
      } else if (key === 'f') {
        void toggleFullscreen();
      } else return;
      e.preventDefault();
    };
    // On window, so a view's own handler on document (the timeline's) runs first and can claim a key.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
