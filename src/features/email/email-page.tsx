import type { Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { CustomerContent } from '../../ui/customer-content';
import { PageHeading } from '../../ui/page-heading';
import { ChangeEmailForm } from './change-email-form';
import { SendVerificationLink } from './send-verification-link';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { emailMessages } from './messages-en';

export function EmailPage() {
  const t = useT(emailMessages);
  usePageTitle(t('email.title'));

  return (
    <div className="narrow">
      <PageHeading>{t('email.title')}</PageHeading>
      <CustomerContent>
        {(customer) => (
          <>
            <CurrentEmail customer={customer} />
            <ChangeEmailForm key={customer.id} customer={customer} />
          </>
        )}
      </CustomerContent>
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
