import { useCallback, useEffect, useRef, useState } from 'react';

import type { ReviewDeps } from './bridge';
import { MailboxSection } from './mailbox-section';
import { reviewStorage } from './review-storage';
import { ScenarioSection } from './scenario-section';
import { ServiceSection } from './service-section';
import { useEmulatorView } from './use-emulator-view';

const BODY_ID = 'review-panel-body';

interface Props {
  deps: ReviewDeps;
  /** What loading the page did, e.g. which scenario it applied. */
  notice?: string;
}

/**
 * A toggle in a corner and a non-modal region beside the app: the app
 * stays usable while the panel is open. Escape closes it and puts focus
 * back on the toggle.
 */
export function ReviewPanel({ deps, notice }: Props) {
  const { controls, app } = deps;
  const [open, setOpen] = useState(reviewStorage.isOpen);
  const [message, setMessage] = useState(notice ?? '');
  const { view, refresh } = useEmulatorView(controls, open);
  const toggle = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    reviewStorage.setOpen(false);
    setOpen(false);
    toggle.current?.focus();
  }, []);

  function openPanel() {
    reviewStorage.setOpen(true);
    setOpen(true);
    refresh();
    // Focus moves only when the user opens it, not when a reload restores
    // an open panel; the element is shown once React has rendered.
    requestAnimationFrame(() => heading.current?.focus());
  }

  useEffect(() => {
    const element = body.current;
    if (!open || !element) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  function report(text: string) {
    refresh();
    setMessage(text);
  }

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="review-panel-toggle"
        aria-expanded={open}
        aria-controls={BODY_ID}
        onClick={() => (open ? close() : openPanel())}
      >
        Review panel
      </button>
      <div id={BODY_ID} className="review-panel-body" hidden={!open} ref={body}>
        <h2 ref={heading} tabIndex={-1}>
          Design review
        </h2>
        <p className="field-hint">
          Mock mode only: the shop is emulated in this browser.
        </p>
        <div role="status" aria-live="polite" className="review-panel-status">
          {message}
        </div>
        <ScenarioSection app={app} onChange={report} />
        <MailboxSection app={app} count={view.mailCount} />
        <ServiceSection
          controls={controls}
          faults={view.faults}
          onChange={report}
        />
        <button type="button" className="button button-small" onClick={close}>
          Close panel
        </button>
      </div>
    </>
  );
}
