import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { AddressBook } from './address-book';
import { usePageTitle } from '../../ui/use-page-title';

export function AddressesPage() {
  usePageTitle('Addresses');
  const me = useMe();

  return (
    <>
      <PageHeading>Addresses</PageHeading>
      {me.data ? (
        <AddressBook key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>Loading your addresses…</StatusMessage>
      )}
    </>
  );
}
