import type { Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { CustomerContent } from '../../ui/customer-content';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { DeleteAccountForm } from './delete-account-form';
import { DownloadData } from './download-data';
import { useT } from '../../ui/i18n/use-t';
import { deleteMessages } from './messages-en';

export function DeleteAccountPage() {
  const t = useT(deleteMessages);
  usePageTitle(t('delete.title'));

  return (
    <div className="narrow">
      <PageHeading>{t('delete.title')}</PageHeading>
      <CustomerContent>
        {(customer) => (
          <>
            <AccountAtStake customer={customer} />
            <section className="card" aria-labelledby="your-data-title">
              <h2 id="your-data-title">{t('delete.firstYourData')}</h2>
              <p>{t('delete.keepCopy')}</p>
              <DownloadData />
            </section>
            <DeleteAccountForm key={customer.id} customer={customer} />
          </>
        )}
      </CustomerContent>
      <p>
        <Link to="/account">{t('delete.keep')}</Link>
      </p>
    </div>
  );
}

/** What will be deleted, as the server has it now. */
function AccountAtStake({ customer }: { customer: Customer }) {
  const t = useT(deleteMessages);
  const name = [customer.firstName, customer.lastName]
    .filter(Boolean)
    .join(' ');
  const count = customer.addresses.length;
  return (
    <section className="card" aria-labelledby="at-stake-title">
      <h2 id="at-stake-title">{t('delete.atStake')}</h2>
      <dl>
        <dt>{t('delete.email')}</dt>
        <dd>{customer.email}</dd>
        {name ? (
          <>
            <dt>{t('delete.name')}</dt>
            <dd>{name}</dd>
          </>
        ) : null}
        <dt>{t('delete.addresses')}</dt>
        <dd>{t('delete.addressCount', { count })}</dd>
      </dl>
    </section>
  );
}
