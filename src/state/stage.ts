// Presentation mode's stage: which deck is being shown, where in it the lecturer is, and which chart
// fills the screen. The deck is the link's `deck=` or, without one, the gallery's presets.
//
// The place in the deck is held, never guessed from the link: a lecturer who changes a parameter is
// still on the same slide ("Fig. 4, changed: M = …"), and R brings that slide back as it was.

import { serializeLink } from '../scenario/codec';
import { type Deck, defaultDeck, type Slide } from '../scenario/deck';
import { presetIndex, stripDisplay } from '../scenario/presetStep';
import { PRESETS } from '../scenario/presets';
import { type AppState, currentScenario } from './store';

const GALLERY_DECK = defaultDeck();

export interface DeckPlace {
  deck: Deck;
  /** 0-based; -1 when the page is on no slide of the deck (a link opened by hand). */
  at: number;
  /** A deck of the lecturer's own (the link's deck=), not the gallery. */
  custom: boolean;
}

/** The link on screen without display parameters (what a slide's link is compared with). */
export function linkOnScreen(st: AppState): string {
  return stripDisplay(serializeLink(st.view, currentScenario(st)));
}

export function deckPlace(st: AppState): DeckPlace {
  const { deck, slide } = st.display;
  if (deck) return { deck, at: slide - 1, custom: true };
  // The gallery: the preset last opened while its view is on screen (changed or not), else the
  // preset whose link this is.
  const opened = PRESETS.findIndex((p) => p.id === st.preset);
  const at =
    opened >= 0 && PRESETS[opened].view === st.view ? opened : presetIndex(linkOnScreen(st), st.preset);
  return { deck: GALLERY_DECK, at, custom: false };
}

export function currentSlide(st: AppState): Slide | null {
  const place = deckPlace(st);
  return place.at >= 0 ? (place.deck.slides[place.at] ?? null) : null;
}

/** Whether the stage is up: presentation mode on a view (not the gallery, not an embed). */
export function onStage(st: AppState): boolean {
  return st.display.present && st.page === 'view' && st.display.embed === null;
}

/**
 * The chart on the stage: the slide's chart while the slide's view is on screen, else `main` (the
 * view's first chart); null when there is no stage. A chart id the view does not draw also means main.
 */
export function stageChart(st: AppState): string | null {
  if (!onStage(st)) return null;
  const slide = currentSlide(st);
  if (!slide?.chart) return 'main';
  const view = new URLSearchParams(slide.link.replace(/^\?/, '')).get('view');
  return view === st.view ? slide.chart : 'main';
}
