import { serializeLink } from '../../scenario/codec';
import { presetIndex } from '../../scenario/presetStep';
import { PAPER_TAG, PRESETS } from '../../scenario/presets';
import { currentScenario, useApp } from '../../state/store';

/** In presentation mode: which preset is on screen, and the keys that move on. */
export function PresentBar() {
  const link = useApp((s) => (s.page === 'gallery' ? '' : serializeLink(s.view, currentScenario(s))));
  const opened = useApp((s) => s.preset);
  const at = presetIndex(link, opened);
  const preset = at >= 0 ? PRESETS[at] : null;
  return (
    <aside className="present-bar" aria-label="Presentation">
      <span className="present-where">
        {preset
          ? `${at + 1}/${PRESETS.length} · ${PAPER_TAG[preset.paper]} ${preset.where}: ${preset.title}`
          : 'Your own settings'}
      </span>
      <span className="present-keys">
        <kbd>←</kbd> <kbd>→</kbd> presets · <kbd>R</kbd> reset · <kbd>F</kbd> full screen · <kbd>P</kbd> leave
      </span>
    </aside>
  );
}
