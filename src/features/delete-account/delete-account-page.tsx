import type { Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { DeleteAccountForm } from './delete-account-form';
import { DownloadData } from './download-data';

export function DeleteAccountPage() {
  usePageTitle('Delete account');
  const me = useMe();

  return (
    <div className="narrow">
      <PageHeading>Delete account</PageHeading>
      {me.data ? (
        <>
          <AccountAtStake customer={me.data} />
          <section className="card" aria-labelledby="your-data-title">
            <h2 id="your-data-title">First, your data</h2>
            <p>
              Keep a copy of your profile and addresses before they are gone: a
              JSON file.
            </p>
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
        <StatusMessage>Loading…</StatusMessage>
      )}
      <p>
        <Link to="/account">Keep my account</Link>
      </p>
    </div>
  );
}

/** What will be deleted, as the server has it now. */
function AccountAtStake({ customer }: { customer: Customer }) {
  const name = [customer.firstName, customer.lastName]
    .filter(Boolean)
    .join(' ');
  const count = customer.addresses.length;
  return (
    <section className="card" aria-labelledby="at-stake-title">
      <h2 id="at-stake-title">The account</h2>
      <dl>
        <dt>Email</dt>
        <dd>{customer.email}</dd>
        {name ? (
          <>
            <dt>Name</dt>
            <dd>{name}</dd>
          </>
        ) : null}
        <dt>Addresses</dt>
        <dd>{count === 1 ? '1 address' : `${count} addresses`}</dd>
      </dl>
    </section>
  );
}
