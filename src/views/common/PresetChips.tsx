import { typesetPlain } from '../../charts/typeset';
import { serializeLink } from '../../scenario/codec';
import { presetIndex } from '../../scenario/presetStep';
import { PRESETS, presetsOf } from '../../scenario/presets';
import type { ViewName } from '../../scenario/views';
import { currentScenario, useApp } from '../../state/store';

/** The gallery's presets of this view, one click each; the one on screen is marked. */
export function PresetChips({ view }: { view: ViewName }) {
  const presets = presetsOf(view);
  const openPreset = useApp((s) => s.openPreset);
  const link = useApp((s) => serializeLink(s.view, currentScenario(s)));
  const opened = useApp((s) => s.preset);
  const at = presetIndex(link, opened);
  if (presets.length === 0) return null;
  return (
    <nav className="preset-chips" aria-label="Presets of this view">
      <span className="preset-chips-label">Paper presets:</span>
      <ul>
        {presets.map((p) => (
          <li key={p.id}>
            <a
              href={p.link}
              data-preset={p.id}
              aria-current={at >= 0 && PRESETS[at].id === p.id ? 'true' : undefined}
              title={typesetPlain(p.takeaway)}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                openPreset(p.id);
              }}
            >
              {p.where}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
