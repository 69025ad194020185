import { useState } from 'react';
import { Link, useLocation } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { config } from '../../api/config';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { RESET_LINK_MINUTES } from './reset-link';
import { ForgotPasswordForm } from './forgot-password-form';
import { usePageTitle } from '../../ui/use-page-title';
import { formatValue } from '../../ui/i18n/format-message';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

/**
 * Asks the account service to mail a reset link. Whether or not the email
 * has an account, the page answers the same, so it cannot be used to find
 * out who shops here.
 */
export function ForgotPasswordPage() {
  const t = useT(passwordMessages);
  usePageTitle(t('password.forgotTitle'));
  const location = useLocation();
  const [sentTo, setSentTo] = useState<string>();

  return (
    <div className="narrow">
      <PageHeading>{t('password.forgotTitle')}</PageHeading>
      <StatusMessage>
        {sentTo ? (
          <>
            <p>
              {t.rich('password.sent', {
                email: <strong>{sentTo}</strong>,
                minutes: formatValue(RESET_LINK_MINUTES, t.locale),
              })}
            </p>
            <p>{t('password.noEmail')}</p>
          </>
        ) : null}
      </StatusMessage>
      {sentTo && config.mode === 'mock' ? (
        <p className="notice">
          {t.rich('password.demoMailbox', {
            mailbox: <Link to="/mailbox">{t('password.mailbox')}</Link>,
          })}
        </p>
      ) : null}
      {accountService.available ? (
        <>
          {sentTo ? null : <p>{t('password.enterEmail')}</p>}
          <ForgotPasswordForm
            initialEmail={emailFrom(location.state)}
            onSent={setSentTo}
          />
        </>
      ) : (
        <p className="notice">{t('password.resetUnavailable')}</p>
      )}
      <p>
        <Link to="/sign-in">{t('password.backToSignIn')}</Link>
      </p>
    </div>
  );
}

function emailFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('email' in state)) {
    return undefined;
  }
  return typeof state.email === 'string' ? state.email : undefined;
}
