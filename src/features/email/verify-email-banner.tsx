import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useLocation } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { meQueryOptions } from '../../api/me';
import { SendVerificationLink } from './send-verification-link';
import { useT } from '../../ui/i18n/use-t';
import { verifyMessages } from './verify-messages-en';

/** Pages that deal with verification themselves. */
const OWN_PAGES = ['/verify-email', '/account/email'];

/**
 * For signed-in customers whose email is not verified yet. It reads the
 * customer the page has loaded and never fetches it itself: the session
 * turns signed-in a moment before the sign-in stores the customer, and a
 * fetch of its own would cost an extra request on every sign-in.
 */
export function VerifyEmailBanner() {
  const t = useT(verifyMessages);
  const me = useQuery({ ...meQueryOptions(), enabled: false });
  const { pathname } = useLocation();
  // Deferred like the account pages (RequireCustomer), so the banner
  // arrives in the same frame as the page instead of pushing it down.
  const customer = useDeferredValue(me.data);

  if (!customer || customer.isEmailVerified) return null;
  if (!accountService.available || OWN_PAGES.includes(pathname)) return null;
  return (
    <div className="notice">
      <p>
        <strong>{t('verify.bannerTitle')}</strong>{' '}
        {t('verify.bannerText', { email: customer.email })}
      </p>
      <SendVerificationLink customer={customer} />
    </div>
  );
}
