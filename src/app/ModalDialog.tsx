// A button that opens a modal <dialog> (showModal: the browser traps focus and closes it on Esc);
// closing it by any means puts focus back on the button. The content is rendered only while open,
// so it always shows the current state.

import { type ReactNode, type SyntheticEvent, useEffect, useId, useRef, useState } from 'react';
import './dialogs.css';

interface Props {
  /** The button's text. */
  label: string;
  /** The dialog's heading. */
  title: string;
  className?: string;
  /** The button's tooltip. */
  hint?: string;
  /** Esc was pressed: call `preventDefault()` to keep the dialog open (e.g. to leave a sub-view first). */
  onCancel?: (e: SyntheticEvent) => void;
  /** After the dialog closed, by any means. */
  onClosed?: () => void;
  children: (close: () => void) => ReactNode;
}

export function ModalDialog({ label, title, className, hint, onCancel, onClosed, children }: Props) {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start where the reader most likely acts (e.g. "Copy link"), not on the close button.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => setOpen(false);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button-secondary app-tool"
        aria-haspopup="dialog"
        title={hint}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className={`modal${className ? ` ${className}` : ''}`}
        aria-labelledby={headingId}
        onCancel={onCancel}
        // Keys typed in a dialog are the dialog's: the page's shortcuts (P, F, arrows of presentation
        // mode, listening on window) must not act behind it. Esc still closes it (a default action).
        onKeyDown={(e) => e.stopPropagation()}
        onClose={() => {
          setOpen(false);
          onClosed?.();
          buttonRef.current?.focus();
        }}
        // A click on the backdrop lands on the <dialog> itself (its content fills it): close.
        onClick={(e) => {
          if (e.target === e.currentTarget) close();
        }}
      >
        {open ? (
          <div className="modal-body">
            <div className="modal-head">
              <h2 id={headingId}>{title}</h2>
              <button type="button" className="modal-close" aria-label="Close" onClick={close}>
                ×
              </button>
            </div>
            {children(close)}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
