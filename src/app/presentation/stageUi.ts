// What is open around the stage: the parameters drawer (left) and the notes drawer (the view's prose,
// right). Both closed, the chart has the whole screen; open, the chart narrows beside them and stays
// wholly visible, so a lecturer sees a parameter's effect while changing it.

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
  toggle: (drawer) => set((s) => ({ [drawer]: !s[drawer] })),
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
