import { Navigate, Outlet, useLocation } from 'react-router';

import { useSession } from '../api/use-session';
import { signInPathFor } from '../features/sign-in/return-to';
import { PageHeading } from '../ui/page-heading';
import { StatusMessage } from '../ui/status-message';

/** Account pages: signed-in customers only; everyone else signs in first. */
export function RequireCustomer() {
  const { status } = useSession();
  const location = useLocation();

  if (status === 'signed-in') return <Outlet />;
  // The layout shows the "unavailable" notice with its retry.
  if (status === 'unavailable') return <PageHeading>Your account</PageHeading>;
  if (status === 'loading') return <StatusMessage>Loading…</StatusMessage>;
  const here = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={signInPathFor(here)} replace />;
}
