import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';

/** What to do when the email already has an account. */
export function DuplicateEmailHelp() {
  return (
    <>
      {' '}
      <Link to="/sign-in">Sign in instead</Link>
      {accountService.available ? (
        <>
          {' '}
          or <Link to="/forgot-password">reset your password</Link>
        </>
      ) : null}
      .
    </>
  );
}
