import { useLocation } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { useMe } from '../../api/me';
import { SendVerificationLink } from './send-verification-link';

/** Pages that deal with verification themselves. */
const OWN_PAGES = ['/verify-email', '/account/email'];

/** For signed-in customers whose email is not verified yet. */
export function VerifyEmailBanner() {
  const me = useMe();
  const { pathname } = useLocation();
  const customer = me.data;

  if (!customer || customer.isEmailVerified) return null;
  if (!accountService.available || OWN_PAGES.includes(pathname)) return null;
  return (
    <section className="notice" aria-label="Email verification">
      <p>
        <strong>Please verify your email.</strong> To confirm that{' '}
        {customer.email} is yours, we send a link to it.
      </p>
      <SendVerificationLink customer={customer} />
    </section>
  );
}
