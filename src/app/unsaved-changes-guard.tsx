import { useEffect, useState } from 'react';
import { useBlocker, useLocation } from 'react-router';

import { session } from '../api/client';
import { LeaveDialog } from '../ui/leave-dialog';
import {
  hasUnsavedChanges,
  onRestored,
  setLeaveAsker,
} from '../ui/unsaved-changes';
import { keepDraftsWhenSessionEnds } from './keep-drafts';
import { coreMessages } from '../ui/i18n/messages-en';
import { useT } from '../ui/i18n/use-t';

type Answer = (leave: boolean) => void;

/**
 * The one place that asks before unsaved changes are lost: in-app
 * navigation (the router's blocker), reload or closing the tab (the
 * browser's own `beforeunload` prompt) and signing out. Once the session
 * is gone nothing is blocked: the changes were kept as a draft and the
 * way to sign-in must stay open.
 */
export function UnsavedChangesGuard() {
  const t = useT(coreMessages);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname &&
      session.getState().status === 'signed-in' &&
      hasUnsavedChanges(),
  );
  const [asking, setAsking] = useState<{ answer: Answer }>();
  const { pathname } = useLocation();
  const [restoredOn, setRestoredOn] = useState<string>();

  useEffect(() => {
    setLeaveAsker((answer) => setAsking({ answer }));
    return () => setLeaveAsker(undefined);
  }, []);
  useEffect(() => keepDraftsWhenSessionEnds(session), []);
  useEffect(
    () => onRestored(() => setRestoredOn(window.location.pathname)),
    [],
  );
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  function answer(leave: boolean) {
    if (blocker.state === 'blocked') {
      if (leave) blocker.proceed();
      else blocker.reset();
    }
    asking?.answer(leave);
    setAsking(undefined);
  }

  return (
    <>
      {restoredOn === pathname ? (
        <p className="notice" role="alert">
          {t('app.draftRestored')}
        </p>
      ) : null}
      {blocker.state === 'blocked' || asking ? (
        <LeaveDialog
          onStay={() => answer(false)}
          onLeave={() => answer(true)}
        />
      ) : null}
    </>
  );
}
