import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { config } from '../../api/config';
import { useSession } from '../../api/use-session';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { safeReturnTo } from './return-to';
import { SignInForm } from './sign-in-form';
import { usePageTitle } from '../../ui/use-page-title';

export function SignInPage() {
  usePageTitle('Sign in');
  const { status } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const returnTo = safeReturnTo(params.get('returnTo'));

  // Right after signing in, and for anyone already signed in (here or in
  // another tab), go where the user was heading.
  if (status === 'signed-in') return <Navigate to={returnTo} replace />;

  return (
    <div className="narrow">
      <PageHeading>Sign in</PageHeading>
      <StatusMessage>{arrivalMessage(location.state)}</StatusMessage>
      {config.mode === 'mock' ? (
        <p className="notice">
          Demo account: <code>alex.demo@example.com</code> with password{' '}
          <code>Demo-pass-1</code>
        </p>
      ) : null}
      <SignInForm />
      {accountService.available ? (
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      ) : null}
      <p>
        New here? <Link to="/sign-up">Create an account</Link>
      </p>
    </div>
  );
}

/** Why the user is here, when an account page or sign-out sent them. */
function arrivalMessage(state: unknown): string | null {
  if (hasFlag(state, 'signedOut')) return 'You are signed out.';
  if (hasFlag(state, 'sessionEnded')) {
    return 'Your session has ended. Sign in again to carry on.';
  }
  return null;
}

function hasFlag(state: unknown, flag: string): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    flag in state &&
    (state as Record<string, unknown>)[flag] === true
  );
}
