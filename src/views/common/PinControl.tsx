// "Pin curves": freezes the view's xy curves as faint ghosts (src/state/pins.ts) to compare before
// and after a change; "Unpin" clears them. Pins are not in the link and do not survive a reload.

import type { ViewName } from '../../scenario/views';
import { canPin, linkDifferences, usePins } from '../../state/pins';
import './viewTools.css';

export function PinControl({ view }: { view: ViewName }) {
  const pinned = usePins((s) => s.pins[view]);
  const available = usePins((s) => canPin(s.offers[view]));
  const nowLink = usePins((s) => s.offers[view]?.link);
  const pin = usePins((s) => s.pin);
  const unpin = usePins((s) => s.unpin);
  const what = pinned ? `${pinned.count} chart${pinned.count === 1 ? '' : 's'}` : '';
  return (
    <div className="view-tool">
      <button
        type="button"
        className="button-secondary"
        disabled={!available}
        title={
          available
            ? 'Freeze the current curves as faint ghosts, to compare before and after a change. Pins are not part of the link; a reload clears them.'
            : 'This view has no curves to pin.'
        }
        onClick={() => pin(view)}
      >
        {pinned ? 'Pin again' : 'Pin curves'}
      </button>
      {pinned ? (
        <button type="button" className="button-secondary" onClick={() => unpin(view)}>
          Unpin
        </button>
      ) : null}
      <span className="view-tool-status" aria-live="polite">
        {pinned
          ? `Pinned ${what} as ghosts (${nowLink ? linkDifferences(pinned.link, nowLink) : 'same parameters'}).`
          : ''}
      </span>
    </div>
  );
}
