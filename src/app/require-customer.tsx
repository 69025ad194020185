import { Navigate, Outlet, useLocation } from 'react-router';

import { session } from '../api/client';
import { useSession } from '../api/use-session';
import { signInPathFor } from '../features/sign-in/return-to';
import { ServiceUnavailable } from '../ui/service-unavailable';
import { StatusMessage } from '../ui/status-message';

/** Account pages: signed-in customers only; everyone else signs in first. */
export function RequireCustomer() {
  const { status } = useSession();
  const location = useLocation();

  if (status === 'signed-in') return <Outlet />;
  if (status === 'unavailable') {
    return <ServiceUnavailable onRetry={() => void session.start()} />;
  }
  if (status === 'loading') return <StatusMessage>Loading…</StatusMessage>;
  const here = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={signInPathFor(here)} replace />;
}
