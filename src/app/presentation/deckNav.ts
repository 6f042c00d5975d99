// Moving through the deck on the stage: the next or previous slide, or back to the slide as it was.

import { encodeDeck } from '../../scenario/deck';
import { stepPreset } from '../../scenario/presetStep';
import { PRESETS } from '../../scenario/presets';
import { type DeckPlace, deckPlace, linkOnScreen } from '../../state/stage';
import { useApp } from '../../state/store';

/** Opens slide `index` (0-based) of the deck in presentation mode. */
export function openSlide(place: DeckPlace, index: number): void {
  const st = useApp.getState();
  if (!place.custom) {
    st.openPreset(PRESETS[index].id);
    return;
  }
  const slide = place.deck.slides[index];
  const predict = slide.predict ? '&predict=1' : '';
  st.loadLink(`${slide.link}&present=1${predict}&deck=${encodeDeck(place.deck)}&slide=${index + 1}`);
}

/**
 * One slide on. The gallery wraps around (as it always has); a deck of one's own stops at its ends,
 * so a clicker pressed once too often does not jump back to the title slide.
 */
export function stepSlide(step: 1 | -1): void {
  const st = useApp.getState();
  const place = deckPlace(st);
  if (!place.custom) {
    // From a slide (changed or not) the neighbour; from a link of no slide, the view's first preset.
    const n = PRESETS.length;
    const next =
      place.at >= 0 ? PRESETS[(place.at + step + n) % n] : stepPreset(linkOnScreen(st), null, st.view, step);
    st.openPreset(next.id);
    return;
  }
  const n = place.deck.slides.length;
  const next = place.at < 0 ? 0 : Math.min(n - 1, Math.max(0, place.at + step));
  if (next !== place.at) openSlide(place, next);
}

/** R: the slide on screen as the deck has it (the view's defaults when on no slide). */
export function resetSlide(): void {
  const st = useApp.getState();
  const place = deckPlace(st);
  if (place.at >= 0) openSlide(place, place.at);
  else st.resetView();
}
