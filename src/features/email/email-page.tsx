import type { Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { ChangeEmailForm } from './change-email-form';
import { SendVerificationLink } from './send-verification-link';
import { usePageTitle } from '../../ui/use-page-title';

export function EmailPage() {
  usePageTitle('Email');
  const me = useMe();

  return (
    <div className="narrow">
      <PageHeading>Email</PageHeading>
      {me.data ? (
        <>
          <CurrentEmail customer={me.data} />
          <ChangeEmailForm key={me.data.id} customer={me.data} />
        </>
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>Loading…</StatusMessage>
      )}
      <p>
        <Link to="/account">Back to your account</Link>
      </p>
    </div>
  );
}

function CurrentEmail({ customer }: { customer: Customer }) {
  return (
    <section className="card" aria-labelledby="current-email-title">
      <h2 id="current-email-title">Your email</h2>
      <p>
        {customer.email}{' '}
        <span className="badge">
          {customer.isEmailVerified ? 'Verified' : 'Not verified'}
        </span>
      </p>
      {!customer.isEmailVerified && accountService.available ? (
        <SendVerificationLink customer={customer} />
      ) : null}
    </section>
  );
}
