// What is open beside the stage: the parameters drawer (left) or the notes drawer (the view's prose,
// right), one at a time. Closed, the chart has the whole screen; open, the chart narrows beside it and
// stays wholly visible, so a lecturer sees a parameter's effect while changing it.

import { create } from 'zustand';

export type Drawer = 'controls' | 'notes';

interface StageUi {
  controls: boolean;
  notes: boolean;
  toggle(drawer: Drawer): void;
  closeAll(): void;
}

export const useStageUi = create<StageUi>()((set) => ({
  controls: false,
  notes: false,
  // One drawer at a time: with both open the chart would be a third of the screen.
  toggle: (drawer) =>
    set((s) => ({ controls: drawer === 'controls' && !s.controls, notes: drawer === 'notes' && !s.notes })),
  closeAll: () => set({ controls: false, notes: false }),
}));

/** Opens a drawer and puts the keyboard in it (its first control), or closes it. */
export function toggleDrawer(drawer: Drawer): void {
  const opening = !useStageUi.getState()[drawer];
  useStageUi.getState().toggle(drawer);
  if (!opening) return;
  // After React has shown it: the drawer is display:none until then.
  requestAnimationFrame(() => {
    const box = document.querySelector<HTMLElement>(
      drawer === 'controls' ? '.view-controls' : '.view-header',
    );
    const first = box?.querySelector<HTMLElement>('input, select, textarea, button, summary, a[href]');
    (first ?? box)?.focus({ preventScroll: true });
  });
}
