import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { useT } from '../../ui/i18n/use-t';
import { signUpMessages } from './messages-en';

/** What to do when the email already has an account. */
export function DuplicateEmailHelp() {
  const t = useT(signUpMessages);
  return (
    <>
      {' '}
      <Link to="/sign-in">{t('signUp.signInInstead')}</Link>
      {accountService.available ? (
        <>
          {' '}
          {t.rich('signUp.orReset', {
            link: (
              <Link to="/forgot-password">{t('signUp.resetPassword')}</Link>
            ),
          })}
        </>
      ) : null}
      .
    </>
  );
}
