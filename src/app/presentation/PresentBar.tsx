import { useShallow } from 'zustand/react/shallow';
import { currentSlide, deckPlace, linkOnScreen, onStage } from '../../state/stage';
import { useApp } from '../../state/store';
import { DeckDialog } from './DeckDialog';
import { resetSlide, stepSlide } from './deckNav';
import { slideChanges } from './slideChanges';
import { toggleDrawer, useStageUi } from './stageUi';

/**
 * Presentation mode's bar: where in the deck the lecturer is (and what they changed on this slide),
 * the keys that move on, and buttons for the same things (a mouse, a touch screen).
 */
export function PresentBar() {
  const { where, changed, stage, timeline } = useApp(
    useShallow((s) => {
      const place = deckPlace(s);
      const slide = currentSlide(s);
      const n = place.deck.slides.length;
      const name = slide ? (slide.title ?? `Slide ${place.at + 1}`) : 'Off the deck';
      const where =
        s.page === 'gallery'
          ? 'The gallery'
          : `${place.at >= 0 ? `${place.at + 1}/${n}` : `–/${n}`} · ${name}${place.custom && place.deck.title ? ` · ${place.deck.title}` : ''}`;
      const changed = slide && s.page === 'view' ? slideChanges(slide.link, linkOnScreen(s)).join('; ') : '';
      return { where, changed, stage: onStage(s), timeline: s.page === 'view' && s.view === 'timeline' };
    }),
  );
  const ui = useStageUi();
  return (
    <aside className="present-bar" aria-label="Presentation">
      <p className="present-where">
        <span className="present-slide">{where}</span>
        {changed ? (
          <span className="present-changed">
            {' '}
            changed: {changed} (<kbd>R</kbd> resets)
          </span>
        ) : null}
      </p>
      <div className="present-keys">
        <button
          type="button"
          className="present-key"
          onClick={() => stepSlide(-1)}
          title="Previous slide (PageUp, ←)"
        >
          <kbd>PgUp</kbd> back
        </button>
        <button
          type="button"
          className="present-key"
          onClick={() => stepSlide(1)}
          title="Next slide (PageDown, →)"
        >
          <kbd>PgDn</kbd> next
        </button>
        {timeline ? (
          <span className="present-hint">
            <kbd>Space</kbd> play · <kbd>,</kbd> <kbd>.</kbd> step
          </span>
        ) : null}
        {stage ? (
          <>
            <button
              type="button"
              className="present-key"
              aria-pressed={ui.controls}
              onClick={() => toggleDrawer('controls')}
            >
              <kbd>C</kbd> parameters
            </button>
            <button
              type="button"
              className="present-key"
              aria-pressed={ui.notes}
              onClick={() => toggleDrawer('notes')}
            >
              <kbd>N</kbd> notes
            </button>
          </>
        ) : null}
        <button type="button" className="present-key" onClick={resetSlide} title="The slide as it was (R)">
          <kbd>R</kbd> reset
        </button>
        <DeckDialog />
        <button
          type="button"
          className="present-key"
          onClick={() => useApp.getState().setPresent(false)}
          title="Leave presentation mode (P); F toggles full screen"
        >
          <kbd>P</kbd> leave
        </button>
      </div>
    </aside>
  );
}
