// Presentation mode's keyboard. A clicker sends PageDown/PageUp (some send → / ←):
//   PageDown →  next slide          PageUp ←  previous slide
//   R  the slide as it was (undoes parameter changes)     F  full screen     P  presentation on/off
//   C  the parameters drawer        N  the notes drawer (the view's prose)   Esc closes the drawers
// PageDown/PageUp move through the deck wherever the focus is (a focused slider would otherwise eat
// them: the clicker must never change a parameter). → / ← do too, except where the focused element
// uses them (a slider, a field, a list box). The timeline's animation has its own keys (Space, `.`
// and `,`; usePlaybackKeys), so its arrows are the deck's here.
// The listener runs in the capture phase on window, ahead of any element's own handler; keys typed in
// a dialog are the dialog's.

import { useEffect } from 'react';
import { onStage } from '../../state/stage';
import { useApp } from '../../state/store';
import { resetSlide, stepSlide } from './deckNav';
import { toggleFullscreen } from './fullscreen';
import { toggleDrawer, useStageUi } from './stageUi';

const NOT_TEXT = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file']);

/** The focus is in a place that reads letters (a text field, a list box, editable text). */
function readsLetters(el: HTMLElement | null): boolean {
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !NOT_TEXT.has((el as HTMLInputElement).type);
}

/** The focus is on something that moves with the arrow keys (a slider, a field, a list box). */
function usesArrows(el: HTMLElement | null): boolean {
  if (!el) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable) return true;
  return ['slider', 'spinbutton', 'listbox', 'menu', 'menuitem', 'tab', 'radiogroup'].includes(
    el.getAttribute('role') ?? '',
  );
}

export function usePresentationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target?.closest('dialog')) return;
      const st = useApp.getState();
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === 'p' && !readsLetters(target)) {
        st.setPresent(!st.display.present);
        if (st.display.present) useStageUi.getState().closeAll();
      } else if (!st.display.present) return;
      else if (key === 'PageDown' || key === 'PageUp') stepSlide(key === 'PageDown' ? 1 : -1);
      else if ((key === 'ArrowRight' || key === 'ArrowLeft') && !usesArrows(target))
        stepSlide(key === 'ArrowRight' ? 1 : -1);
      else if (readsLetters(target)) return;
      else if (key === 'r') resetSlide();
      else if (key === 'f') void toggleFullscreen();
      else if (key === 'c' && onStage(st)) toggleDrawer('controls');
      else if (key === 'n' && onStage(st)) toggleDrawer('notes');
      else if (key === 'Escape' && onStage(st)) {
        const ui = useStageUi.getState();
        if (!ui.controls && !ui.notes) return;
        ui.closeAll();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
