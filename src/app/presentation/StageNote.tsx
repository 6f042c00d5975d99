import { currentSlide } from '../../state/stage';
import { useApp } from '../../state/store';

/** The slide's note or question to the room, above the chart on the stage (none: nothing). */
export function StageNote() {
  const note = useApp((s) => currentSlide(s)?.note ?? '');
  return note ? <p className="stage-note">{note}</p> : null;
}
