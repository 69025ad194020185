import type { Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { LoadingStatus } from '../../ui/loading-status';
import { ChangeEmailForm } from './change-email-form';
import { SendVerificationLink } from './send-verification-link';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { emailMessages } from './messages-en';

export function EmailPage() {
  const t = useT(emailMessages);
  usePageTitle(t('email.title'));
  const me = useMe();

  return (
    <div className="narrow">
      <PageHeading>{t('email.title')}</PageHeading>
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
        <LoadingStatus />
      )}
      <p>
        <Link to="/account">{t('email.back')}</Link>
      </p>
    </div>
  );
}

function CurrentEmail({ customer }: { customer: Customer }) {
  const t = useT(emailMessages);
  return (
    <section className="card" aria-labelledby="current-email-title">
      <h2 id="current-email-title">{t('email.yours')}</h2>
      <p>
        {customer.email}{' '}
        <span className="badge">
          {customer.isEmailVerified
            ? t('email.verified')
            : t('email.notVerified')}
        </span>
      </p>
      {!customer.isEmailVerified && accountService.available ? (
        <SendVerificationLink customer={customer} />
      ) : null}
    </section>
  );
}
