// The app's single source of truth: the current view, its scenario (the URL mirrors it), the
// notices to show, and the simulation results and run status of the current scenario.

import { create } from 'zustand';
import { defaultScenario, parseLinkForPage } from '../scenario/codec';
import { type Display, NO_DISPLAY } from '../scenario/display';
import { PRESETS } from '../scenario/presets';
import type { Scenario, ViewName } from '../scenario/views';

/**
 * `starting`: the scenario changed and its run has not been planned yet (the driver waits a moment
 * for a slider to settle): the previous run's Done must not stand beside charts of the new one.
 */
export type RunStatus = 'idle' | 'starting' | 'running' | 'done' | 'error';

export interface RunState {
  status: RunStatus;
  /** Fraction of the batch's work done, 0…1 (of expected time, not of cells: workEstimate.ts). */
  fraction: number;
  doneCells: number;
  totalCells: number;
  startedAt: number;
  /** Estimated milliseconds left, from each kind's measured cost; null until a cell has finished. */
  etaMs: number | null;
  /** The kinds of cell still to finish, in plan order (what the charts wait for). */
  kindsLeft: string[];
  /** This run superseded (cancelled) one that was still running. */
  superseded: boolean;
  /** Errors in words (a cell that failed, a worker that died twice). */
  errors: string[];
  elapsedMs: number;
}

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

export interface AppState {
  /** The gallery of presets (the bare address, no query) or a view. */
  page: 'gallery' | 'view';
  view: ViewName;
  /** The last scenario of each visited view, so switching views keeps their settings. */
  scenarios: { [V in ViewName]?: Scenario<V> };
  /** How the link asked to be shown (embed, presentation, controls); kept in the URL. */
  display: Display;
  notices: Notice[];
  run: RunState;
  /** Bumped whenever `results` gains entries (the map itself is mutated in place). */
  resultsVersion: number;
  /** Opens a link: its view, its scenario, and a notice for everything the codec repaired. */
  loadLink(text: string): void;
  setView(view: ViewName): void;
  showGallery(): void;
  /** The id of the preset opened last (gallery card, preset chip, presentation key). */
  preset: string | null;
  /** Opens a preset's link, keeping presentation mode on if it is on (stepping through presets). */
  openPreset(id: string): void;
  setPresent(on: boolean): void;
  setParam(name: string, value: unknown): void;
  /** Drops the link's controls= allow-list. */
  showAllControls(): void;
  resetView(): void;
  addNotice(text: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  dismissAll(): void;
}

export const idleRun: RunState = {
  status: 'idle',
  fraction: 0,
  doneCells: 0,
  totalCells: 0,
  startedAt: 0,
  etaMs: null,
  kindsLeft: [],
  errors: [],
  elapsedMs: 0,
  superseded: false,
};

let noticeId = 0;
const toNotices = (texts: string[], tone: Notice['tone'] = 'warning'): Notice[] =>
  texts.map((text) => ({ id: ++noticeId, text, tone }));

export const useApp = create<AppState>()((set, get) => ({
  page: 'view',
  view: 'speedup',
  preset: null,
  scenarios: {},
  display: NO_DISPLAY,
  notices: [],
  run: idleRun,
  resultsVersion: 0,

  loadLink(text) {
    // The bare address (no query at all) is the gallery; any link opens its view.
    if (text.replace(/^\?/, '').trim() === '') {
      set({ page: 'gallery', display: NO_DISPLAY, notices: [] });
      return;
    }
    const parsed = parseLinkForPage(text);
    set((st) => ({
      page: 'view',
      view: parsed.view,
      scenarios: { ...st.scenarios, [parsed.view]: parsed.scenario },
      display: parsed.display,
      notices: toNotices(parsed.notices),
    }));
  },

  setView(view) {
    set((st) => ({
      page: 'view',
      view,
      // Chart ids and control names belong to a view; presentation mode carries over.
      display: { ...NO_DISPLAY, present: st.display.present },
      scenarios: st.scenarios[view] ? st.scenarios : { ...st.scenarios, [view]: defaultScenario(view) },
    }));
  },

  setParam(name, value) {
    const { view, scenarios } = get();
    const current = scenarios[view] ?? defaultScenario(view);
    set({ scenarios: { ...scenarios, [view]: { ...current, [name]: value } as Scenario } });
  },

  showGallery() {
    set((st) => ({ page: 'gallery', display: { ...NO_DISPLAY, present: st.display.present } }));
  },

  openPreset(id) {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) return;
    const present = get().display.present;
    get().loadLink(preset.link);
    set((st) => ({ preset: id, display: { ...st.display, present } }));
  },

  setPresent(on) {
    set((st) => ({ display: { ...st.display, present: on } }));
  },

  showAllControls() {
    set((st) => ({ display: { ...st.display, controls: null } }));
  },

  resetView() {
    const { view, scenarios } = get();
    set({ scenarios: { ...scenarios, [view]: defaultScenario(view) } });
  },

  addNotice(text, tone = 'warning') {
    set((st) => ({ notices: [...st.notices, ...toNotices([text], tone)] }));
  },

  dismissNotice(id) {
    set((st) => ({ notices: st.notices.filter((n) => n.id !== id) }));
  },

  dismissAll() {
    set({ notices: [] });
  },
}));

/** The current view's scenario (every view has one once it has been shown). */
export function currentScenario(st: AppState): Scenario {
  return st.scenarios[st.view] ?? defaultScenario(st.view);
}
