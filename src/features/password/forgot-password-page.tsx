import { useState } from 'react';
import { Link, useLocation } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { config } from '../../api/config';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { RESET_LINK_MINUTES } from './reset-link';
import { ForgotPasswordForm } from './forgot-password-form';
import { usePageTitle } from '../../ui/use-page-title';

/**
 * Asks the account service to mail a reset link. Whether or not the email
 * has an account, the page answers the same, so it cannot be used to find
 * out who shops here.
 */
export function ForgotPasswordPage() {
  usePageTitle('Reset your password');
  const location = useLocation();
  const [sentTo, setSentTo] = useState<string>();

  return (
    <div className="narrow">
      <PageHeading>Reset your password</PageHeading>
      <StatusMessage>
        {sentTo ? (
          <>
            <p>
              If there is an account for <strong>{sentTo}</strong>, we have sent
              it a link to choose a new password. The link works for{' '}
              {RESET_LINK_MINUTES} minutes.
            </p>
            <p>No email? Check your spam folder, or send the link again.</p>
          </>
        ) : null}
      </StatusMessage>
      {sentTo && config.mode === 'mock' ? (
        <p className="notice">
          Demo mode: the email is in the <Link to="/mailbox">mailbox</Link>.
        </p>
      ) : null}
      {accountService.available ? (
        <>
          {sentTo ? null : (
            <p>Enter the email of your account and we will send you a link.</p>
          )}
          <ForgotPasswordForm
            initialEmail={emailFrom(location.state)}
            onSent={setSentTo}
          />
        </>
      ) : (
        <p className="notice">
          Password reset is not available here. Please contact the shop.
        </p>
      )}
      <p>
        <Link to="/sign-in">Back to sign in</Link>
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
