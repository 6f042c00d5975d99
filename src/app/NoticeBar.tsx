import { useApp } from '../state/store';

/** What a link or a run changed, in words; each notice can be dismissed. Text only, never HTML. */
export function NoticeBar() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  const dismissAll = useApp((s) => s.dismissAll);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" data-testid="notices">
      <ul>
        {notices.map((n) => (
          <li key={n.id} className={`notice notice-${n.tone}`}>
            <span className="notice-text">{n.text}</span>
            <button
              type="button"
              className="notice-dismiss"
              aria-label={`Dismiss: ${n.text.slice(0, 60)}`}
              onClick={() => dismiss(n.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && (
        <button type="button" className="button-secondary" onClick={dismissAll}>
          Dismiss all
        </button>
      )}
    </section>
  );
}
