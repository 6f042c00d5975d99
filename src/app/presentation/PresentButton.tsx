import { useApp } from '../../state/store';
import { toggleFullscreen } from './fullscreen';

/** Presentation mode on/off; turning it on from the button also asks for full screen. */
export function PresentButton() {
  const present = useApp((s) => s.display.present);
  const setPresent = useApp((s) => s.setPresent);
  return (
    <button
      type="button"
      className="button-secondary"
      aria-pressed={present}
      title="Presentation mode (P): large type and high contrast; → / ← step through the gallery's presets, R resets, F full screen"
      onClick={() => {
        setPresent(!present);
        if (!present && !document.fullscreenElement) void toggleFullscreen();
        if (present && document.fullscreenElement) void toggleFullscreen();
      }}
    >
      {present ? 'Leave presentation' : 'Present'}
    </button>
  );
}
