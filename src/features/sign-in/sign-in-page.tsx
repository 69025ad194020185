import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { config } from '../../api/config';
import { useSession } from '../../api/use-session';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { safeReturnTo } from './return-to';
import { SignInForm } from './sign-in-form';
import { usePageTitle } from '../../ui/use-page-title';
import { type Translator, useT } from '../../ui/i18n/use-t';
import { type SignInMessages, signInMessages } from './messages-en';

export function SignInPage() {
  const t = useT(signInMessages);
  usePageTitle(t('signIn.title'));
  const { status, unconfirmed } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const returnTo = safeReturnTo(params.get('returnTo'));

  // Right after signing in, and for anyone already signed in (here or in
  // another tab), go where the user was heading; not before mock mode has
  // started, as a review scenario may still replace the session.
  if (status === 'signed-in') {
    return unconfirmed ? <LoadingStatus /> : <Navigate to={returnTo} replace />;
  }

  return (
    <div className="narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <StatusMessage>{arrivalMessage(location.state, t)}</StatusMessage>
      {config.mode === 'mock' ? (
        <p className="notice">
          {t.rich('signIn.demoAccount', {
            email: <code>alex.demo@example.com</code>,
            password: <code>Demo-pass-1</code>,
          })}
        </p>
      ) : null}
      <SignInForm />
      {accountService.available ? (
        <p>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </p>
      ) : null}
      <p>
        {t.rich('signIn.newHere', {
          link: <Link to="/sign-up">{t('signIn.createAccount')}</Link>,
        })}
      </p>
    </div>
  );
}

/** Why the user is here, when an account page or sign-out sent them. */
function arrivalMessage(
  state: unknown,
  t: Translator<SignInMessages>,
): string | null {
  if (hasFlag(state, 'signedOut')) return t('signIn.signedOut');
  if (hasFlag(state, 'sessionEnded')) return t('signIn.sessionEnded');
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
