import { Link, Navigate } from 'react-router';

import { useSession } from '../../api/use-session';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { SignUpForm } from './sign-up-form';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { signUpMessages } from './messages-en';

export function SignUpPage() {
  const t = useT(signUpMessages);
  usePageTitle(t('signUp.title'));
  const { status, unconfirmed } = useSession();

  // Right after signing up, and for anyone already signed in (here or in
  // another tab), the account is the place to be; not before mock mode has
  // started, as a review scenario may still replace the session.
  if (status === 'signed-in') {
    return unconfirmed ? <LoadingStatus /> : <Navigate to="/account" replace />;
  }

  return (
    <div className="narrow">
      <PageHeading>{t('signUp.title')}</PageHeading>
      <SignUpForm />
      <p>
        {t.rich('signUp.haveAccount', {
          link: <Link to="/sign-in">{t('signUp.signIn')}</Link>,
        })}
      </p>
    </div>
  );
}
