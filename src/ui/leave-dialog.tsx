import { useEffect, useRef } from 'react';
import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';

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
  const t = useT(coreMessages);
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
      <h2 id="leave-dialog-title">{t('leave.title')}</h2>
      <p id="leave-dialog-text">{t('leave.text')}</p>
      <p>
        <button
          ref={stay}
          type="button"
          className="button button-primary"
          onClick={onStay}
        >
          {t('leave.stay')}
        </button>{' '}
        <button type="button" className="button" onClick={onLeave}>
          {t('leave.leave')}
        </button>
      </p>
    </dialog>
  );
}
