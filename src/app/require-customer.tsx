import { useDeferredValue, useState } from 'react';
import { Navigate, Outlet } from 'react-router';

import { useMe } from '../api/me';
import { useSession } from '../api/use-session';
import { signInPathFor } from '../features/sign-in/return-to';
import { coreMessages } from '../ui/i18n/messages-en';
import { useT } from '../ui/i18n/use-t';
import { LoadingStatus } from '../ui/loading-status';
import { PageHeading } from '../ui/page-heading';

/**
 * Account pages: signed-in customers only; everyone else signs in first.
 * A page shows once the customer has loaded (or failed to: the page
 * offers the retry), so it paints whole with whatever the layout adds for
 * that customer, such as the verify-email banner, instead of being pushed
 * down by it a moment later. Once shown, pages stay: a page refetching a
 * customer that failed to load would otherwise hide itself again.
 */
export function RequireCustomer() {
  const t = useT(coreMessages);
  const { status, unconfirmed } = useSession();
  const me = useMe({ enabled: status === 'signed-in' });
  // Whether this tab showed an account page to a signed-in customer: if so,
  // losing the session here means it ended (expired, or signed out in
  // another tab), and the sign-in page says so.
  const [wasSignedIn, setWasSignedIn] = useState(status === 'signed-in');
  if (status === 'signed-in' && !wasSignedIn) setWasSignedIn(true);
  // Settled once the customer is there or a read has failed: the page then
  // shows its own progress and retry instead of a bare "Loading…".
  const [settled, setSettled] = useState(false);
  const known = !me.isPending || me.failureCount > 0;
  if (status === 'signed-in' && known && !settled) setSettled(true);
  // The page is rendered as a transition, which React splits into short
  // tasks, so a long form does not block a tap while it is being built.
  const showPage = useDeferredValue(settled || known);

  if (status === 'signed-in') {
    return showPage ? <Outlet /> : <LoadingStatus />;
  }
  // The layout shows the "unavailable" notice with its retry.
  if (status === 'unavailable') {
    return <PageHeading>{t('app.yourAccount')}</PageHeading>;
  }
  // Mock mode, before the emulator is up: review mode may sign someone in.
  if (status === 'loading' || unconfirmed) return <LoadingStatus />;
  // The address bar, not the rendered location: a navigation React has
  // not rendered yet is already there.
  const { pathname, search, hash } = window.location;
  const here = `${pathname}${search}${hash}`;
  return (
    <>
      <LoadingStatus />
      <Navigate
        to={signInPathFor(here)}
        replace
        state={wasSignedIn ? { sessionEnded: true } : undefined}
      />
    </>
  );
}
