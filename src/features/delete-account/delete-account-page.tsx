import type { Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { LoadingStatus } from '../../ui/loading-status';
import { DeleteAccountForm } from './delete-account-form';
import { DownloadData } from './download-data';
import { useT } from '../../ui/i18n/use-t';
import { deleteMessages } from './messages-en';

export function DeleteAccountPage() {
  const t = useT(deleteMessages);
  usePageTitle(t('delete.title'));
  const me = useMe();

  return (
    <div className="narrow">
      <PageHeading>{t('delete.title')}</PageHeading>
      {me.data ? (
        <>
          <AccountAtStake customer={me.data} />
          <section className="card" aria-labelledby="your-data-title">
            <h2 id="your-data-title">{t('delete.firstYourData')}</h2>
            <p>{t('delete.keepCopy')}</p>
            <DownloadData />
          </section>
          <DeleteAccountForm key={me.data.id} customer={me.data} />
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
