import { useEffect, useRef } from 'react';

interface Props {
  onStay: () => void;
  onLeave: () => void;
}

/**
 * Asks before unsaved changes are left behind. Starts on "Stay", the
 * choice that loses nothing; Escape stays too. Focus goes back to where
 * it was when the dialog closes.
 */
export function LeaveDialog({ onStay, onLeave }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before =
      document.activeElement instanceof HTMLElement
        ? document.activeElement
        : null;
    element.showModal();
    stay.current?.focus();
    return () => {
      if (element.open) element.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-dialog-title">Leave without saving?</h2>
      <p id="leave-dialog-text">
        You have changes that are not saved yet. If you leave now, they are
        lost.
      </p>
      <p>
        <button
          ref={stay}
          type="button"
          className="button button-primary"
          onClick={onStay}
        >
          Stay on this page
        </button>{' '}
        <button type="button" className="button" onClick={onLeave}>
          Leave without saving
        </button>
      </p>
    </dialog>
  );
}
